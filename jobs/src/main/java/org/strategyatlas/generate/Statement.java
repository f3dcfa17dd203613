package org.strategyatlas.generate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Qualifier;

/**
 * What one figure states, as ingest checks it against its phrase: bounds, unit (an ISO 4217 code or
 * {@code count}) and qualifier, with the metric whose noun a count is written with.
 */
public record Statement(String metric, BigDecimal low, BigDecimal high, String unit, Qualifier qualifier) {

    private static final Pattern UNIT = Pattern.compile("[A-Z]{3}|" + Figure.COUNT_UNIT);

    public Statement {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        if (!UNIT.matcher(unit).matches()) {
            throw new IllegalArgumentException("unit must be an ISO 4217 code or count, got '" + unit + "'");
        }
        String bad = Figure.boundsProblem(qualifier, low, high);
        if (bad != null) {
            throw new IllegalArgumentException(bad + ": low " + low + ", high " + high);
        }
        checkWhole(low);
        checkWhole(high);
    }

    public boolean isCount() {
        return Figure.COUNT_UNIT.equals(unit);
    }

    /** The bound a phrase with one number states: low, or high for {@code at_most}. */
    BigDecimal single() {
        return low != null ? low : high;
    }

    /** Generated amounts are whole units, so every phrase can state them exactly. */
    private static void checkWhole(BigDecimal value) {
        if (value != null && value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("amounts are whole units, got " + value.toPlainString());
        }
    }
}
