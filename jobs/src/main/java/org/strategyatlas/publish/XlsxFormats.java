package org.strategyatlas.publish;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * Chooses a column's Excel number format from its type and unit, and its width from what it will display; the
 * rules are listed on {@link XlsxWriter}.
 */
final class XlsxFormats {

    static final String WHOLE = "#,##0";
    static final String YEAR = "0";
    static final String MONEY = "#,##0";
    static final String MONEY_PER_HEAD = "#,##0.00";
    static final String SHARE = "0.000000";
    static final String DECIMAL = "#,##0.00";

    static final double MIN_WIDTH = 8;
    static final double MAX_WIDTH = 60;

    private XlsxFormats() {
    }

    /** The number format for a numeric column, or null for TEXT and BOOLEAN columns, which are written as text. */
    static String numberFormat(Column column) {
        String unit = column.unit().toLowerCase(Locale.ROOT);
        return switch (column.type()) {
            case TEXT, BOOLEAN -> null;
            // "2,024" reads as a quantity, not a year
            case INTEGER -> isYear(column.name()) ? YEAR : WHOLE;
            // shares of GDP are tiny (a programme is often 0.001 % of GDP), so they need fixed decimals
            case DECIMAL -> unit.contains("%") || unit.contains("percent") ? SHARE
                    : isMoney(unit) && isPerHead(unit) ? MONEY_PER_HEAD
                    : isMoney(unit) ? MONEY
                    : DECIMAL;
        };
    }

    private static boolean isYear(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("year") || lower.endsWith("_year") || lower.startsWith("year_");
    }

    /** US$, int-$, "international $ (PPP)", EUR and €: every money unit the normaliser states. */
    private static boolean isMoney(String unit) {
        return unit.contains("$") || unit.contains("usd") || unit.contains("eur") || unit.contains("\u20ac");
    }

    /** Per-head amounts are small enough that cents matter; "per year of the plan" amounts are not. */
    private static boolean isPerHead(String unit) {
        return unit.contains("per inhabitant") || unit.contains("per person") || unit.contains("per capita")
                || unit.contains("per head");
    }

    /**
     * A width in characters wide enough for the header (plus the filter button) and the longest displayed cell,
     * kept between {@link #MIN_WIDTH} and {@link #MAX_WIDTH} so one long note does not push the table off screen.
     */
    static double width(Column column, List<List<Object>> rows, int index) {
        String format = numberFormat(column);
        // DecimalFormat understands the same "#,##0.00" patterns, so it predicts the displayed length
        DecimalFormat display = format == null ? null : new DecimalFormat(format, DecimalFormatSymbols.getInstance(
                Locale.ROOT));
        int longest = column.name().length() + 3;
        for (List<Object> row : rows) {
            Object cell = row.get(index);
            longest = Math.max(longest, displayed(cell, display).length());
        }
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    }

    private static String displayed(Object cell, DecimalFormat display) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number number && display != null) {
            return display.format(new BigDecimal(CsvTableWriter.cell(number)));
        }
        return CsvTableWriter.cell(cell);
    }
}
