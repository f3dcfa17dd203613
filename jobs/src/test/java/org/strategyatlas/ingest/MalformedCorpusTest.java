package org.strategyatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategyatlas.TestPaths;

/** Every broken dataset of the corpus yields exactly the problems its expected.txt lists. */
class MalformedCorpusTest {

    static final Set<String> ECONOMIES = Set.of("FRA", "IND", "DEU", "USA", "GBR", "EUU");

    /**
     * Cases whose input cannot be committed as it is read: made at run time, after the case's own files are
     * copied. Megabytes of test data do not belong in git, and git would store a link as a link, which the copy
     * of the corpus into a temporary folder would not keep.
     */
    private static final Map<String, Preparation> PREPARED = Map.of(
            "field-of-several-megabytes", MalformedCorpusTest::writeSeveralMegabyteField,
            "source-file-symlink-out-of-seeds", MalformedCorpusTest::linkSourceOutOfSeeds);

    /** Changes a copied dataset before it is loaded. */
    @FunctionalInterface
    private interface Preparation {
        void prepare(Path root) throws IOException;
    }

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestPaths.resource("malformed"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void corpusHasAtLeastFortyCases() throws IOException {
        assertTrue(cases().count() >= 40, "the issue asks for at least 40 malformed inputs");
    }

    @Test
    void crLfCaseIsStillCrLfAfterCheckout() throws IOException {
        // a line-ending normalisation (core.autocrlf, text=auto) would turn the case into an LF file silently
        String text = Files.readString(TestPaths.resource(
                "malformed/crlf-line-ends-keep-line-numbers/data/attributes.csv"), StandardCharsets.UTF_8);
        assertEquals(5, text.split("\r\n", -1).length - 1, text);
        assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, "every LF is part of a CRLF");
    }

    @Test
    void minimalDatasetIsValid() throws InputException {
        TestPaths.copyTree(TestPaths.resource("datasets/minimal"), temp);
        LoadedDataset loaded = load(temp);
        assertEquals(List.of(), loaded.problems());
        assertEquals(3, loaded.dataset().figures().size());
        assertEquals(QuoteStatus.VERIFIED, loaded.figureQuotes().get("fra-plan-amount"));
        assertEquals(QuoteStatus.NOT_HELD, loaded.figureQuotes().get("ind-mission-amount"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name) throws IOException {
        Path caseDir = TestPaths.resource("malformed/" + name);
        TestPaths.copyTree(TestPaths.resource("datasets/minimal"), temp);
        TestPaths.copyTree(caseDir, temp);
        if (PREPARED.containsKey(name)) {
            PREPARED.get(name).prepare(temp);
        }
        List<String> expected = Files.readAllLines(caseDir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();

        List<InputProblem> problems;
        try {
            problems = load(temp).problems();
        } catch (InputException e) {
            problems = e.problems();
        }

        // messages that name a resolved link show the real path, which may differ from the temporary one
        List<String> prefixes = List.of(temp.toRealPath() + "/", temp + "/");
        List<String> actual = new ArrayList<>();
        for (InputProblem problem : problems) {
            String line = problem.format();
            for (String prefix : prefixes) {
                line = line.replace(prefix, "");
            }
            actual.add(line);
        }
        assertEquals(expected, actual);
    }

    /** fra-part's notes: 3,000,000 characters on one line ("0123456789" repeated), over the field limit. */
    private static void writeSeveralMegabyteField(Path root) throws IOException {
        Path file = root.resolve("data/initiatives.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String line = lines.get(2);
        String after = ",ai,,,,"; // notes is followed by scope, ai_share_low, ai_share_high, ai_share_source, superseded_by
        assertTrue(line.startsWith("fra-part,") && line.endsWith("," + after), line);
        lines.set(2, line.substring(0, line.length() - after.length()) + "0123456789".repeat(300_000) + after);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** seeds/linked-doc.txt: a symbolic link to a copy of the held text in a folder beside seeds/. */
    private static void linkSourceOutOfSeeds(Path root) throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.copy(root.resolve("seeds/held-doc.txt"), outside.resolve("held-doc.txt"));
        try {
            Files.createSymbolicLink(root.resolve("seeds/linked-doc.txt"), Path.of("../outside/held-doc.txt"));
        } catch (UnsupportedOperationException | FileSystemException e) {
            Assumptions.abort("symbolic links cannot be made here: " + e);
        }
    }

    static LoadedDataset load(Path root) throws InputException {
        return new DatasetLoader(root.resolve("data"), root.resolve("seeds"), ECONOMIES,
                new SourceTexts(List.of(root.resolve("seeds")))).load();
    }
}
