package org.strategyatlas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategyatlas.bench.duckdb.CountryTotals;
import org.strategyatlas.bench.duckdb.DuckDbNormaliser;
import org.strategyatlas.cli.AtlasCommand;

/**
 * The DuckDB SQL of the benchmark computes what {@code atlas run} computes: the headline totals of
 * {@code country_comparison.csv} (Breakdown's rules: live figures, the firmest class, one key per initiative, AI
 * shares, parts and supersession). On the toy dataset of the compare
 * tests its totals are the values computed by hand from that dataset's round reference numbers; on a generated
 * 2,000-figure dataset its per-jurisdiction totals and per-figure measures equal, within 1e-9 relative, the job's
 * own {@code country_comparison.csv} and {@code figures_normalised.csv} from a run in this JVM. (One run of the
 * job only: a cold run costs most of the 60 s this test may take.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuckDbMatchesAtlasTest {

    private static final double RELATIVE = 1e-9;

    private final Path root = Path.of(System.getProperty("atlas.root", ".")).toAbsolutePath().normalize();
    private final Path toy = root.resolve("jobs/src/test/resources/datasets/compare");

    private Path generated;
    private Path generatedRun;

    @BeforeAll
    void runTheJob(@TempDir Path tmp) {
        generated = tmp.resolve("generated");
        assertEquals(0, AtlasCommand.execute("generate", "--figures", "2000", "--seed", "7", "--out",
                generated.toString()), "atlas generate");
        generatedRun = run(generated.resolve("data"), generated.resolve("seeds"), root.resolve("data/reference"),
                tmp.resolve("generated-out"));
    }

    @ParameterizedTest(name = "{0}: investment {1} to {2}")
    @CsvSource(nullValues = "none", textBlock = """
            # The headline (README: totals). Every investment figure of the toy is of kind total and scope ai, with
            # no AI share and nothing superseded; each initiative below has one class, so it counts the envelope of
            # all its live figures, and every key is headline (no broader package, no target).
            # 1 EUR of 2025 = 2 constant 2025 US$ (deflator 110/110, 0.5 EUR per US$) = 2 nominal US$ too;
            # 1 USD of 2025 = 1 constant 2025 US$ (deflator 105/105). Price years default to 2025 (announced).
            # DEU: deu-prog, more than EUR 5 bn (appropriation: budgeted, at_least), 2025-2029 = 5 years, 80 m
            #   people, GDP 4e12. Low 5e9 * 2 = 10e9; open high, so every high is empty. Per capita 10e9 / 80e6 =
            #   125; per year 10e9 / 5 = 2e9; % of GDP per year 10e9 / 4e12 * 100 / 5 = 0.25 / 5 = 0.05.
            DEU, 10e9,  none,  125,    none,   2e9,   none,  0.05, none
            # FRA (50 m people, GDP 2e12): fra-plan, pledges of EUR 10 bn and 12 bn (both pledged, so both counted,
            #   open horizon): envelope 10e9..12e9 EUR = 20e9..24e9, no per-year value (left out, not emptying);
            #   fra-part (pledge EUR 2 bn, headline) is contained in fra-plan, counted in the headline: not added;
            #   fra-prog, appropriation EUR 1-3 bn, 2025-2029 = 5 years: 2e9..6e9.
            #   Low 20e9 + 2e9 = 22e9, high 24e9 + 6e9 = 30e9; per capita 22e9 / 50e6 = 440, 30e9 / 50e6 = 600;
            #   per year (fra-prog only) 2e9 / 5 = 0.4e9, 6e9 / 5 = 1.2e9; % of GDP per year 2e9 / 2e12 * 100 / 5 =
            #   0.02, 6e9 / 2e12 * 100 / 5 = 0.06.
            FRA, 22e9,  30e9,  440,    600,    0.4e9, 1.2e9, 0.02, 0.06
            # USA (300 m people, GDP 2.5e13): usa-cut has only a cancellation, so no live figure and no key;
            #   usa-plan, up to USD 100 bn (pledge, at_most), 2025-2028 = 4 years: low empty, adds 0 (valued by its
            #   high); high 100e9; per capita 0 and 100e9 / 300e6 = 333.33...; per year 0 and 100e9 / 4 = 25e9;
            #   % of GDP per year 0 and 100e9 / 2.5e13 * 100 / 4 = 0.4 / 4 = 0.1.
            # (The same numbers as under the old rules: no toy figure is of a class, scope or supersession that the
            # new rules treat differently.)
            USA, 0,     100e9, 0,      333.33333333333333, 0, 25e9, 0, 0.1
            """)
    void toyTotalsAreTheHandComputedOnes(String jurisdiction, Double low, Double high, Double perCapitaLow,
                                         Double perCapitaHigh, Double annualLow, Double annualHigh,
                                         Double pctYearLow, Double pctYearHigh) throws SQLException {
        List<Double> expected = Arrays.asList(low, high, perCapitaLow, perCapitaHigh, annualLow, annualHigh,
                pctYearLow, pctYearHigh);
        try (DuckDbNormaliser duck = DuckDbNormaliser.run(toy.resolve("data"), toy.resolve("reference"), null)) {
            assertEquals(2025, duck.baseYear());
            CountryTotals totals = duck.totals().stream().filter(t -> t.jurisdiction().equals(jurisdiction))
                    .findFirst().orElseThrow();
            for (int i = 0; i < CountryTotals.COLUMNS.size(); i++) {
                String column = CountryTotals.COLUMNS.get(i);
                assertClose(expected.get(i), totals.get(column), jurisdiction + " " + column);
            }
        }
    }

    @Test
    void generatedTotalsEqualTheJobsCountryComparison() throws SQLException, IOException {
        try (DuckDbNormaliser duck = DuckDbNormaliser.run(generated.resolve("data"), root.resolve("data/reference"),
                null)) {
            assertEquals(baseYear(generatedRun), duck.baseYear(), "base year");
            assertTrue(duck.coveredInitiatives() > 0, "the generated data exercises the contained_in rule");
            List<CountryTotals> totals = duck.totals();
            assertTrue(totals.stream().filter(t -> t.get("investment_constant_usd_high") != null).count() > 50,
                    "the generated data has many jurisdictions with a closed total");
            assertTotalsEqual(totals, generatedRun.resolve("tables/country_comparison.csv"));
        }
    }

    @Test
    void generatedFiguresEqualTheJobsNormalisedFigures() throws SQLException, IOException {
        try (DuckDbNormaliser duck = DuckDbNormaliser.run(generated.resolve("data"), root.resolve("data/reference"),
                null)) {
            Map<String, Map<String, Double>> figures = duck.normalisedFigures();
            List<CSVRecord> expected = read(generatedRun.resolve("tables/figures_normalised.csv"));
            assertEquals(2000, expected.size());
            assertEquals(expected.size(), figures.size(), "figures");
            for (CSVRecord row : expected) {
                Map<String, Double> actual = figures.get(row.get("figure_id"));
                for (String column : DuckDbNormaliser.MEASURE_COLUMNS) {
                    assertClose(cell(row, column), actual.get(column), row.get("figure_id") + " " + column);
                }
            }
        }
    }

    private void assertTotalsEqual(List<CountryTotals> actual, Path comparisonCsv) throws IOException {
        List<CSVRecord> expected = read(comparisonCsv);
        assertEquals(expected.size(), actual.size(), "jurisdictions");
        Map<String, CountryTotals> byJurisdiction = new HashMap<>();
        actual.forEach(t -> byJurisdiction.put(t.jurisdiction(), t));
        List<String> compared = new ArrayList<>();
        for (CSVRecord row : expected) {
            String jurisdiction = row.get("jurisdiction");
            CountryTotals totals = byJurisdiction.get(jurisdiction);
            assertTrue(totals != null, "DuckDB has no row for " + jurisdiction);
            for (String column : CountryTotals.COLUMNS) {
                assertClose(cell(row, column), totals.get(column), jurisdiction + " " + column);
            }
            compared.add(jurisdiction);
        }
        assertEquals(expected.size(), compared.size());
    }

    private static void assertClose(Double expected, Double actual, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what + ": empty in one, not in the other");
            return;
        }
        double tolerance = RELATIVE * Math.max(Math.abs(expected), Math.abs(actual));
        assertEquals(expected, actual, tolerance, what);
    }

    private Path run(Path data, Path seeds, Path reference, Path out) {
        assertEquals(0, AtlasCommand.execute("run", "--data", data.toString(), "--seeds", seeds.toString(),
                "--reference", reference.toString(), "--out", out.toString(), "--master", "local[2]", "--quiet"),
                "atlas run on " + data);
        return out.resolve("latest");
    }

    private static int baseYear(Path run) throws IOException {
        return new ObjectMapper().readTree(run.resolve("manifest.json").toFile()).path("base_year").asInt(-1);
    }

    private static Double cell(CSVRecord row, String column) {
        String text = row.get(column);
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
