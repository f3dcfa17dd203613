package org.strategyatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.TestPaths;

/**
 * The input checks the totals rely on, each on the toy dataset {@code datasets/totals} with one line changed: a part
 * larger than its whole, a part outside its whole's years, AI shares that cannot be, an unknown superseding figure,
 * and the warning for two initiatives whose notes name each other without a link. Lines and columns are counted in
 * the toy files (initiatives: usa-part on line 11, usa-request 12; contained_in is column 9, end_year 7, notes 13,
 * ai_share_low 15, ai_share_high 16, ai_share_source 17; figures: usa-budget-3bn on line 7, superseded_by column 17).
 */
class TotalsInputChecksTest {

    @TempDir
    Path temp;

    private LoadedDataset load(String file, String from, String to) throws Exception {
        Path root = temp.resolve("totals");
        TestPaths.copyTree(TestPaths.resource("datasets/totals"), root);
        Path path = root.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertEquals(true, text.contains(from), from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
        return new DatasetLoader(root.resolve("data"), root.resolve("seeds"), Set.of("USA", "FRA", "DEU"),
                new SourceTexts(List.of(root.resolve("seeds")))).load();
    }

    private static String where(InputProblem p) {
        return p.line() + ":" + p.column() + " " + p.message();
    }

    @Test
    void theToyDatasetHasNoProblemAndNoWarning() throws Exception {
        LoadedDataset loaded = load("data/initiatives.csv", "Whole plan", "Whole plan");
        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void aPartLargerThanItsWholeIsAnError() throws Exception {
        LoadedDataset loaded = load("data/figures.csv",
                "usa-part-5bn,usa-part,investment,$5bn,en,5000000000,5000000000,",
                "usa-part-5bn,usa-part,investment,$60bn,en,60000000000,60000000000,");
        assertEquals(List.of("11:9 a part larger than its whole: USD 60000000000 (figure usa-part-5bn) above USD"
                + " 50000000000 (figure usa-whole-50bn)"), loaded.problems().stream().map(
                TotalsInputChecksTest::where).toList());
    }

    @Test
    void aPartOutsideItsWholesYearsIsAnError() throws Exception {
        LoadedDataset loaded = load("data/initiatives.csv", "usa-part,USA,Part of the plan,programme,2025,2026,2027,",
                "usa-part,USA,Part of the plan,programme,2025,2026,2031,");
        assertEquals(List.of("11:7 a part ends after its whole 'usa-whole' (2029)"),
                loaded.problems().stream().map(TotalsInputChecksTest::where).toList());
    }

    @Test
    void sharesMustBeFractionsOfBroaderPackagesWithASource() throws Exception {
        assertEquals(List.of("5:16 not a share"), load("data/initiatives.csv", "broader,0.25,0.5,src-b,",
                "broader,0.25,1.5,src-b,").problems().stream().map(TotalsInputChecksTest::where).toList());
        assertEquals(List.of("5:17 an AI share needs its source"), load("data/initiatives.csv",
                "broader,0.25,0.5,src-b,", "broader,0.25,0.5,,").problems().stream()
                .map(TotalsInputChecksTest::where).toList());
        assertEquals(List.of("5:15 an AI-specific initiative has no AI share"), load("data/initiatives.csv",
                "broader,0.25,0.5,src-b,", "ai,0.25,0.5,src-b,").problems().stream()
                .map(TotalsInputChecksTest::where).toList());
        assertEquals(List.of("5:16 an AI share needs both bounds"), load("data/initiatives.csv",
                "broader,0.25,0.5,src-b,", "broader,0.25,,src-b,").problems().stream()
                .map(TotalsInputChecksTest::where).toList());
    }

    @Test
    void aSupersedingFigureMustExist() throws Exception {
        assertEquals(List.of("7:17 unknown figure"), load("data/figures.csv", ",src-a,,usa-budget-2bn",
                ",src-a,,usa-budget-2b").problems().stream().map(TotalsInputChecksTest::where).toList());
    }

    /** A cycle of superseded_by would take both figures out of the totals: refused, on the driver and on Spark. */
    @Test
    void aCycleOfSupersededFiguresIsAnError() throws Exception {
        String from = "2000000000,USD,exact,appropriation,public,total,,,src-b,,";
        LoadedDataset loaded = load("data/figures.csv", from, from + "usa-budget-3bn");
        List<String> expected = List.of(
                "6:17 superseded_by forms a cycle: usa-budget-2bn -> usa-budget-3bn -> usa-budget-2bn",
                "7:17 superseded_by forms a cycle: usa-budget-3bn -> usa-budget-2bn -> usa-budget-3bn");
        assertEquals(expected, loaded.problems().stream().map(TotalsInputChecksTest::where).toList());
        Path root = temp.resolve("totals");
        InputException spark = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> new SparkIngest(org.strategyatlas.SharedSpark.session(), root.resolve("data"),
                        root.resolve("seeds"), Set.of("USA", "FRA", "DEU"),
                        new SourceTexts(List.of(root.resolve("seeds")))).load());
        assertEquals(expected, spark.problems().stream().map(TotalsInputChecksTest::where).toList());
    }

    /** In a lenient run, a figure superseded by a rejected figure is not used either, and says why. */
    @Test
    void aFigureSupersededByARejectedFigureIsRejectedToo() throws Exception {
        LoadedDataset loaded = load("data/figures.csv", "usa-budget-2bn,usa-budget,investment,$2bn,en,2000000000,",
                "usa-budget-2bn,usa-budget,investment,$2bn,en,2000000000x,");
        assertEquals(List.of("6:6 not a plain decimal number"), loaded.problems().stream()
                .map(TotalsInputChecksTest::where).toList());
        assertEquals(List.of("7:17 not used: its figure 'usa-budget-2bn' was rejected"), loaded.consequences()
                .stream().map(TotalsInputChecksTest::where).toList());
    }

    @Test
    void notesNamingAnotherInitiativeWithoutALinkAreWarnedAbout() throws Exception {
        LoadedDataset loaded = load("data/initiatives.csv",
                "usa-request,USA,Budget request,budget_measure,2025,2025,2029,years,,,,src-a,,",
                "usa-request,USA,Budget request,budget_measure,2025,2025,2029,years,,,,src-a,Requested for the Whole"
                        + " plan; see usa-upto,");
        assertEquals(List.of(), loaded.problems());
        // "Whole plan" has fewer than 12 characters: only the id usa-upto is a mention
        assertEquals(List.of("12:13 the notes name initiative 'usa-upto' but no contained_in, overlaps_with or"
                + " superseded_by links the two"), loaded.warnings().stream().map(TotalsInputChecksTest::where)
                .toList());
    }
}
