package org.strategyatlas.publish;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * Checks that every cell of a table fits its column type before any writer opens a file, so CSV, XLSX and the
 * metadata never disagree about what a column holds.
 */
public final class TableCells {

    /** Excel refuses longer text in one cell; LibreOffice truncates it silently. */
    static final int MAX_TEXT_LENGTH = 32_767;

    private TableCells() {
    }

    /**
     * Throws {@link IllegalArgumentException} naming the table, row, column and value of the first cell that
     * does not fit: text in TEXT, Long/Integer in INTEGER, Double/BigDecimal/whole numbers in DECIMAL, Boolean
     * in BOOLEAN; null (empty) fits everywhere; a double must be finite.
     */
    public static void validate(Table table) {
        List<Column> columns = table.columns();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                check(table.name(), r, columns.get(c), row.get(c));
            }
        }
    }

    private static void check(String table, int row, Column column, Object value) {
        if (value == null) {
            return;
        }
        if (!fits(column.type(), value)) {
            throw new IllegalArgumentException(where(table, row, column) + ": " + describe(value)
                    + " does not fit column type " + column.type() + "; convert it when building the table or change"
                    + " the column type");
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            throw new IllegalArgumentException(where(table, row, column) + ": " + d + " cannot be published; use"
                    + " null (an empty cell) and say why in a status column");
        }
        if (value instanceof String s) {
            checkText(s, where(table, row, column));
        }
    }

    private static void checkText(String text, String where) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: text of %,d characters is longer"
                    + " than a spreadsheet cell holds (%,d); shorten it or publish it elsewhere",
                    where, text.length(), MAX_TEXT_LENGTH));
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            // XML 1.0 cannot carry these, so the XLSX writer would drop them and disagree with the CSV
            if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0xFFFE || ch == 0xFFFF) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: control character U+%04X at"
                        + " position %d; remove it (or replace it with a space) when building the table", where,
                        (int) ch, i + 1));
            }
        }
    }

    private static boolean fits(ColumnType type, Object value) {
        return switch (type) {
            case TEXT -> value instanceof String;
            case INTEGER -> isWhole(value);
            // Float is refused: its binary noise (0.1f = 0.100000001...) would leak into published digits
            case DECIMAL -> isWhole(value) || value instanceof Double || value instanceof BigDecimal;
            case BOOLEAN -> value instanceof Boolean;
        };
    }

    private static boolean isWhole(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger;
    }

    private static String where(String table, int row, Column column) {
        // row 1 is the first data row, as a user sees it below the header
        return String.format(Locale.ROOT, "table %s, row %,d, column %s", table, row + 1, column.name());
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return value.getClass().getSimpleName() + " '" + shown + "'";
    }
}
