package org.strategyatlas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.SharedSpark;
import org.strategyatlas.TestPaths;
import org.strategyatlas.ingest.InputException;

/** The main job on the small test dataset, with the committed reference data. */
class RunJobTest {

    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    static final List<String> PUBLISHED = List.of("figures_normalised", "country_comparison", "attributes_matrix",
            "disagreements", "rejects");

    @TempDir
    Path temp;

    RunOptions options;

    @BeforeEach
    void dataset() {
        TestPaths.copyTree(TestPaths.resource("datasets/minimal"), temp);
        options = RunOptions.defaults(TestPaths.root()).withPaths(temp.resolve("data"), temp.resolve("seeds"),
                TestPaths.root().resolve("data/reference"), temp.resolve("out"));
    }

    RunSummary run(Instant at) throws Exception {
        return new RunJob(Clock.fixed(at, ZoneOffset.UTC), Progress.silent(), SharedSpark::session).run(options);
    }

    @Test
    void writesTheRunFolderAndPointsLatestAtIt() throws Exception {
        RunSummary summary = run(T0);

        assertEquals("20260102T030405Z", summary.runId());
        Path out = temp.resolve("out");
        assertEquals(Path.of("20260102T030405Z"), Files.readSymbolicLink(out.resolve("latest")));
        for (String table : List.of("sources", "initiatives", "figures", "attributes", "taxonomy", "metrics",
                "figures_normalised", "country_comparison", "attributes_matrix", "disagreements", "rejects")) {
            assertTrue(Files.isRegularFile(out.resolve("latest/tables/" + table + ".csv")), table);
        }
        for (String table : PUBLISHED) {
            assertTrue(Files.isRegularFile(out.resolve("latest/tables/" + table + ".meta.json")), table);
            assertTrue(Files.isDirectory(out.resolve("latest/parquet/" + table)), table);
        }
        assertTrue(Files.isRegularFile(out.resolve("latest/atlas.xlsx")));
        // 2 sources + 2 metrics + 2 taxonomy + 3 initiatives + 3 figures + 2 attributes in the test dataset
        assertEquals(14, summary.rowsRead());
        assertEquals(0, summary.rowsRejected());
    }

    @Test
    void manifestReconcilesEveryInputFile() throws Exception {
        run(T0);
        JsonNode manifest = new ObjectMapper().readTree(temp.resolve("out/latest/manifest.json").toFile());

        assertEquals("20260102T030405Z", manifest.get("run_id").asText());
        assertEquals(2025, manifest.get("base_year").asInt()); // latest year with EUR and INR rates and deflators
        assertEquals("USD", manifest.get("currency").asText());
        assertEquals(3, manifest.get("tables").get("figures_normalised").get("rows").asInt());
        assertEquals(6, manifest.get("inputs").size());
        for (JsonNode input : manifest.get("inputs")) {
            assertEquals(input.get("rows_read").asInt(),
                    input.get("rows_used").asInt() + input.get("rows_rejected").asInt());
            assertEquals(64, input.get("sha256").asText().length());
        }
        JsonNode figures = find(manifest.get("inputs"), "figures.csv");
        assertEquals(3, figures.get("rows_read").asInt());
        assertEquals(14, manifest.get("input_totals").get("rows_used").asInt());
        assertTrue(manifest.get("outputs").size() >= 6);
    }

    @Test
    void validatedFiguresCarryQuoteVerification() throws Exception {
        run(T0);
        List<String> lines = Files.readAllLines(temp.resolve("out/latest/tables/figures.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).endsWith(",source,notes,superseded_by,quote_verified"), lines.get(0));
        // sorted by id: fra-plan-amount, fra-plan-researchers, ind-mission-amount
        assertTrue(lines.get(1).startsWith("fra-plan-amount,") && lines.get(1).endsWith(",true"), lines.get(1));
        assertTrue(lines.get(3).startsWith("ind-mission-amount,") && lines.get(3).endsWith(","), lines.get(3));
    }

    @Test
    void badInputLeavesThePreviousRunUntouched() throws Exception {
        run(T0);
        Path out = temp.resolve("out");
        Path manifest = out.resolve("latest/manifest.json");
        String before = Files.readString(manifest);
        Files.writeString(options.dataDir().resolve("figures.csv"),
                Files.readString(options.dataDir().resolve("figures.csv")).replace(",EUR,exact", ",EURO,exact"));

        InputException e = assertThrows(InputException.class, () -> run(T0.plusSeconds(60)));

        assertEquals(1, e.problems().size());
        assertEquals(Path.of("20260102T030405Z"), Files.readSymbolicLink(out.resolve("latest")));
        assertEquals(before, Files.readString(manifest));
        assertEquals(List.of(".atlas.lock", "20260102T030405Z", "latest"), listing(out));
    }

    @Test
    void twoRunsInTheSameSecondGetDistinctFolders() throws Exception {
        run(T0);
        RunSummary second = run(T0);
        assertEquals("20260102T030405Z-2", second.runId());
        assertEquals(Path.of("20260102T030405Z-2"), Files.readSymbolicLink(temp.resolve("out/latest")));
    }

    @Test
    void identicalInputsGiveByteIdenticalTables() throws Exception {
        Path first = run(T0).folder();
        Path second = run(T0.plusSeconds(1)).folder();
        for (String table : List.of("sources", "initiatives", "figures", "attributes", "taxonomy", "metrics",
                "figures_normalised", "country_comparison", "attributes_matrix", "disagreements", "rejects")) {
            assertEquals(-1L, Files.mismatch(first.resolve("tables/" + table + ".csv"),
                    second.resolve("tables/" + table + ".csv")), table);
        }
    }

    @Test
    void missingReferenceDataIsItsOwnFailure() {
        options = options.withPaths(options.dataDir(), options.seedsDir(), temp.resolve("no-reference"),
                options.outRoot());
        ReferenceUnavailableException e = assertThrows(ReferenceUnavailableException.class, () -> run(T0));
        assertTrue(e.getMessage().contains("./atlas reference import"), e.getMessage());
    }

    @Test
    void workbookHoldsTheSameValuesAsTheCsvTables() throws Exception {
        Path folder = run(T0).folder();
        try (ReadableWorkbook workbook = new ReadableWorkbook(folder.resolve("atlas.xlsx").toFile())) {
            for (String table : PUBLISHED) {
                List<CSVRecord> csv;
                try (CSVParser parser = CSVParser.parse(folder.resolve("tables/" + table + ".csv"),
                        StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
                    csv = parser.getRecords();
                }
                Sheet sheet = workbook.findSheet(table).orElseThrow(() -> new AssertionError("no sheet " + table));
                List<org.dhatim.fastexcel.reader.Row> rows = sheet.read();
                assertEquals(csv.size(), rows.size(), table + " rows");
                for (int r = 0; r < csv.size(); r++) {
                    for (int c = 0; c < csv.get(r).size(); c++) {
                        String expected = csv.get(r).get(c);
                        Cell cell = rows.get(r).getCell(c);
                        String where = table + " row " + (r + 1) + " column " + (c + 1);
                        if (cell == null || cell.getType() == CellType.EMPTY) {
                            assertEquals("", expected, where);
                        } else if (cell.getType() == CellType.NUMBER) {
                            assertEquals(new BigDecimal(expected).doubleValue(), cell.asNumber().doubleValue(),
                                    Math.abs(cell.asNumber().doubleValue()) * 1e-12, where);
                        } else {
                            assertEquals(expected, cell.getText(), where);
                        }
                    }
                }
            }
        }
    }

    private static JsonNode find(JsonNode inputs, String suffix) {
        for (JsonNode input : inputs) {
            if (input.get("file").asText().endsWith(suffix)) {
                return input;
            }
        }
        throw new AssertionError("no input " + suffix);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
