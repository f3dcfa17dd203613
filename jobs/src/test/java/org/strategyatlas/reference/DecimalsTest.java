package org.strategyatlas.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.79                 | 1.79
            0.923889546117607    | 0.923889546117607
            1450935791           | 1450935791
            -2.74846726711075E-07| -0.000000274846726711075
            2.86684433333333E-08 | 0.0000000286684433333333
            1.5e+3               | 1500
            1.790                | 1.790
            """)
    void sourceDigitsAreKeptWithoutExponent(String source, String written) {
        assertEquals(written, Decimals.parse(source).map(Decimals::plain).orElse("rejected"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "n/a", "N/A", "1,234", "1 234", " 12", "12 ", "+3", "1.", "1e", "0x1F", "1E+999",
        "NaN", "Infinity", "١٢"})
    void anythingElseIsRejected(String text) {
        assertEquals(Optional.empty(), Decimals.parse(text));
    }
}
