package org.strategyatlas.phrases;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.strategyatlas.model.Qualifier;

/**
 * An amount read from a phrase: its bounds, its unit (an ISO 4217 code for money, {@code count} for a number of
 * things, with the counted noun), the multiplier its scale word applied and how the words bound the true value.
 *
 * <p>Bounds follow the qualifier: {@code exact} and {@code approx} have {@code low == high}; {@code at_least} has
 * no high, {@code at_most} no low; {@code range} has {@code low < high}. Decimals are kept in their shortest plain
 * form ({@code 1.5E+9} is stored as {@code 1500000000}).
 */
public record ParsedPhrase(BigDecimal low, BigDecimal high, String unit, String noun, BigDecimal scale,
                           Qualifier qualifier) {

    /** The unit of a number of things (people, institutes, GPUs) rather than money. */
    public static final String COUNT = "count";

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public ParsedPhrase {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(qualifier, "qualifier");
        if (!unit.equals(COUNT) && !CURRENCY.matcher(unit).matches()) {
            throw new IllegalArgumentException("unit must be an ISO 4217 code or " + COUNT + ", got '" + unit + "'");
        }
        if (!unit.equals(COUNT) && !noun.isEmpty()) {
            throw new IllegalArgumentException("money has no counted noun, got '" + noun + "' for " + unit);
        }
        if (scale.signum() <= 0) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
        low = plain(low);
        high = plain(high);
        scale = plain(scale);
        checkBounds(low, high, qualifier);
    }

    /** Whether this is an amount of money. */
    public boolean isMoney() {
        return !unit.equals(COUNT);
    }

    private static void checkBounds(BigDecimal low, BigDecimal high, Qualifier qualifier) {
        if ((low != null && low.signum() < 0) || (high != null && high.signum() < 0)) {
            throw new IllegalArgumentException("amounts are not negative, got " + low + ".." + high);
        }
        boolean ok = switch (qualifier) {
            case EXACT, APPROX -> low != null && high != null && low.compareTo(high) == 0;
            case AT_LEAST -> low != null && high == null;
            case AT_MOST -> low == null && high != null;
            case RANGE -> low != null && high != null && low.compareTo(high) < 0;
        };
        if (!ok) {
            throw new IllegalArgumentException("bounds " + low + ".." + high + " do not fit qualifier "
                    + qualifier.code() + " (exact/approx: low = high; at_least: no high; at_most: no low;"
                    + " range: low < high)");
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
