package org.strategyatlas.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.TestPaths;
import org.strategyatlas.cli.AtlasCommand;
import picocli.CommandLine;

/** {@code atlas generate} as a user meets it: what it writes, what it says, and its exit codes. */
class GenerateCommandTest {

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    private int atlas(String... args) {
        CommandLine cli = new CommandLine(new AtlasCommand());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String[] generate(Path out, String figures) {
        return new String[] {"generate", "--figures", figures, "--documents", "5", "--seed", "7", "--out",
            out.toString(), "--reference", TestPaths.root().resolve("data/reference").toString(),
            "--catalogue", TestPaths.root().resolve("data").toString()};
    }

    @Test
    void writesTheDatasetTheDocumentsAndAManifest() throws Exception {
        Path out = temp.resolve("gen");

        assertEquals(0, atlas(generate(out, "1000")), err.toString());

        for (String file : List.of("data/initiatives.csv", "data/figures.csv", "data/attributes.csv",
                "data/taxonomy.csv", "data/metrics.csv", "seeds/sources.csv", "manifest.json",
                "documents/doc-000001.txt", "documents/doc-000005.txt", "documents/phrases.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertEquals(1001, Files.readAllLines(out.resolve("data/figures.csv")).size());
        assertEquals(-1, Files.mismatch(out.resolve("data/metrics.csv"), TestPaths.root().resolve("data/metrics.csv")));
        assertTrue(err.toString().contains("atlas: generated 1,000 figures, "), err.toString());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"seed\" : 7"));
        try (var left = Files.list(out)) {
            assertEquals(List.of("data", "documents", "manifest.json", "seeds"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no staging folder left");
        }
    }

    @Test
    void refusesAFolderThatAlreadyHoldsADatasetAndLeavesItAlone() throws Exception {
        Path out = temp.resolve("gen");
        assertEquals(0, atlas(generate(out, "100")));
        byte[] before = Files.readAllBytes(out.resolve("data/figures.csv"));

        assertEquals(4, atlas(generate(out, "200")));

        assertTrue(err.toString().contains(out.resolve("data") + " exists: the output folder already holds a dataset;"
                + " remove it or choose another --out folder"), err.toString());
        assertEquals(-1, Files.mismatch(out.resolve("data/figures.csv"), writeTemp(before)));
    }

    private Path writeTemp(byte[] bytes) throws Exception {
        return Files.write(temp.resolve("before.csv"), bytes);
    }

    @Test
    void zeroFiguresIsAUsageError() {
        assertEquals(2, atlas(generate(temp.resolve("gen"), "0")));
        assertTrue(err.toString().contains("figures must be from 1 to 1000000000, got 0"), err.toString());
        assertTrue(Files.notExists(temp.resolve("gen")));
    }

    @Test
    void aMissingReferenceFolderExitsThree() {
        assertEquals(3, atlas("generate", "--figures", "10", "--out", temp.resolve("gen").toString(),
                "--reference", temp.resolve("nowhere").toString()));
        assertTrue(err.toString().contains("run atlas reference import or pass --reference DIR"), err.toString());
        assertTrue(Files.notExists(temp.resolve("gen")), "nothing written");
    }
}
