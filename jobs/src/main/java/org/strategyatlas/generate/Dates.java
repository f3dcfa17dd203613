package org.strategyatlas.generate;

import java.time.YearMonth;
import java.util.SplittableRandom;
import org.strategyatlas.model.PartialDate;

/** Dates as sources give them: a year, a month or a day, never more precise than the source. */
final class Dates {

    private Dates() {
    }

    /** A date in {@code year}: a quarter of them the year alone, a third to the month, the rest to the day. */
    static PartialDate partial(int year, SplittableRandom random) {
        int precision = random.nextInt(12);
        if (precision < 3) {
            return new PartialDate(year, null, null);
        }
        int month = 1 + random.nextInt(12);
        if (precision < 7) {
            return new PartialDate(year, month, null);
        }
        return new PartialDate(year, month, 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth()));
    }
}
