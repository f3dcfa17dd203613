package org.strategyatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.TestPaths;
import org.strategyatlas.cli.ExtractCommand;
import picocli.CommandLine;

/** {@code atlas extract} as a user meets it: CSV on standard output or in a file, problems on standard error. */
class ExtractCommandTest {

    private static final String HEADER = String.join(",", Candidate.HEADER);

    @TempDir
    Path temp;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();

    private int extract(String... args) {
        CommandLine cli = new CommandLine(new ExtractCommand(stdout));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpNamesTheColumnsAndWhereTheCsvGoes() {
        StringWriter help = new StringWriter();
        CommandLine cli = new CommandLine(new ExtractCommand(stdout));
        cli.setOut(new PrintWriter(help, true));

        assertEquals(0, cli.execute("--help"));
        assertTrue(help.toString().contains("Default: standard output"), help.toString());
        assertTrue(help.toString().replaceAll("\\s+", "").contains(HEADER), help.toString());
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertEquals(2, extract("--data", TestPaths.root().resolve("data").toString(), "--master", "local[2]",
                temp.resolve("nowhere").toString()));
        assertTrue(err.toString().contains("nowhere: no such file or folder"), err.toString());
    }

    @Test
    void unreadableWordListsStopBeforeSparkStarts() {
        assertEquals(1, extract("--data", temp.toString(), temp.toString()));
        assertTrue(err.toString().contains("cannot read the word lists in " + temp), err.toString());
    }

    @Test
    void writesCsvToStandardOutputAndProblemsToStandardError() throws IOException {
        Files.writeString(temp.resolve("news.txt"), "Le plan prévoit 109 milliards d’euros.");
        Files.write(temp.resolve("old.txt"), new byte[] {'6', '5', ' ', (byte) 0xE9});

        int status = extract("--data", TestPaths.root().resolve("data").toString(), "--master", "local[2]",
                temp.toString());

        assertEquals(0, status, err.toString());
        List<String> lines = List.of(stdout.toString(StandardCharsets.UTF_8).split("\n"));
        assertEquals(HEADER, lines.get(0));
        assertEquals("news.txt,1,16,109 milliards d’euros,109000000000,109000000000,EUR,,exact,fr,investment,,,"
                + "Le plan prévoit 109 milliards d’euros.", lines.get(1));
        assertEquals(2, lines.size());
        assertTrue(err.toString().contains("not read: old.txt: not valid UTF-8"), err.toString());
        assertTrue(err.toString().contains("1 document read, 1 not readable, 1 candidate figure"), err.toString());
    }

    @Test
    void writesTheFileOnlyWhenComplete() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Files.writeString(corpus.resolve("news.md"), "Over 2 million people were trained by the academy.");
        Path out = temp.resolve("extract.csv");

        int status = extract("--data", TestPaths.root().resolve("data").toString(), "--master", "local[2]",
                "--out", out.toString(), corpus.toString());

        assertEquals(0, status, err.toString());
        assertEquals(HEADER + "\nnews.md,1,0,Over 2 million people,2000000,,count,people,at_least,en,people_trained,,,"
                + "Over 2 million people were trained by the academy.\n", Files.readString(out));
        assertEquals(0, stdout.size());
        try (var files = Files.list(temp)) {
            assertEquals(List.of("corpus", "extract.csv"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList());
        }
    }
}
