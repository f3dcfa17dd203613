package org.strategyatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;
import org.strategyatlas.run.Progress;
import org.strategyatlas.run.ReferenceUnavailableException;
import org.strategyatlas.run.RunJob;
import org.strategyatlas.run.RunOptions;
import org.strategyatlas.run.RunSummary;
import org.strategyatlas.util.DisplayPaths;
import org.apache.spark.sql.SparkSession;
import org.strategyatlas.spark.SparkSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code atlas run}: the main job, from the curated data to a finished run folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Checks the curated dataset and writes a run folder <out>/<run-id>/ with the validated"
                + " tables and manifest.json, then points <out>/latest at it.",
            "Nothing is written when the input has errors: every problem is listed with file:line:column."})
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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!"USD".equals(currency) && !"EUR".equals(currency)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--currency must be USD or EUR, not '" + currency + "'");
        }
        RunOptions defaults = RunOptions.defaults(AtlasCommand.home());
        RunOptions options = new RunOptions(
                data != null ? data : defaults.dataDir(),
                seeds != null ? seeds : defaults.seedsDir(),
                reference != null ? reference : defaults.referenceDir(),
                out != null ? out : defaults.outRoot(),
                texts, baseYear, currency);
        Progress progress = (step, message, millis) -> {
            err.println(String.format(Locale.ROOT, "[%s] %s (%,d ms)", step, message, millis));
            err.flush();
        };
        SparkSession[] started = new SparkSession[1];
        try {
            RunSummary summary = new RunJob(Clock.systemUTC(), progress,
                    () -> started[0] = SparkSessions.create(master)).run(options);
            err.println(String.format(Locale.ROOT, "atlas: run %s complete: %,d rows read, %,d rejected; %s/latest"
                            + " points to it", summary.runId(), summary.rowsRead(), summary.rowsRejected(),
                    DisplayPaths.of(options.outRoot())));
            return ExitCodes.OK;
        } catch (InputException e) {
            for (InputProblem problem : e.problems()) {
                err.println(problem.format());
            }
            err.println(String.format(Locale.ROOT, "atlas: %,d input problem%s; nothing was written and the previous"
                    + " run is untouched", e.problems().size(), e.problems().size() == 1 ? "" : "s"));
            return ExitCodes.INPUT_ERRORS;
        } catch (ReferenceUnavailableException e) {
            err.println("atlas: " + e.getMessage());
            return ExitCodes.REFERENCE_UNAVAILABLE;
        } catch (IOException e) {
            err.println("atlas: cannot write the run folder under " + DisplayPaths.of(options.outRoot()) + ": " + e
                    + "; the previous run is untouched");
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        } finally {
            if (started[0] != null) {
                started[0].stop();
            }
        }
    }
}
