package org.strategyatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategyatlas.TestPaths;

/** Every broken dataset of the corpus yields exactly the problems its expected.txt lists. */
class MalformedCorpusTest {

    static final Set<String> ECONOMIES = Set.of("FRA", "IND", "DEU", "USA", "GBR", "EUU");

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestPaths.resource("malformed"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void corpusHasAtLeastTwentyCases() throws IOException {
        assertTrue(cases().count() >= 20, "the issue asks for at least 20 malformed inputs");
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
        List<String> expected = Files.readAllLines(caseDir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();

        List<InputProblem> problems;
        try {
            problems = load(temp).problems();
        } catch (InputException e) {
            problems = e.problems();
        }

        String prefix = temp.toString() + "/";
        List<String> actual = problems.stream().map(p -> p.format().replace(prefix, "")).toList();
        assertEquals(expected, actual);
    }

    static LoadedDataset load(Path root) throws InputException {
        return new DatasetLoader(root.resolve("data"), root.resolve("seeds"), ECONOMIES,
                new SourceTexts(List.of(root.resolve("seeds")))).load();
    }
}
