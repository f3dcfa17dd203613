package org.strategyatlas.phrases;

import java.math.BigDecimal;
import org.strategyatlas.model.Qualifier;

/**
 * One amount as read, before qualifiers and ranges are resolved: bounds with the scale applied, the multiplier,
 * whether a scale word was written, what the number words imply, the currency next to it (null if none) and the
 * digits as written (null for number words).
 */
record Amount(BigDecimal low, BigDecimal high, BigDecimal scale, boolean scaleWord, Qualifier implied,
              String currency, NumberReader.RawNumber digits) {

    boolean isRange() {
        return implied == Qualifier.RANGE;
    }

    /** Written like a year: four bare digits from 1900 to 2100, with no scale word or currency. */
    boolean yearLike() {
        return digits != null && !digits.marked() && digits.text().length() == 4 && !scaleWord && currency == null
                && low.intValue() >= 1900 && low.intValue() <= 2100;
    }
}
