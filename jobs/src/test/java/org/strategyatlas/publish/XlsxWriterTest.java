package org.strategyatlas.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

    private static final List<Table> TABLES = List.of(PublishFixtures.initiatives(), PublishFixtures.longNamed(),
            PublishFixtures.whitespace());

    @TempDir
    Path dir;

    private Path xlsx;

    @BeforeEach
    void writeWorkbook() throws IOException {
        xlsx = dir.resolve("atlas.xlsx");
        XlsxWriter.write(xlsx, TABLES, PublishFixtures.meta());
    }

    @Test
    void hasTheAboutSheetFirstThenOneSheetPerTable() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<String> names = workbook.getSheets().map(Sheet::getName).toList();

            assertEquals(List.of("About", "initiatives", "constant_usd_by_economy_and_yea", "whitespace"), names);
        }
    }

    @Test
    void everyCellEqualsTheCsvCellForTheSameTable() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            assertSheetMatchesCsv(workbook, "initiatives", TABLES.get(0));
            assertSheetMatchesCsv(workbook, "constant_usd_by_economy_and_yea", TABLES.get(1));
            assertSheetMatchesCsv(workbook, "whitespace", TABLES.get(2));
        }
    }

    @Test
    void formulaLookingTextIsStoredAsNeutralisedTextNotAsAFormula() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = workbook.findSheet("initiatives").orElseThrow().read();
            Cell note = rows.get(1).getCell(7);

            assertEquals(CellType.STRING, note.getType());
            assertEquals("'=SUM(A1)", note.asString());
        }
        assertFalse(sheetXml(2).contains("<f>"), "no cell may hold a formula");
    }

    @Test
    void numericColumnsCarryTheirNumberFormats() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
            Row france = workbook.findSheet("initiatives").orElseThrow().read().get(1);

            assertEquals("0", france.getCell(2).getDataFormatString());
            assertEquals("#,##0", france.getCell(3).getDataFormatString());
            assertEquals("0.000000", france.getCell(4).getDataFormatString());
            assertEquals("#,##0.00", france.getCell(5).getDataFormatString());
        }
    }

    @Test
    void tableSheetsHaveAFrozenHeaderAFilterAndColumnWidths() throws IOException {
        // fastexcel-reader does not expose panes or filters, so read the sheet XML itself
        String xml = sheetXml(2);

        assertTrue(xml.contains("<pane") && xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""), xml);
        assertTrue(xml.contains("<autoFilter ref=\"A1:H5\""), xml);
        assertTrue(xml.contains("<col ") && xml.contains("customWidth=\"true\""), xml);
    }

    @Test
    void aboutSheetHoldsTheRunTheColumnsAndTheSources() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            List<Row> rows = workbook.findSheet("About").orElseThrow().read();

            assertEquals("2024-05-01T120000Z-abc123", valueAfter(rows, "Run id").getText());
            assertEquals(0, new BigDecimal("2024").compareTo(valueAfter(rows, "Base year").asNumber()));
            assertEquals("USD", valueAfter(rows, "Currency").getText());
            assertTrue(hasRow(rows, "initiatives", "constant_usd", "decimal", "constant 2024 US$",
                    "total in constant 2024 US$"));
            assertTrue(hasRow(rows, "constant_usd_by_economy_and_yea", "constant_usd_by_economy_and_year_2024",
                    "Totals by economy and year"));
            assertTrue(hasRow(rows, PublishFixtures.meta().method().get(0)));
            assertTrue(hasRow(rows, PublishFixtures.meta().sources().get(0)));
            assertTrue(hasRow(rows, PublishFixtures.meta().reference().get(0)));
        }
    }

    @Test
    void aFailedWriteLeavesTheOldWorkbookAndNoTemporaryFile() throws IOException {
        byte[] before = Files.readAllBytes(xlsx);
        Table bad = new Table("bad", "Bad", List.of(Column.decimal("v", "", "")),
                List.of(PublishFixtures.row(Double.NaN)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> XlsxWriter.write(xlsx, List.of(bad), PublishFixtures.meta()));

        assertTrue(e.getMessage().startsWith("table bad, row 1, column v: NaN"), e.getMessage());
        assertEquals(before.length, Files.readAllBytes(xlsx).length);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(xlsx), files.toList());
        }
    }

    private void assertSheetMatchesCsv(ReadableWorkbook workbook, String sheetName, Table table) throws IOException {
        Path csv = dir.resolve(table.name() + ".csv");
        CsvTableWriter.write(csv, table);
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.parse(in).getRecords();
        }
        List<Row> rows = workbook.findSheet(sheetName).orElseThrow().read();
        assertEquals(records.size(), rows.size(), sheetName + " row count");
        for (int r = 0; r < records.size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                String expected = records.get(r).get(c);
                Optional<Cell> cell = rows.get(r).getOptionalCell(c);
                String where = sheetName + " row " + r + " column " + c;
                boolean numeric = r > 0 && table.columns().get(c).type() != ColumnType.TEXT
                        && table.columns().get(c).type() != ColumnType.BOOLEAN;
                if (expected.isEmpty()) {
                    assertTrue(cell.isEmpty() || cell.get().getType() == CellType.EMPTY, where);
                } else if (numeric) {
                    assertEquals(CellType.NUMBER, cell.orElseThrow().getType(), where);
                    assertEquals(0, new BigDecimal(expected).compareTo(cell.get().asNumber()),
                            where + ": " + expected + " vs " + cell.get().asNumber());
                } else {
                    assertEquals(CellType.STRING, cell.orElseThrow().getType(), where);
                    assertEquals(expected, cell.get().asString(), where);
                }
            }
        }
    }

    private static Cell valueAfter(List<Row> rows, String label) {
        return rows.stream().filter(row -> label.equals(row.getCellText(0))).findFirst().orElseThrow().getCell(1);
    }

    private static boolean hasRow(List<Row> rows, String... cells) {
        return rows.stream().anyMatch(row -> {
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].equals(row.getCellText(c))) {
                    return false;
                }
            }
            return true;
        });
    }

    private String sheetXml(int sheetNumber) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry entry = zip.getEntry("xl/worksheets/sheet" + sheetNumber + ".xml");
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
