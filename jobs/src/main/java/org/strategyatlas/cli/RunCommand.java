package org.strategyatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;
import org.strategyatlas.run.OutputBusyException;
import org.strategyatlas.run.ReferenceUnavailableException;
import org.strategyatlas.run.RunJob;
import org.strategyatlas.run.RunOptions;
import org.strategyatlas.run.RunSummary;
import org.strategyatlas.spark.SparkSessions;
import org.strategyatlas.util.DisplayPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas run}: the main job, from the curated data to a finished run folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Checks the curated dataset, normalises every figure on Spark, and writes a run folder"
                + " <out>/<run-id>/ (tables as CSV, XLSX and Parquet, manifest.json), then points <out>/latest at it.",
            "Strict by default: nothing is written when the input has errors; every problem is listed with"
                + " file:line:column."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "curated data folder (default: data/)")
    Path data;

    @Option(names = "--seeds", paramLabel = "DIR", description = "source register and held texts (default: seeds/)")
    Path seeds;

    @Option(names = "--reference", paramLabel = "DIR", description = "reference tables (default: data/reference/)")
    Path reference;

    @Option(names = "--out", paramLabel = "DIR", description = "output root for run folders (default: reports/)")
    Path out;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "another folder holding source texts, searched after seeds/ (repeatable)")
    List<Path> texts = List.of();

    @Option(names = "--master", paramLabel = "URL", defaultValue = SparkSessions.LOCAL,
            description = "Spark master: local[*] (embedded, default) or a cluster such as spark://host:7077")
    String master;

    @Option(names = "--base-year", paramLabel = "YEAR",
            description = "base year of constant money (default: the latest year with exchange rates and"
                    + " deflators for every currency in the data)")
    Integer baseYear;

    @Option(names = "--currency", paramLabel = "USD|EUR", defaultValue = "USD",
            description = "currency of the money measures: USD (default) or EUR (via the euro area's rate)")
    String currency;

    @Option(names = "--lenient", description = "put rows with problems in tables/rejects.csv and go on (exit 0,"
            + " with a warning count); default: strict, any problem stops the run")
    boolean lenient;

    @Option(names = "--wait", description = "wait for another run on the same output folder to finish"
            + " (default: refuse with exit code 75)")
    boolean waitForLock;

    @Option(names = "--keep", paramLabel = "N", description = "after the run, delete complete runs older than the"
            + " newest N (never the one latest points to)")
    Integer keep;

    @Option(names = "--ingest", paramLabel = "auto|driver|spark", defaultValue = "auto",
            description = "where the record files are read: auto (default) reads them with Spark's executors when"
                    + " initiatives, figures and attributes together exceed 64 MiB, else on the driver")
    private String ingest;

    @Option(names = "--quiet", description = "no progress lines; only problems and the final line")
    boolean quiet;

    @Option(names = "--log-format", paramLabel = "text|json", defaultValue = "text",
            description = "progress lines as text (default) or as one JSON object per line")
    String logFormat;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!"USD".equals(currency) && !"EUR".equals(currency)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--currency must be USD or EUR, not '" + currency + "'");
        }
        if (!"text".equals(logFormat) && !"json".equals(logFormat)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--log-format must be text or json, not '" + logFormat + "'");
        }
        if (!List.of("auto", "driver", "spark").contains(ingest)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--ingest must be auto, driver or spark, not '" + ingest + "'");
        }
        if (keep != null && keep < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--keep must be at least 1, not " + keep);
        }
        RunOptions defaults = RunOptions.defaults(AtlasCommand.home());
        RunOptions options = defaults
                .withPaths(data != null ? data : defaults.dataDir(), seeds != null ? seeds : defaults.seedsDir(),
                        reference != null ? reference : defaults.referenceDir(), out != null ? out : defaults.outRoot())
                .withTexts(texts).withNormalisation(baseYear, currency).withPolicy(lenient, waitForLock, keep)
                .withIngest(RunOptions.Ingest.valueOf(ingest.toUpperCase(Locale.ROOT)));
        Log log = new Log(err, quiet, "json".equals(logFormat));
        SparkSession[] started = new SparkSession[1];
        try {
            RunSummary summary = new RunJob(Clock.systemUTC(), log::progress,
                    () -> started[0] = SparkSessions.create(master)).run(options);
            log.last(String.format(Locale.ROOT, "run %s complete: %,d rows read, %,d rejected; %s/latest points to it",
                    summary.runId(), summary.rowsRead(), summary.rowsRejected(), DisplayPaths.of(options.outRoot())));
            return ExitCodes.OK;
        } catch (InputException e) {
            for (InputProblem problem : e.problems()) {
                log.problem(problem.format());
            }
            log.last(String.format(Locale.ROOT, "%,d input problem%s; nothing was written and the previous run is"
                    + " untouched", e.problems().size(), e.problems().size() == 1 ? "" : "s"));
            return ExitCodes.INPUT_ERRORS;
        } catch (ReferenceUnavailableException e) {
            log.last(e.getMessage());
            return ExitCodes.REFERENCE_UNAVAILABLE;
        } catch (OutputBusyException e) {
            log.last(e.getMessage());
            return ExitCodes.OUTPUT_BUSY;
        } catch (IOException e) {
            log.last("cannot write the run folder under " + DisplayPaths.of(options.outRoot()) + ": " + e
                    + "; the previous run is untouched");
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        } finally {
            if (started[0] != null) {
                started[0].stop();
            }
        }
    }
}
