package org.strategyatlas.cli;

import java.io.BufferedWriter;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.strategyatlas.extract.CandidateCsv;
import org.strategyatlas.extract.ExtractLexicons;
import org.strategyatlas.extract.ExtractJob;
import org.strategyatlas.extract.ExtractOptions;
import org.strategyatlas.extract.ExtractSummary;
import org.strategyatlas.extract.FileProblem;
import org.strategyatlas.spark.SparkSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atlas extract}: finds money and count figures in documents and writes them as CSV with their place. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = AtlasCommand.Version.class,
        description = {"Scans .txt, .md and .html (.htm) documents under each DIR (recursively; files and Hadoop"
                + " URIs work too) for money and count figures in English, French, German, Spanish, Italian,"
                + " Portuguese, Chinese, Japanese and Korean, on Spark.",
            "Writes CSV (RFC 4180, UTF-8) with the columns " + ExtractCommand.COLUMNS + ", sorted by document"
                + " and offset. Line and offset (0-based, in code points) refer to the decoded text: for HTML, the"
                + " text with tags removed and entities decoded.",
            "Files that are unreadable or not UTF-8 are listed on standard error with the reason; files with other"
                + " extensions are counted there. Exit status: 0 done (even when some files could not be read),"
                + " 1 data/ word lists unreadable, 2 usage error or an input that does not exist, 4 --out not"
                + " writable."})
public final class ExtractCommand implements Callable<Integer> {

    static final String COLUMNS = "document,line,offset,quote,low,high,unit,noun,qualifier,language,metric,"
            + "jurisdictions,attributes,sentence";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders (or files) to scan.")
    private List<String> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV to FILE, replaced only once complete."
            + " Default: standard output.")
    private Path out;

    @Option(names = "--master", paramLabel = "URL", defaultValue = SparkSessions.LOCAL,
            description = "Spark master: local[*] (embedded, default) or a cluster such as spark://host:7077.")
    private String master;

    @Option(names = "--data", paramLabel = "DIR", description = "Curated data with taxonomy.csv,"
            + " jurisdiction_names.csv and reference/economies.csv. Default: data/ of the checkout.")
    private Path data;

    private final OutputStream stdout;

    /** Writes the CSV to standard output when no --out is given. */
    public ExtractCommand() {
        this(System.out);
    }

    /** Writes the CSV to {@code stdout} when no --out is given (tests); the stream is flushed, not closed. */
    public ExtractCommand(OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExtractOptions options;
        try {
            options = new ExtractOptions(inputs, data != null ? data : AtlasCommand.home().resolve("data"));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ExtractLexicons lexicons;
        try {
            lexicons = ExtractLexicons.load(options.dataDir());
        } catch (IOException e) {
            err.println("atlas extract: cannot read the word lists in " + options.dataDir() + ": " + e.getMessage()
                    + " (pass --data DIR with taxonomy.csv, jurisdiction_names.csv and reference/economies.csv)");
            err.flush();
            return ExitCodes.INPUT_ERRORS;
        }
        SparkSession spark = SparkSessions.create(master);
        try {
            ExtractSummary summary = out == null ? toStdout(spark, options, lexicons) : toFile(spark, options,
                    lexicons);
            report(summary, err);
            return ExitCodes.OK;
        } catch (FileNotFoundException e) {
            err.println("atlas extract: " + e.getMessage() + "; give existing folders or files");
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("atlas extract: cannot write " + (out == null ? "standard output" : out) + ": " + e
                    + " (check the folder exists and is writable)");
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        } finally {
            err.flush();
            spark.stop();
        }
    }

    private ExtractSummary toStdout(SparkSession spark, ExtractOptions options, ExtractLexicons lexicons)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        CandidateCsv csv = new CandidateCsv(writer);
        ExtractSummary summary = ExtractJob.run(spark, options.inputs(), lexicons, csv);
        csv.flush();
        writer.flush();
        return summary;
    }

    /** Writes a temporary file beside {@code out} and moves it into place: a failed run leaves no half file. */
    private ExtractSummary toFile(SparkSession spark, ExtractOptions options, ExtractLexicons lexicons)
            throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            ExtractSummary summary;
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                CandidateCsv csv = new CandidateCsv(writer);
                summary = ExtractJob.run(spark, options.inputs(), lexicons, csv);
                csv.flush();
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return summary;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void report(ExtractSummary summary, PrintWriter err) {
        for (FileProblem problem : summary.unreadable()) {
            err.println("atlas extract: not read: " + problem.format());
        }
        if (summary.skipped() > 0) {
            err.println(String.format(Locale.ROOT, "atlas extract: skipped %,d file%s with other extensions (%s%s)",
                    summary.skipped(), summary.skipped() == 1 ? "" : "s", String.join(", ",
                            summary.skippedExamples()), summary.skipped() > summary.skippedExamples().size()
                            ? ", ..." : ""));
        }
        err.println(String.format(Locale.ROOT, "atlas extract: %,d document%s read, %,d not readable, %,d candidate"
                        + " figure%s%s", summary.documents(), summary.documents() == 1 ? "" : "s",
                summary.unreadable().size(), summary.candidates(), summary.candidates() == 1 ? "" : "s",
                out == null ? "" : " written to " + out));
    }

    /** Runs {@code extract} on its own, for use before the {@code atlas} launcher registers it. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }
}
