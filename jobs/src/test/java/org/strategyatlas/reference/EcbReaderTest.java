package org.strategyatlas.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

class EcbReaderTest {

    @TempDir
    Path temp;

    @Test
    void averagesAvailableDaysRoundingHalfEven() throws Exception {
        // newest first, a trailing comma on every line, N/A where there is no rate, as in the ECB file
        Path file = Fixtures.write(temp.resolve("eurofxref-hist.csv"), """
                Date,USD,BGN,JPY,
                2024-12-31,1.1,N/A,160,
                2024-01-02,1.2,1.9558,N/A,
                2023-12-29,1.0000005,N/A,1.0000015,
                """);

        EcbRates rates = EcbReader.read(Fixtures.source(file));

        assertEquals(List.of(
                new AnnualRate("BGN", 2024, new BigDecimal("1.955800"), 1, false),
                // 1.0000015 -> 1.000002 and 1.0000005 -> 1.000000: ties go to the even digit
                new AnnualRate("JPY", 2023, new BigDecimal("1.000002"), 1, false),
                new AnnualRate("JPY", 2024, new BigDecimal("160.000000"), 1, false),
                new AnnualRate("USD", 2023, new BigDecimal("1.000000"), 1, false),
                // (1.1 + 1.2) / 2, with rates in both January and December
                new AnnualRate("USD", 2024, new BigDecimal("1.150000"), 2, true)), rates.rates());
    }

    @Test
    void anUnknownMissingMarkerIsReportedWhereItIs() {
        Path file = Fixtures.write(temp.resolve("eurofxref-hist.csv"), """
                Date,USD,BGN,
                2024-12-31,1.1,n/a,
                2024-12-31,1.1,N/A,
                """);

        InputException e = assertThrows(InputException.class, () -> EcbReader.read(Fixtures.source(file)));

        assertEquals(List.of(
                new InputProblem(file.toString(), 2, 3, "BGN", "n/a", "not a positive rate",
                        Decimals.EXPECTED + " above zero, or N/A when there is no rate"),
                new InputProblem(file.toString(), 3, 1, "Date", "2024-12-31", "second row for this date",
                        "one row per business day")), e.problems());
    }
}
