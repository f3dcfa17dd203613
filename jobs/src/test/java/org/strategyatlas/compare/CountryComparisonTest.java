package org.strategyatlas.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategyatlas.SharedSpark;
import org.strategyatlas.TestPaths;
import org.strategyatlas.ingest.DatasetLoader;
import org.strategyatlas.ingest.LoadedDataset;
import org.strategyatlas.ingest.SourceTexts;
import org.strategyatlas.normalise.FigureFrame;
import org.strategyatlas.normalise.NormaliseStep;
import org.strategyatlas.normalise.Normaliser;
import org.strategyatlas.publish.Table;
import org.strategyatlas.reference.ReferenceData;

/**
 * The comparison tables on a toy dataset whose reference numbers are round (see datasets/compare/README.md),
 * so every expected value below is worked out by hand in its comment. Base year 2025: 1 EUR = 2 US$.
 */
class CountryComparisonTest {

    static LoadedDataset loaded;
    static ReferenceData reference;
    static Dataset<Row> normalised;
    static Dataset<Row> breakdown;

    @BeforeAll
    static void normalise() throws Exception {
        Path root = TestPaths.resource("datasets/compare");
        reference = ReferenceData.load(root.resolve("reference"));
        loaded = new DatasetLoader(root.resolve("data"), root.resolve("seeds"), reference.economies().keySet(),
                new SourceTexts(List.of(root.resolve("seeds")))).load();
        assertEquals(List.of(), loaded.problems());
        SparkSession spark = SharedSpark.session();
        Normaliser normaliser = new Normaliser(reference, 2025, "USD");
        Dataset<Row> raw = NormaliseStep.apply(FigureFrame.of(spark, loaded.dataset()),
                org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(normaliser))
                .cache();
        Breakdown.Result totals = Breakdown.of(raw, Breakdown.initiatives(spark, loaded.dataset().initiatives()),
                "USD", true);
        breakdown = totals.rows().cache();
        normalised = Breakdown.withInTotals(raw, totals.counted()).cache();
    }

    @Test
    void totalsSkipContainedInitiativesAndCancellations() {
        assertEquals(Set.of("deu-prog-5bn", "fra-plan-10bn", "fra-plan-12bn", "fra-prog-1-3bn", "usa-plan-100bn"),
                Set.copyOf(normalised.filter("in_totals").select("figure_id").as(
                        org.apache.spark.sql.Encoders.STRING()).collectAsList()));
    }

    @Test
    void franceAddsTheEnvelopeOfItsPlanAndItsProgramme() {
        Table t = table();
        // plan: envelope of 10 and 12 bn EUR = 20..24 bn US$; programme: 1..3 bn EUR = 2..6 bn US$;
        // the 2 bn of fra-part is inside the plan and not added again
        assertRelative(22e9, cell(t, "FRA", "investment_constant_usd_low"));
        assertRelative(30e9, cell(t, "FRA", "investment_constant_usd_high"));
        assertRelative(2e9, cell(t, "FRA", "public_constant_usd_low"));
        assertRelative(6e9, cell(t, "FRA", "public_constant_usd_high"));
        assertRelative(20e9, cell(t, "FRA", "private_constant_usd_low"));
        assertRelative(24e9, cell(t, "FRA", "private_constant_usd_high"));
        // per capita: 22e9 / 50e6 = 440, 30e9 / 50e6 = 600
        assertRelative(440, cell(t, "FRA", "per_capita_usd_low"));
        assertRelative(600, cell(t, "FRA", "per_capita_usd_high"));
        // per year: only the programme has a horizon (5 years): 2e9/5 = 0.4e9, 6e9/5 = 1.2e9
        assertRelative(0.4e9, cell(t, "FRA", "annual_constant_usd_low"));
        assertRelative(1.2e9, cell(t, "FRA", "annual_constant_usd_high"));
        // share of GDP per year: nominal 2e9..6e9 US$ / 2e12 x 100 = 0.1..0.3 %, over 5 years = 0.02..0.06
        assertRelative(0.02, cell(t, "FRA", "pct_gdp_per_year_low"));
        assertRelative(0.06, cell(t, "FRA", "pct_gdp_per_year_high"));
        // researchers: more than 1000 / 50e6 x 1e6 = 20 per million
        assertRelative(20, cell(t, "FRA", "researchers_per_million"));
        assertEquals("fra-plan~usa-plan", cell(t, "FRA", "overlaps"));
        assertEquals("1 initiative(s) without horizon left out of per-year measures", cell(t, "FRA", "status"));
    }

    @Test
    void anAtLeastFigureLeavesTheHighTotalOpen() {
        Table t = table();
        assertRelative(10e9, cell(t, "DEU", "investment_constant_usd_low")); // more than 5 bn EUR x 2
        assertNull(cell(t, "DEU", "investment_constant_usd_high"));
        assertRelative(125, cell(t, "DEU", "per_capita_usd_low")); // 10e9 / 80e6
        assertEquals("1 open-ended (at least) initiative(s): no high total", cell(t, "DEU", "status"));
    }

    @Test
    void anUpToFigureAddsNothingToTheLowAndItsCeilingToTheHigh() {
        Table t = table();
        assertEquals(0.0, cell(t, "USA", "investment_constant_usd_low"));
        // up to 100 bn US$ of 2025, deflator 105/105: 100e9; per year over 4 years: 25e9
        assertRelative(100e9, cell(t, "USA", "investment_constant_usd_high"));
        assertRelative(25e9, cell(t, "USA", "annual_constant_usd_high"));
        // 100e9 / 2.5e13 x 100 / 4 = 0.1 % of GDP per year
        assertRelative(0.1, cell(t, "USA", "pct_gdp_per_year_high"));
        assertEquals(2L, cell(t, "USA", "figures"));
        assertEquals(1L, cell(t, "USA", "figures_in_totals"));
    }

    @Test
    void ranksByTheLowTotalAndLeavesZeroUnranked() {
        Table t = table();
        assertEquals(List.of("FRA", "DEU", "USA"), t.rows().stream().map(r -> (String) r.get(0)).toList());
        assertEquals(1, cell(t, "FRA", "rank_investment"));
        assertEquals(2, cell(t, "DEU", "rank_investment"));
        assertNull(cell(t, "USA", "rank_investment"));
    }

    @Test
    void disagreementsListEveryValueWithItsSources() {
        Table t = Disagreements.build(normalised);
        assertEquals(1, t.rows().size());
        List<Object> row = t.rows().get(0);
        assertEquals("fra-plan", row.get(t.columnIndex("initiative_id")));
        assertEquals(2L, row.get(t.columnIndex("distinct_values")));
        assertEquals("10000000000 [src-a]; 12000000000 [src-b]", row.get(t.columnIndex("values")));
    }

    @Test
    void attributesMatrixCountsInitiativesPerJurisdiction() {
        Table t = AttributesMatrix.build(AttributesMatrix.pairs(SharedSpark.session(), loaded.dataset()),
                loaded.dataset().taxonomy(), loaded.dataset().initiatives().stream()
                        .map(org.strategyatlas.model.Initiative::jurisdiction).toList());
        assertEquals(List.of("jurisdiction", "research", "skills"), t.columnNames());
        assertEquals(List.of(List.of("DEU", 1L, 0L), List.of("FRA", 2L, 1L), List.of("USA", 0L, 0L)), t.rows());
    }

    private static Table table() {
        return new CountryComparison("USD", 2025).build(normalised, breakdown, loaded.dataset().metrics(),
                JurisdictionInitiatives.of(loaded.dataset().initiatives()), reference.economies());
    }

    private static Object cell(Table t, String jurisdiction, String column) {
        return t.rows().stream().filter(r -> r.get(0).equals(jurisdiction)).findFirst().orElseThrow()
                .get(t.columnIndex(column));
    }

    static void assertRelative(double expected, Object actual) {
        assertTrue(actual instanceof Double, "expected a number, got " + actual);
        double a = (Double) actual;
        assertTrue(Math.abs(a - expected) <= 1e-9 * Math.abs(expected), "expected " + expected + " but was " + a);
    }
}
