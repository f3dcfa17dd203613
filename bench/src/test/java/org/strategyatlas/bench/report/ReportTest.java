package org.strategyatlas.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    @TempDir
    Path results;

    private void timed(String name, String wall, long rssKb, int exit, String stderr) throws IOException {
        Files.writeString(results.resolve(name + ".time"), String.format(Locale.ROOT, """
                \tElapsed (wall clock) time (h:mm:ss or m:ss): %s
                \tMaximum resident set size (kbytes): %d
                \tExit status: %d
                """, wall, rssKb, exit));
        Files.writeString(results.resolve(name + ".exit"), exit + "\n");
        Files.writeString(results.resolve(name + ".stderr"), stderr);
    }

    private void json(String name, String text) throws IOException {
        Files.writeString(results.resolve(name + ".json"), text);
    }

    private Report.Row row(List<Report.Row> rows, String startOfName) {
        return rows.stream().filter(r -> r.benchmark().startsWith(startOfName)).findFirst().orElseThrow();
    }

    @Test
    void curatedRunIsTheMedianOfFiveWithTheMedianRunsSteps() throws IOException {
        String[] walls = {"0:50.00", "0:47.00", "0:49.00", "0:46.00", "0:48.00"};
        long[] rss = {1_000_000, 1_200_000, 1_100_000, 900_000, 1_300_000};
        for (int i = 0; i < 5; i++) {
            timed("curated-" + (i + 1), walls[i], rss[i], 0, "atlas: run complete\n");
        }
        json("curated-5.manifest", """
                {"input_totals": {"rows_read": 321}, "timings_ms": {"ingest": 500, "publish": 20000}}""");
        Report.Row row = Report.markdownRows(results).get(0);
        assertEquals("48.0 s", row.wall()); // 46 47 48 49 50
        assertEquals("1.05 GiB", row.rss()); // median 1,100,000 KiB
        assertEquals("data/ (321 rows)", row.input());
        assertTrue(row.notes().contains("46.0 s to 50.0 s"), row.notes());
        assertTrue(row.notes().contains("ingest 0.50 s, publish 20.0 s"), row.notes());
    }

    @Test
    void aFailedRunIsReportedWithItsExitAndLastLineAndTheRatiosSayWhy() throws IOException {
        json("data-1m.manifest", "{\"rows\": {\"data/figures.csv\": 1000000}}");
        timed("ours-1m", "2:00.00", 1_100_000, 70, "stack trace\natlas: internal error: java.lang.OutOfMemoryError\n");
        timed("duckdb-1m", "0:04.00", 2_000_000, 0, "");
        json("duckdb-1m", """
                {"duckdb_version": "v1.5.6", "steps_ms": {"connect": 500, "read": 2000}, "query_ms": 2500}""");
        timed("raw-1m", "0:03.00", 100_000, 0, "");
        json("raw-1m", """
                {"bytes": 250000000, "records": 1340000, "irregular": 0, "seconds": [0.5, 0.25, 0.3],
                 "median_seconds": 0.25}""");
        List<Report.Row> rows = Report.markdownRows(results);

        Report.Row ours = row(rows, "ours");
        assertEquals("failed: exit 70, atlas: internal error: java.lang.OutOfMemoryError", ours.result());
        assertEquals("1,000,000 figures", ours.input());
        Report.Row duck = row(rows, "DuckDB v1.5.6");
        assertEquals("250,000 figures/s", duck.result());
        Report.Row raw = row(rows, "raw read limit");
        assertEquals("1.00 GB/s, 5,360,000 records/s", raw.result());
        assertEquals("n/a (ours failed)", row(rows, "ratio ours / DuckDB").result());
        assertEquals("not run", row(rows, "normalise + compare, 10 M").result());
    }

    @Test
    void ratiosDivideOurWallTimeByTheOthers() throws IOException {
        json("data-1m.manifest", "{\"rows\": {\"data/figures.csv\": 1000000}}");
        timed("ours-1m", "1:40.00", 1_100_000, 0, "");
        json("ours-1m.manifest", "{\"timings_ms\": {\"ingest\": 30000, \"normalise_compare\": 50000}}");
        timed("duckdb-1m", "0:04.00", 2_000_000, 0, "");
        json("duckdb-1m", "{\"duckdb_version\": \"v1.5.6\", \"steps_ms\": {}, \"query_ms\": 2000}");
        timed("raw-1m", "0:03.00", 100_000, 0, "");
        json("raw-1m", "{\"bytes\": 250000000, \"records\": 1340000, \"seconds\": [0.25], \"median_seconds\": 0.25}");
        List<Report.Row> rows = Report.markdownRows(results);

        assertEquals("10,000 figures/s", row(rows, "ours").result());
        Report.Row duck = row(rows, "ratio ours / DuckDB");
        assertEquals("25× (our wall time)", duck.result()); // 100 s / 4 s
        assertTrue(duck.notes().startsWith("40×"), duck.notes()); // (30 + 50) s / 2 s
        assertEquals("400× (our wall time)", row(rows, "ratio ours / raw").result()); // 100 s / 0.25 s
    }

    @Test
    void theTableHasTheMachineAndOneLinePerRow() throws IOException {
        Files.writeString(results.resolve("machine.txt"), "CPU: Test CPU, nproc 2\n");
        String table = Report.markdown(results);
        assertTrue(table.startsWith("- CPU: Test CPU, nproc 2\n"), table);
        assertTrue(table.contains("| benchmark | input | result | wall time | peak RSS | notes |"), table);
        assertEquals(Report.markdownRows(results).size() + 2, table.lines().filter(l -> l.startsWith("|")).count());
    }

    @Test
    void theRatioRowSaysWhetherDuckDbsTotalsEqualOurs() throws IOException {
        String header = "jurisdiction,investment_constant_usd_low,investment_constant_usd_high,per_capita_usd_low,"
                + "per_capita_usd_high,annual_constant_usd_low,annual_constant_usd_high,pct_gdp_per_year_low,"
                + "pct_gdp_per_year_high\n";
        Files.writeString(results.resolve("ours-1m.country_comparison.csv"), header
                + "FRA,22000000000,30000000000,440,600,400000000,1200000000,0.02,0.06\nUSA,0,,0,,0,,0,\n");
        Files.writeString(results.resolve("duckdb-1m.totals.csv"), header
                + "USA,0,,0,,0,,0,\nFRA,22000000000.000004,30000000000,440,600,400000000,1200000000,0.02,0.06\n");
        timed("ours-1m", "1:40.00", 1_100_000, 0, "");
        timed("duckdb-1m", "0:04.00", 2_000_000, 0, "");
        assertTrue(row(Report.markdownRows(results), "ratio ours / DuckDB").notes()
                .startsWith("equal totals within 1e-9 (8 columns, 2 jurisdictions)"));

        Files.writeString(results.resolve("duckdb-1m.totals.csv"), header
                + "USA,0,1,0,,0,,0,\nFRA,22000000000,30000000000,440,600,400000000,1200000000,0.02,0.06\n");
        assertTrue(row(Report.markdownRows(results), "ratio ours / DuckDB").notes()
                .startsWith("totals differ: USA investment_constant_usd_high ours , DuckDB 1"));
    }
}
