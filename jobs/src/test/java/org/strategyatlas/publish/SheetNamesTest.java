package org.strategyatlas.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void shortNamesAreKept() {
        assertEquals(List.of("initiatives", "figures"), SheetNames.assign(List.of("initiatives", "figures"),
                List.of("About")));
    }

    @Test
    void longNamesAreCutTo31Characters() {
        assertEquals(List.of("constant_usd_by_economy_and_yea"),
                SheetNames.assign(List.of("constant_usd_by_economy_and_year_2024"), List.of()));
    }

    @Test
    void namesThatClashAfterCuttingGetANumberedSuffix() {
        List<String> names = SheetNames.assign(List.of("constant_usd_by_economy_and_year_2023",
                "constant_usd_by_economy_and_year_2024", "CONSTANT_USD_BY_ECONOMY_AND_YEAR_2025"), List.of());

        assertEquals(List.of("constant_usd_by_economy_and_yea", "constant_usd_by_economy_and_y~2",
                "CONSTANT_USD_BY_ECONOMY_AND_Y~3"), names);
    }

    @Test
    void reservedAndTakenNamesAreAvoidedIgnoringCase() {
        assertEquals(List.of("about~2", "History~2"), SheetNames.assign(List.of("about", "History"),
                List.of("About")));
    }

    @Test
    void charactersExcelRefusesAreReplaced() {
        assertEquals(List.of("a_b_c_d_e_f_g_h", "quoted", "Sheet"),
                SheetNames.assign(List.of("a[b]c:d*e?f/g\\h", "'quoted'", "  "), List.of()));
    }
}
