package org.strategyatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.strategyatlas.util.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code atlas} command line: one subcommand per job. */
@Command(name = "atlas", mixinStandardHelpOptions = true, versionProvider = AtlasCommand.Version.class,
        description = "Strategy Atlas: compares national AI strategies with normalised, source-cited figures.",
        subcommands = {RunCommand.class, ReferenceCommand.class, ParseCommand.class, DocsImageCommand.class,
            ExtractCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 input data errors, 2 usage, 3 missing or stale reference data,",
                "4 output not writable, 70 internal error, 75 output folder busy (another run)."})
public final class AtlasCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /**
     * Ends the JVM with the exit code on failure only: on success main returns, as spark-submit's cluster modes
     * expect of an application (YARN's application master reads a System.exit(0) before its final status as a
     * failed attempt). Every command stops the SparkSession it started, so nothing keeps the JVM alive.
     */
    public static void main(String[] args) {
        int code = execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new AtlasCommand())
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    PrintWriter err = cmd.getErr();
                    e.printStackTrace(err);
                    err.println("atlas: internal error: " + e + " (please report it with the lines above)");
                    return ExitCodes.INTERNAL_ERROR;
                });
    }

    /** The checkout the launcher runs from: data/, seeds/ and reports/ default to folders below it. */
    static Path home() {
        String home = System.getProperty("atlas.home");
        return Path.of(home == null || home.isBlank() ? "." : home);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, reference");
    }

    /** --version: the build's own version and the versions it runs with. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Strategy Atlas " + Versions.atlas(),
                "Spark " + Versions.spark() + ", Java " + Versions.java()};
        }
    }
}
