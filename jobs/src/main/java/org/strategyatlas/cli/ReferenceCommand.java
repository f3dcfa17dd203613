package org.strategyatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;
import org.strategyatlas.reference.ImportOptions;
import org.strategyatlas.reference.ImportSummary;
import org.strategyatlas.reference.ReferenceImport;
import org.strategyatlas.reference.SkippedFile;
import org.strategyatlas.reference.VintageRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code atlas reference}: builds data/reference/ from World Bank WDI and ECB downloads. */
@Command(name = "reference",
        description = "Reference data (population, GDP, exchange rates, PPP, deflators) for normalisation.",
        subcommands = ReferenceCommand.Import.class)
public final class ReferenceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    /** Without a subcommand there is nothing to do: show the usage and report a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    /** Runs {@code reference} on its own, for use before the {@code atlas} launcher registers it. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ReferenceCommand()).execute(args));
    }

    /** {@code atlas reference import}: reads downloads, writes the reference tables and their vintage. */
    @Command(name = "import",
            description = {"Imports World Bank WDI files (wide API_*.csv, long data.csv + datapackage.json, "
                    + "Metadata_Country_*.csv) and the ECB eurofxref-hist.csv into tidy reference tables.",
                    "Each PATH is a file or a folder searched recursively; other files are listed as skipped.",
                    "Exit status: 0 done, 1 problems in the inputs (listed on stderr), 2 usage error."})
    public static final class Import implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/reference",
                description = "Output folder (default: ${DEFAULT-VALUE}, relative to the working directory).")
        private Path out;

        @Option(names = "--from-year", paramLabel = "YEAR", defaultValue = "" + ImportOptions.DEFAULT_FROM_YEAR,
                description = "First year written (default: ${DEFAULT-VALUE}).")
        private int fromYear;

        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Input files or folders.")
        private List<Path> paths;

        @Override
        public Integer call() {
            if (fromYear < ImportOptions.MIN_YEAR || fromYear > ImportOptions.MAX_YEAR) {
                throw new ParameterException(spec.commandLine(), "--from-year must be between "
                        + ImportOptions.MIN_YEAR + " and " + ImportOptions.MAX_YEAR + ", got " + fromYear);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter stderr = spec.commandLine().getErr();
            try {
                ImportSummary summary = ReferenceImport.run(new ImportOptions(paths, out, fromYear));
                for (SkippedFile skipped : summary.skipped()) {
                    stdout.println("skipped " + skipped.path() + ": " + skipped.reason());
                }
                for (VintageRow row : summary.written()) {
                    String years = row.firstYear() == null ? "" : ", " + row.firstYear() + "-" + row.lastYear();
                    stdout.println("wrote " + out.resolve(row.file()) + " (" + row.rows() + " rows" + years
                            + ") from " + row.sourceFile());
                }
                stdout.flush();
                return CommandLine.ExitCode.OK;
            } catch (InputException e) {
                e.problems().stream().map(InputProblem::format).forEach(stderr::println);
                stderr.flush();
                return CommandLine.ExitCode.SOFTWARE;
            } catch (IOException e) {
                stderr.println(out + ": cannot write the reference files: " + e
                        + " (check the folder exists and is writable, or pass --out DIR)");
                stderr.flush();
                return CommandLine.ExitCode.SOFTWARE;
            }
        }
    }
}
