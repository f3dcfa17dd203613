package org.strategyatlas.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.strategyatlas.compare.CountryComparisonTest.assertRelative;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * The totals rules on the toy dataset {@code datasets/totals} (its README has the table this test checks): one
 * initiative with figures of different funding counted once, a part and its whole, broader packages with and
 * without an AI share, every commitment class, a superseded figure and initiative, an up-to figure, a cancellation.
 * Every expected number is worked out by hand in the README and in the comments (US$ of 2025 = constant US$; 1 EUR
 * = 2 US$).
 */
class TotalsBreakdownTest {

    static Table comparison;
    static Table breakdown;

    @BeforeAll
    static void build() throws Exception {
        Path root = TestPaths.resource("datasets/totals");
        ReferenceData reference = ReferenceData.load(root.resolve("reference"));
        LoadedDataset loaded = new DatasetLoader(root.resolve("data"), root.resolve("seeds"),
                reference.economies().keySet(), new SourceTexts(List.of(root.resolve("seeds")))).load();
        assertEquals(List.of(), loaded.problems());
        SparkSession spark = SharedSpark.session();
        Dataset<Row> raw = NormaliseStep.apply(FigureFrame.of(spark, loaded.dataset()),
                org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .broadcast(new Normaliser(reference, 2025, "USD"))).cache();
        Breakdown.Result totals = Breakdown.of(raw, Breakdown.initiatives(spark, loaded.dataset().initiatives()),
                "USD", true);
        Dataset<Row> rows = totals.rows().cache();
        Dataset<Row> normalised = Breakdown.withInTotals(raw, totals.counted());
        breakdown = Breakdown.build(rows, "USD", 2025);
        comparison = new CountryComparison("USD", 2025).build(normalised, rows, loaded.dataset().metrics(),
                JurisdictionInitiatives.of(loaded.dataset().initiatives()), reference.economies());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "none", textBlock = """
            # initiative,     counted_in, status,                              class,    funding, low (US$),   high
            usa-one,          headline,   counted,                             pledged,  mixed,   10e9,        12e9
            usa-whole,        headline,   counted,                             budgeted, public,  50e9,        50e9
            usa-part,         none,       contained in usa-whole,              budgeted, public,  5e9,         5e9
            usa-broad,        broader,    counted,                             planned,  public,  100e9,       100e9
            # 40 bn x 0.25 and x 0.5
            usa-broad-share,  headline,   counted,                             planned,  public,  10e9,        20e9
            usa-target,       targets,    counted,                             targets,  mixed,   200e9,       200e9
            usa-gf,           headline,   counted,                             planned,  public,  20e9,        20e9
            usa-upto,         headline,   counted,                             pledged,  private, none,        8e9
            usa-budget,       headline,   counted,                             budgeted, public,  2e9,         2e9
            usa-old,          none,       superseded by usa-budget,            budgeted, public,  7e9,         7e9
            usa-request,      headline,   counted,                             planned,  public,  6e9,         6e9
            usa-cut,          none,       cancelled,                           none,     none,    none,        none
            # EUR 10 bn and EUR 1 bn at 2 US$ per EUR
            fra-broad,        broader,    counted,                             planned,  public,  20e9,        20e9
            fra-ai,           headline,   counted,                             budgeted, public,  2e9,         2e9
            """)
    void eachInitiativeOnceWithWhyItCountsOrNot(String initiative, String countedIn, String status, String cls,
                                                String funding, Double low, Double high) {
        Map<String, Object> row = row(breakdown, "initiative", initiative);
        assertEquals(countedIn == null ? "" : countedIn, text(row.get("counted_in")), initiative + " counted_in");
        assertEquals(status, row.get("status"), initiative + " status");
        assertEquals(cls == null ? "" : cls, text(row.get("class")), initiative + " class");
        assertEquals(funding == null ? "" : funding, text(row.get("funding")), initiative + " funding");
        assertMoney(low, row.get("constant_usd_low"));
        assertMoney(high, row.get("constant_usd_high"));
    }

    @Test
    void theBreakdownListsWhatItLeftOutAndWhy() {
        assertEquals("usa-budget-2bn", row(breakdown, "initiative", "usa-budget").get("figures_counted"));
        assertEquals("usa-budget-3bn: superseded by usa-budget-2bn",
                row(breakdown, "initiative", "usa-budget").get("figures_not_counted"));
        assertEquals("usa-one-10bn;usa-one-12bn", row(breakdown, "initiative", "usa-one").get("figures_counted"));
        assertEquals("usa-cut-1bn: a cancellation", row(breakdown, "initiative", "usa-cut").get("figures_not_counted"));
        assertRelative(40e9, row(breakdown, "initiative", "usa-broad-share").get("package_constant_usd_low"));
        assertEquals("AI share 0.25 to 0.5 of the package (source src-b)",
                row(breakdown, "initiative", "usa-broad-share").get("notes"));
        assertEquals("up to: adds 0 to the low", row(breakdown, "initiative", "usa-upto").get("notes"));
        assertEquals(14, breakdown.rows().size());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "none", textBlock = """
            # USA headline: budgeted 52 + planned 36..46 + pledged 10..20 = 98..118 bn
            USA, investment_constant_usd,      98e9,   118e9
            USA, budgeted_constant_usd,        52e9,   52e9
            USA, planned_constant_usd,         36e9,   46e9
            USA, pledged_constant_usd,         10e9,   20e9
            USA, targets_constant_usd,         200e9,  200e9
            USA, broader_constant_usd,         100e9,  100e9
            USA, public_constant_usd,          88e9,   98e9
            USA, mixed_constant_usd,           10e9,   12e9
            USA, private_constant_usd,         0,      8e9
            USA, sovereign_fund_constant_usd,  none,   none
            # 98e9 / 300e6 = 326.67; 118e9 / 300e6 = 393.33
            USA, per_capita_usd,               326.6666666666667, 393.3333333333333
            # five-year plans: 98e9 / 5, 118e9 / 5
            USA, annual_constant_usd,          19.6e9, 23.6e9
            # 98e9 / 2.5e13 x 100 / 5 = 0.0784; 118e9 -> 0.0944
            USA, pct_gdp_per_year,             0.0784, 0.0944
            # targets: 200e9 / 300e6; broader: 100e9 / 2.5e13 x 100 / 5
            USA, targets_per_capita_usd,       666.6666666666666, 666.6666666666666
            USA, broader_pct_gdp_per_year,     0.08,   0.08
            # FRA: EUR 1 bn = 2 bn US$ in the headline, EUR 10 bn = 20 bn US$ apart; 2e9 / 50e6 = 40 per inhabitant
            FRA, investment_constant_usd,      2e9,    2e9
            FRA, budgeted_constant_usd,        2e9,    2e9
            FRA, broader_constant_usd,         20e9,   20e9
            FRA, per_capita_usd,               40,     40
            """)
    void totalsAreTheSumsWorkedOutByHand(String jurisdiction, String stem, Double low, Double high) {
        Map<String, Object> row = row(comparison, "jurisdiction", jurisdiction);
        assertMoney(low, row.get(stem + "_low"));
        assertMoney(high, row.get(stem + "_high"));
    }

    @Test
    void countsCountInitiatives() {
        Map<String, Object> usa = row(comparison, "jurisdiction", "USA");
        assertEquals(12L, usa.get("initiatives"));
        assertEquals(7L, usa.get("initiatives_in_headline"));
        // usa-one's two figures, whole, broad, broad-share, target, gf, upto, budget-2bn, request
        assertEquals(10L, usa.get("figures_in_totals"));
        assertEquals("1 target(s) or report(s) apart; 1 broader package(s) without AI share apart", usa.get("status"));
    }

    /**
     * The chains of contained_in are walked on the driver when the driver read the data and by pointer jumping on
     * Spark when Spark did: both give, for each part, the nearest enclosing initiative of each total.
     * Chain: e in d (broader), d in c (targets), c in b (headline), b in a (headline); f in nothing; g in e.
     */
    @Test
    void pointerJumpingFindsWhatTheDriverWalkFinds() {
        SparkSession spark = SharedSpark.session();
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add("id", "string").add("parent", "string").add("key", "string");
        List<Row> keys = List.of(org.apache.spark.sql.RowFactory.create("a", null, "headline"),
                org.apache.spark.sql.RowFactory.create("b", "a", "headline"),
                org.apache.spark.sql.RowFactory.create("c", "b", "headline"),
                org.apache.spark.sql.RowFactory.create("d", "c", "targets"),
                org.apache.spark.sql.RowFactory.create("e", "d", "broader"),
                org.apache.spark.sql.RowFactory.create("f", null, null),
                org.apache.spark.sql.RowFactory.create("g", "e", null));
        List<String> expected = List.of("b|a|null|null", "c|b|null|null", "d|c|null|null", "e|c|d|null",
                "g|c|d|e");
        for (Dataset<Row> found : List.of(Breakdown.walk(spark, keys),
                Breakdown.enclosing(spark.createDataFrame(keys, schema)))) {
            assertEquals(expected, found.orderBy("_e").collectAsList().stream().map(r -> r.getString(0) + "|"
                    + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4)).toList());
        }
    }

    private static void assertMoney(Double expected, Object actual) {
        if (expected == null) {
            assertNull(actual);
        } else if (expected == 0) {
            assertEquals(0.0, actual);
        } else {
            assertRelative(expected, actual);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static Map<String, Object> row(Table table, String keyColumn, String key) {
        int k = table.columnIndex(keyColumn);
        List<Object> cells = table.rows().stream().filter(r -> key.equals(r.get(k))).findFirst().orElseThrow(
                () -> new AssertionError("no row " + key + " in " + table.name()));
        Map<String, Object> row = new TreeMap<>();
        for (int i = 0; i < table.columnNames().size(); i++) {
            row.put(table.columnNames().get(i), cells.get(i));
        }
        return row;
    }
}
