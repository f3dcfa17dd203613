package org.strategyatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({"2025, 2025, , ", "2025-02, 2025, 2, ", "2024-02-29, 2024, 2, 29"})
    void keepsOnlyThePrecisionGiven(String text, int year, Integer month, Integer day) {
        PartialDate date = PartialDate.parse(text).orElseThrow();
        assertEquals(new PartialDate(year, month, day), date);
        assertEquals(text, date.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2023-02-29", "2025-13", "25-02-09", "2025/02/09", "09/02/2025", "2025-2",
        "", "2025-02-09T10:00"})
    void rejectsWhatIsNotAnIsoDate(String text) {
        assertEquals(Optional.empty(), PartialDate.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"2024, 2024-01", "2024-12, 2025", "2025-02-09, 2025-02-10"})
    void ordersByYearThenMonthThenDay(String earlier, String later) {
        assertTrue(PartialDate.parse(earlier).orElseThrow().compareTo(PartialDate.parse(later).orElseThrow()) < 0);
    }
}
