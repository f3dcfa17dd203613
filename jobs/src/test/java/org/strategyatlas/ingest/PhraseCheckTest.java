package org.strategyatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategyatlas.TestPaths;

/** A figure's phrase must read as its numbers; the India row of the test dataset is rewritten per case. */
class PhraseCheckTest {

    static final String ROW = "ind-mission-amount,ind-mission,investment,\"Rs 10,371.92 crore\",en,103719200000,"
            + "103719200000,INR,exact,appropriation,public,total,,,web-page,";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # phrase                 | low          | high         | unit | qualifier | expected problem (empty: none)
            Rs 10,371.92 crore       | 103719200000 | 103719200000 | INR  | exact     |
            Rs 10,371.92 crore       | 103719200000 | 103719200000 | INR  | approx    |
            $1.5 billion             | 1500000000   | 1500000000   | AUD  | exact     |
            1.5 billion dollars      | 1500000000   | 1500000000   | CAD  | exact     |
            50 billion               | 50000000000  | 50000000000  | EUR  | exact     |
            US$1.5 billion           | 1500000000   | 1500000000   | AUD  | exact     | the phrase reads as unit USD but the row says unit AUD, low 1500000000, high 1500000000, qualifier exact
            €1.5 billion             | 1500000000   | 1500000000   | GBP  | exact     | the phrase reads as unit EUR but the row says unit GBP, low 1500000000, high 1500000000, qualifier exact
            Rs 10,371.92 crore       | 10371920000  | 10371920000  | INR  | exact     | the phrase reads as low 103719200000, high 103719200000 but the row says unit INR, low 10371920000, high 10371920000, qualifier exact
            up to €2 billion         | 2000000000   | 2000000000   | EUR  | exact     | the phrase reads as low none, high 2000000000, qualifier at_most but the row says unit EUR, low 2000000000, high 2000000000, qualifier exact
            about €2 billion         | 2000000000   | 2000000000   | EUR  | exact     | the phrase reads as qualifier approx but the row says unit EUR, low 2000000000, high 2000000000, qualifier exact
            n/a                      | 2000000000   | 2000000000   | EUR  | exact     | phrase cannot be read: no number in 'n/a'
            """)
    void phraseMustReadAsTheRow(String phrase, String low, String high, String unit, String qualifier,
                                String expected) throws Exception {
        TestPaths.copyTree(TestPaths.resource("datasets/minimal"), temp);
        Path figures = temp.resolve("data/figures.csv");
        String row = String.join(",", "ind-mission-amount", "ind-mission", "investment", "\"" + phrase + "\"", "en",
                low, high, unit, qualifier, "appropriation", "public", "total", "", "", "web-page", "");
        Files.writeString(figures, Files.readString(figures).replace(ROW, row));

        List<InputProblem> problems = MalformedCorpusTest.load(temp).problems();

        if (expected == null) {
            assertEquals(List.of(), problems);
        } else {
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("as_stated", problems.get(0).columnName());
            assertEquals(4, problems.get(0).line());
            assertEquals(expected, problems.get(0).message());
        }
    }
}
