package org.strategyatlas.reference;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Strict reading of the decimal numbers the World Bank and the ECB publish, and their plain writing. */
final class Decimals {

    /** What a problem message says a value should look like. */
    static final String EXPECTED = "a decimal number with a dot, e.g. 1234.5 or 2.87E-08 (no thousands separators)";

    // WDI writes very small values in exponent form (2.86684433333333E-08); nothing else is accepted,
    // so "1,234", "n/a" or " 12" is reported rather than guessed at.
    private static final Pattern NUMBER = Pattern.compile("-?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:[eE][-+]?\\d{1,3})?");
    private static final int MAX_SCALE = 60;

    private Decimals() {
    }

    /** The number {@code text} denotes, or empty when it is not a plain or exponent-form decimal. */
    static Optional<BigDecimal> parse(String text) {
        if (text == null || !NUMBER.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text);
        // An exponent such as E+999 would write out as a thousand digits; no real series needs that.
        if (Math.abs(value.scale()) > MAX_SCALE) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** The value as the output files write it: the source's digits, never an exponent. */
    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
