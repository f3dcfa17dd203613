package org.strategyatlas.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.ColumnType;

/**
 * How table cells read in the report and on the index page: numbers with {@code Locale.ROOT} thousands
 * separators ("1,234.5"), whatever the machine's locale; empty cells as "".
 */
final class CellText {

    private static final BigDecimal SMALL = new BigDecimal("0.0000005");

    private CellText() {
    }

    /**
     * A cell of {@code column} as the workbook shows it: years ungrouped (2024); shares of GDP with six decimals;
     * money in whole units, or with cents per inhabitant; other numbers as {@link #of(Object)}.
     */
    static String of(Object cell, Column column) {
        if (!(cell instanceof Number number)) {
            return of(cell);
        }
        String name = column.name().toLowerCase(Locale.ROOT);
        String unit = column.unit().toLowerCase(Locale.ROOT);
        boolean money = unit.contains("$") || unit.contains("usd") || unit.contains("eur") || unit.contains("\u20ac");
        boolean perHead = unit.contains("per inhabitant") || unit.contains("per person") || unit.contains("per capita")
                || unit.contains("per head");
        if (column.type() == ColumnType.INTEGER) {
            boolean year = name.equals("year") || name.endsWith("_year") || name.startsWith("year_");
            return year ? Long.toString(number.longValue()) : of(cell);
        }
        if (column.type() != ColumnType.DECIMAL) {
            return of(cell);
        }
        if (unit.contains("%") || unit.contains("percent")) {
            return fixed(cell, BigDecimal.ONE, 6);
        }
        return money ? fixed(cell, BigDecimal.ONE, perHead ? 2 : 0) : of(cell);
    }

    /** A cell as shown: integers grouped, decimals grouped with up to six fraction digits (tinier
     * ones in full), booleans yes/no. */
    static String of(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Long || cell instanceof Integer || cell instanceof Short || cell instanceof Byte) {
            return format("#,##0").format(((Number) cell).longValue());
        }
        if (cell instanceof Number number) {
            // a value too small for six fraction digits keeps all its digits rather than reading 0
            return decimal(number).map(d -> d.signum() != 0 && d.abs().compareTo(SMALL) < 0
                    ? d.stripTrailingZeros().toPlainString() : format("#,##0.######").format(d)).orElse("");
        }
        if (cell instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return cell.toString();
    }

    /**
     * A number divided by {@code divisor} with exactly {@code decimals} fraction digits ("1,234.50"); a value
     * that is not zero but rounds to zero reads "<0.001" (or ">-0.001"), so a small share never shows as 0.
     */
    static String fixed(Object cell, BigDecimal divisor, int decimals) {
        if (!(cell instanceof Number number)) {
            return of(cell);
        }
        return decimal(number).map(d -> {
            BigDecimal scaled = d.divide(divisor, MathContext.DECIMAL64);
            if (scaled.signum() != 0 && scaled.setScale(decimals, RoundingMode.HALF_UP).signum() == 0) {
                return (scaled.signum() > 0 ? "<" : ">-") + BigDecimal.ONE.movePointLeft(decimals).toPlainString();
            }
            return format("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "")).format(scaled);
        }).orElse("");
    }

    private static Optional<BigDecimal> decimal(Number number) {
        if (number instanceof BigDecimal d) {
            return Optional.of(d);
        }
        double value = number.doubleValue();
        // NaN and infinities are rejected before publishing; shown as empty should one slip through
        return Double.isFinite(value) ? Optional.of(new BigDecimal(Double.toString(value))) : Optional.empty();
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
