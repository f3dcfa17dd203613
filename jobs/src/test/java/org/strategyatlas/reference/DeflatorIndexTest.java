package org.strategyatlas.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DeflatorIndexTest {

    @Test
    void changesAloneChainFrom100InTheFirstYearFromTheStart() {
        // 1999 and 2000 changes link to years before the base; 2001: 100 x 1.025; 2002: 102.5 x 1.03 = 105.575
        SortedMap<Integer, BigDecimal> index = DeflatorIndex.chain(map(),
                map(1999, "7", 2000, "5", 2001, "2.5", 2002, "3"), 2000);

        assertEquals(map(2000, "100", 2001, "102.5", 2002, "105.575"), index);
    }

    @Test
    void aGapEndsTheChainAndTheLatestRunIsKept() {
        // 2002 is missing: 2000-2001 cannot be linked to 2003-2004, so the run reaching the latest year wins
        SortedMap<Integer, BigDecimal> index = DeflatorIndex.chain(map(),
                map(2000, "1", 2001, "2", 2003, "3", 2004, "10"), 2000);

        assertEquals(map(2003, "100", 2004, "110"), index);
    }

    @Test
    void aPublishedLevelIsKeptAndExtendedUntilTheFirstMissingChange() {
        // 2018: 100 x 1.1 = 110; 2019: 110 x 1.1 = 121; 2020 missing, so 2021 is not chained
        SortedMap<Integer, BigDecimal> index = DeflatorIndex.chain(map(2016, "90.5", 2017, "100"),
                map(2017, "4", 2018, "10", 2019, "10", 2021, "5"), 2000);

        assertEquals(map(2016, "90.5", 2017, "100", 2018, "110", 2019, "121"), index);
    }

    @Test
    void aFallOfAHundredPercentStopsTheChain() {
        SortedMap<Integer, BigDecimal> index = DeflatorIndex.chain(map(), map(2000, "1", 2001, "-100", 2002, "5"),
                2000);

        assertEquals(map(2000, "100"), index);
    }

    @Test
    void chainedValuesKeepFifteenSignificantDigits() {
        // 100 x (1 + 1/300 %) = 100.00333...; 15 significant digits -> 100.003333333333
        SortedMap<Integer, BigDecimal> index = DeflatorIndex.chain(map(),
                map(2000, "0", 2001, BigDecimal.ONE.divide(BigDecimal.valueOf(300), 30, RoundingMode.HALF_EVEN)
                        .toPlainString()), 2000);

        assertEquals(new BigDecimal("100.003333333333"), index.get(2001));
    }

    @Test
    void changesOnlyBeforeTheFirstYearGiveNoIndex() {
        assertEquals(Map.of(), DeflatorIndex.chain(map(), map(1998, "1", 1999, "2"), 2000));
    }

    private static SortedMap<Integer, BigDecimal> map(Object... yearValue) {
        SortedMap<Integer, BigDecimal> map = new TreeMap<>();
        for (int i = 0; i < yearValue.length; i += 2) {
            map.put((Integer) yearValue[i], new BigDecimal((String) yearValue[i + 1]));
        }
        return map;
    }
}
