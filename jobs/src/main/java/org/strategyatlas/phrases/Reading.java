package org.strategyatlas.phrases;

import java.math.BigDecimal;
import org.strategyatlas.model.Qualifier;

/**
 * A number as written before any scale word: its bounds (equal for one value, 2..9 units for "dozens"), the unit
 * it counts in ({@code 10} for {@code dizaine}, {@code 1} for digits) and what the words imply about precision.
 */
record Reading(BigDecimal low, BigDecimal high, BigDecimal unit, Qualifier implied) {

    static Reading exact(BigDecimal value) {
        return new Reading(value, value, BigDecimal.ONE, Qualifier.EXACT);
    }

    /** "Several" or plural units ({@code plusieurs dizaines}, {@code hundreds of}): 2 to 9 units. */
    static Reading several(BigDecimal unit) {
        return new Reading(unit.multiply(BigDecimal.valueOf(2)), unit.multiply(BigDecimal.valueOf(9)), unit,
                Qualifier.RANGE);
    }

    boolean isRange() {
        return implied == Qualifier.RANGE;
    }

    Reading times(BigDecimal factor) {
        return new Reading(low.multiply(factor), high.multiply(factor), unit.multiply(factor), implied);
    }
}
