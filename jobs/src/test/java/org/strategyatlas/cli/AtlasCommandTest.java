package org.strategyatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.TestPaths;
import picocli.CommandLine;

/** The command line as a user meets it: help, version, usage errors and exit codes. */
class AtlasCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int atlas(String... args) {
        CommandLine cli = AtlasCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        assertEquals(0, atlas("--help"));
        assertTrue(out.toString().contains("run"), out.toString());
        assertTrue(out.toString().contains("reference"), out.toString());
        assertTrue(out.toString().contains("70 internal error"), out.toString());
    }

    @Test
    void runHelpNamesEveryOption() {
        assertEquals(0, atlas("run", "--help"));
        for (String option : new String[] {"--data", "--seeds", "--reference", "--out", "--texts"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }

    @Test
    void versionNamesTheBuildAndSpark() {
        assertEquals(0, atlas("--version"));
        assertTrue(out.toString().startsWith("Strategy Atlas "), out.toString());
        assertTrue(out.toString().contains("Spark 4.1"), out.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, atlas("run", "--colour", "blue"));
        assertTrue(err.toString().contains("Unknown options: '--colour', 'blue'"), err.toString());
        assertTrue(err.toString().contains("Usage: atlas run"), err.toString());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, atlas("frobnicate"));
        assertTrue(err.toString().contains("frobnicate"), err.toString());
    }

    @Test
    void malformedInputExitsOneAndListsEveryProblem() throws Exception {
        TestPaths.copyTree(TestPaths.resource("datasets/minimal"), temp);
        TestPaths.copyTree(TestPaths.resource("malformed/several-files-in-one-pass"), temp);

        int code = atlas("run", "--data", temp.resolve("data").toString(), "--seeds", temp.resolve("seeds").toString(),
                "--reference", TestPaths.root().resolve("data/reference").toString(),
                "--out", temp.resolve("out").toString());

        assertEquals(1, code, err.toString());
        String[] lines = err.toString().strip().split("\n");
        assertTrue(lines[lines.length - 1].startsWith("atlas: 3 input problems; nothing was written"), err.toString());
        assertTrue(err.toString().contains("data/figures.csv:3:3: unknown metric"), err.toString());
        assertTrue(!err.toString().contains("\tat "), "no stack trace");
        assertTrue(!Files.exists(temp.resolve("out/latest")));
    }

    @Test
    void missingReferenceExitsThree() {
        TestPaths.copyTree(TestPaths.resource("datasets/minimal"), temp);
        int code = atlas("run", "--data", temp.resolve("data").toString(), "--seeds", temp.resolve("seeds").toString(),
                "--reference", temp.resolve("nothing-here").toString(), "--out", temp.resolve("out").toString());
        assertEquals(3, code, err.toString());
    }
}
