package org.strategyatlas.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV injection (OWASP): text that a spreadsheet would run as a formula is written with a leading {@code '} in both
 * the CSV and the XLSX, and never as a formula; real numbers, negative ones included, stay numbers.
 */
class FormulaInjectionTest {

    /** Text cell as given, and as it must be written: the six openers a spreadsheet acts on, then harmless text. */
    private static final List<List<String>> TEXT = List.of(
            List.of("=1+1", "'=1+1"),
            List.of("+1", "'+1"),
            List.of("-1", "'-1"),
            List.of("@SUM(A1)", "'@SUM(A1)"),
            List.of("=HYPERLINK(\"https://example.org\",\"click\")", "'=HYPERLINK(\"https://example.org\",\"click\")"),
            List.of("\t=1+1", "'\t=1+1"),
            List.of("\r=1+1", "'\r=1+1"),
            List.of("a=1+1", "a=1+1"),
            List.of("1+1", "1+1"));

    /** The numbers of each row: a negative decimal, a negative double and a negative whole number. */
    private static final List<List<Object>> NUMBERS = List.of(
            List.of(new BigDecimal("-1"), -2.5, -3L),
            List.of(new BigDecimal("-109000000000"), -0.125, -1L));

    /** A formula element of SpreadsheetML: {@code <f>} or {@code <f t="shared" ...>}. */
    private static final Pattern FORMULA = Pattern.compile("<f[\\s>/]");

    @TempDir
    Path dir;

    @Test
    void csvPrefixesFormulaTextAndKeepsNegativeNumbersPlain() throws IOException {
        Path file = dir.resolve("injection.csv");

        CsvTableWriter.write(file, table());

        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertEquals(TEXT.size(), records.size());
        for (int r = 0; r < TEXT.size(); r++) {
            CSVRecord record = records.get(r);
            List<Object> numbers = NUMBERS.get(r % NUMBERS.size());
            assertEquals(TEXT.get(r).get(1), record.get("text"), "row " + r);
            assertEquals(List.of(plain(numbers.get(0)), plain(numbers.get(1)), plain(numbers.get(2))),
                    List.of(record.get("amount"), record.get("change"), record.get("count")), "row " + r);
        }
    }

    @Test
    void xlsxStoresFormulaTextAsPrefixedTextAndNumbersAsNumbers() throws IOException {
        Path file = dir.resolve("atlas.xlsx");

        XlsxWriter.write(file, List.of(table()), PublishFixtures.meta());

        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Row> rows = workbook.findSheet("injection").orElseThrow().read();
            assertEquals(TEXT.size() + 1, rows.size());
            for (int r = 0; r < TEXT.size(); r++) {
                Row row = rows.get(r + 1);
                List<Object> numbers = NUMBERS.get(r % NUMBERS.size());
                Cell text = row.getCell(0);
                assertEquals(List.of(CellType.STRING, TEXT.get(r).get(1)), List.of(text.getType(), text.asString()),
                        "row " + r);
                for (int c = 0; c < 3; c++) {
                    Cell number = row.getCell(c + 1);
                    assertEquals(CellType.NUMBER, number.getType(), "row " + r + " column " + (c + 1));
                    assertEquals(0, new BigDecimal(plain(numbers.get(c))).compareTo(number.asNumber()),
                            "row " + r + " column " + (c + 1) + ": " + number.asNumber());
                }
            }
        }
        // fastexcel-reader reports a cached value, not whether a cell holds a formula: read the sheet XML
        assertFalse(FORMULA.matcher(sheetXml(file, 2)).find(), "no cell may hold a formula");
    }

    private static Table table() {
        List<Column> columns = List.of(Column.text("text", "free text"),
                Column.decimal("amount", "EUR", "an amount, negative for a cut"),
                Column.decimal("change", "", "a change"),
                Column.integer("count", "persons", "a change in a count"));
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < TEXT.size(); r++) {
            List<Object> numbers = NUMBERS.get(r % NUMBERS.size());
            rows.add(PublishFixtures.row(TEXT.get(r).get(0), numbers.get(0), numbers.get(1), numbers.get(2)));
        }
        return new Table("injection", "Formula-looking text and negative numbers", columns, rows);
    }

    private static String plain(Object number) {
        return CsvTableWriter.plain(new BigDecimal(number.toString()));
    }

    private static String sheetXml(Path xlsx, int sheetNumber) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry entry = zip.getEntry("xl/worksheets/sheet" + sheetNumber + ".xml");
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
