package org.strategyatlas.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.cli.ReferenceCommand;
import picocli.CommandLine;

/** The {@code reference import} command line: exit codes and what it prints. */
class ReferenceCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void importsAndListsSkippedFiles() throws Exception {
        Fixtures.longFolder(temp.resolve("in"), "SP.POP.TOTL", "France,FRA,2024,68516699");
        Fixtures.write(temp.resolve("in/other.csv"), "x\n");
        Path target = temp.resolve("ref");

        int code = run("import", "--out", target.toString(), temp.resolve("in").toString());

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("skipped " + temp.resolve("in/other.csv") + ": not a reference input"),
                out.toString());
        assertTrue(out.toString().contains("wrote " + target.resolve("sp.pop.totl.csv") + " (1 rows, 2024-2024)"),
                out.toString());
        assertTrue(Files.exists(target.resolve("vintage.csv")));
    }

    @Test
    void inputProblemsArePrintedOnePerLineWithoutAStackTrace() {
        Fixtures.longFolder(temp.resolve("in"), "SP.POP.TOTL", "France,FRA,2024,lots", "Spain,ESP,2024,?");

        int code = run("import", "--out", temp.resolve("ref").toString(), temp.resolve("in").toString());

        assertEquals(1, code);
        String data = temp.resolve("in/sp.pop.totl/data.csv").toString();
        String[] lines = err.toString().split("\\R");
        assertEquals(2, lines.length, err.toString());
        assertTrue(lines[0].startsWith(data + ":2:4: not a number (column 'Value'; value 'lots'"), lines[0]);
        assertTrue(lines[1].startsWith(data + ":3:4: not a number"), lines[1]);
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void aMissingPathIsAnInputProblem() {
        assertEquals(1, run("import", temp.resolve("absent").toString()));
        assertTrue(err.toString().startsWith(temp.resolve("absent") + ": no such file or folder"), err.toString());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("import"));
        assertTrue(err.toString().contains("Missing required parameter: 'PATH'"), err.toString());
        assertEquals(2, run("import", "--from-year", "1066", temp.toString()));
        assertTrue(err.toString().contains("--from-year must be between 1960 and 2100, got 1066"), err.toString());
        assertEquals(2, run("import", "--from-year", "twenty", temp.toString()));
        assertEquals(2, run());
        assertTrue(err.toString().contains("Usage: reference"), err.toString());
    }

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new ReferenceCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
