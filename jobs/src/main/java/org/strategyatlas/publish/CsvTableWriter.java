package org.strategyatlas.publish;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes output tables as spreadsheet-safe CSV: RFC 4180, UTF-8 without BOM, LF line ends, one header row,
 * plain decimals (no exponent, no grouping), and text that a spreadsheet would run as a formula neutralised.
 */
public final class CsvTableWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private CsvTableWriter() {
    }

    /** Writes {@code rows} under {@code header}; cells are String, BigDecimal, Number, Boolean or null. */
    public static void write(Path file, List<String> header, List<? extends List<?>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<?> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells, header " + header.size()
                            + ": " + row);
                }
                for (Object cell : row) {
                    printer.print(cell(cell));
                }
                printer.println();
            }
        }
    }

    /**
     * Writes {@code table} with its column names as the header, after checking every cell against its column
     * type, so a NaN or a mistyped cell fails before the file is opened.
     */
    public static void write(Path file, Table table) throws IOException {
        TableCells.validate(table);
        write(file, table.columnNames(), table.rows());
    }

    /** One record as written, without its line end: the cells formatted by {@link #cell}. */
    public static String line(List<?> cells) {
        return FORMAT.format(cells.stream().map(CsvTableWriter::cell).toArray());
    }

    /** The text of one cell as written. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return plain(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(d + " is not a number a spreadsheet can read; write null (an empty"
                        + " cell) with a status column that says why");
            }
            // Float.toString keeps a float's own shortest digits; widening to double first would add noise
            return plain(new BigDecimal(value instanceof Float f ? Float.toString(f) : Double.toString(d)));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return neutralise(value.toString());
    }

    /** A decimal as plain digits: no exponent, no trailing zeros after the point. */
    public static String plain(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /**
     * Prefixes {@code '} to text a spreadsheet would treat as a formula (starting with =, +, -, @, tab or CR),
     * the OWASP recommendation for CSV injection.
     */
    public static String neutralise(String text) {
        if (!text.isEmpty()) {
            char first = text.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                return "'" + text;
            }
        }
        return text;
    }
}
