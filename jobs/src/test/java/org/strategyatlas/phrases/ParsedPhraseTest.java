package org.strategyatlas.phrases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategyatlas.model.Qualifier;

/** The checks of {@link ParsedPhrase}: bounds that fit the qualifier, a known unit, no noun for money. */
class ParsedPhraseTest {

    @ParameterizedTest(name = "{0}..{1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            5  | 6  | EXACT
            5  |    | APPROX
            5  | 5  | AT_MOST
            5  | 5  | AT_LEAST
            6  | 5  | RANGE
            5  | 5  | RANGE
            -5 | -5 | EXACT
            """)
    void boundsMustFitTheQualifier(BigDecimal low, BigDecimal high, Qualifier qualifier) {
        assertThrows(IllegalArgumentException.class,
                () -> new ParsedPhrase(low, high, "EUR", "", BigDecimal.ONE, qualifier));
    }

    @Test
    void theUnitIsACurrencyCodeOrCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ParsedPhrase(BigDecimal.ONE, BigDecimal.ONE, "euros", "", BigDecimal.ONE, Qualifier.EXACT));
        assertEquals("unit must be an ISO 4217 code or count, got 'euros'", e.getMessage());
    }

    @Test
    void moneyHasNoNoun() {
        assertThrows(IllegalArgumentException.class,
                () -> new ParsedPhrase(BigDecimal.ONE, BigDecimal.ONE, "EUR", "jobs", BigDecimal.ONE, Qualifier.EXACT));
    }

    @Test
    void decimalsAreKeptInTheirShortestPlainForm() {
        ParsedPhrase parsed = new ParsedPhrase(new BigDecimal("1.5E+9"), new BigDecimal("1500000000.00"), "EUR", "",
                new BigDecimal("1E+9"), Qualifier.EXACT);
        assertEquals("1500000000", parsed.low().toString());
        assertEquals("1500000000", parsed.high().toString());
        assertEquals("1000000000", parsed.scale().toString());
    }
}
