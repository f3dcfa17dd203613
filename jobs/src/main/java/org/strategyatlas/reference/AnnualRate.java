package org.strategyatlas.reference;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The annual average of the ECB's daily euro reference rate for one currency: units of {@code currency}
 * per 1 EUR, the mean of {@code observations} daily values, and whether the year is fully covered.
 */
public record AnnualRate(String currency, int year, BigDecimal value, int observations, boolean complete)
        implements Serializable {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public AnnualRate {
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, got '" + currency + "'");
        }
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive, got " + value + " for " + currency
                    + " " + year);
        }
        if (observations < 1) {
            throw new IllegalArgumentException("an annual rate needs at least one observation, got "
                    + observations + " for " + currency + " " + year);
        }
    }
}
