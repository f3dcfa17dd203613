package org.strategyatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategyatlas.SharedSpark;
import org.strategyatlas.TestPaths;

/**
 * Ingest on Spark's executors reports what the driver's loader reports: the same problems, at the same file, line
 * and column, with the same words. Each case of the malformed corpus named here has its expected problems in its
 * expected.txt (written for the driver's loader); the cases left out break the file's structure (encodings, a
 * header, quotes across lines), which the Spark reader reports row by row instead of stopping at the first.
 */
class SparkIngestCorpusTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"figure-id-duplicate", "figure-unknown-initiative", "figure-unknown-metric",
            "figure-unknown-source", "contained-in-cycle", "contained-in-itself", "contained-in-unknown-initiative",
            "overlaps-with-itself", "jurisdiction-unknown", "phrase-not-in-source", "several-cells-in-one-row",
            "several-files-in-one-pass", "count-with-currency", "exact-with-different-bounds",
            "attribute-unknown-code", "taxonomy-without-english"})
    void reportsWhatTheDriversLoaderReports(String name) throws IOException {
        Path caseDir = TestPaths.resource("malformed/" + name);
        TestPaths.copyTree(TestPaths.resource("datasets/minimal"), temp);
        TestPaths.copyTree(caseDir, temp);
        List<String> expected = Files.readAllLines(caseDir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        InputException e = assertThrows(InputException.class, () -> load(temp));
        List<String> actual = e.problems().stream().sorted().map(p -> p.format().replace(temp + "/", "")).toList();
        assertEquals(expected, actual);
    }

    @Test
    void aValidDatasetGivesItsRowsAndCounts() throws InputException {
        TestPaths.copyTree(TestPaths.resource("datasets/minimal"), temp);
        SparkDataset data = load(temp);
        try {
            LoadedDataset driver = MalformedCorpusTest.load(temp);
            assertEquals(driver.dataset().figures().size(), data.figures().count());
            assertEquals(driver.dataset().initiatives().size(), data.initiatives().count());
            assertEquals(driver.dataset().attributes().size(), data.attributes().count());
            assertEquals(driver.counts(), data.counts());
        } finally {
            data.release();
        }
    }

    @Test
    void aRecordSpanningLinesIsRefusedWithItsLine() throws IOException {
        TestPaths.copyTree(TestPaths.resource("datasets/minimal"), temp);
        TestPaths.copyTree(TestPaths.resource("malformed/multiline-field-keeps-line-numbers"), temp);
        InputException e = assertThrows(InputException.class, () -> load(temp));
        // the driver's reader accepts a quoted line break; split among executors a file is cut at line ends
        assertEquals(true, e.problems().stream().anyMatch(p -> p.message().startsWith("unbalanced quote: a quoted"
                + " field is not closed on its line")), e.problems().toString());
    }

    static SparkDataset load(Path root) throws InputException {
        return new SparkIngest(SharedSpark.session(), root.resolve("data"), root.resolve("seeds"),
                MalformedCorpusTest.ECONOMIES, new SourceTexts(List.of(root.resolve("seeds")))).load();
    }
}
