package org.strategyatlas.reference;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

/** One value of one indicator for one economy and year, exactly as the source gives it. */
record Observation(String economy, int year, BigDecimal value) {

    /** The order of every indicator output file: by economy, then year. */
    static final Comparator<Observation> ORDER =
            Comparator.comparing(Observation::economy).thenComparingInt(Observation::year);

    Observation {
        if (!Economy.isValidCode(economy)) {
            throw new IllegalArgumentException("not an economy code: '" + economy + "'");
        }
        Objects.requireNonNull(value, "value");
    }
}
