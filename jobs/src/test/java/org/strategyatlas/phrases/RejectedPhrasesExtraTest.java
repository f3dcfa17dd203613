package org.strategyatlas.phrases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inputs the fuzz tests read wrongly before: two numbers in a row, and input far longer than a phrase. */
class RejectedPhrasesExtraTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            €5 6 million    | a second number '6' follows the amount in '€5 6 million'; a phrase states one amount (group digits with 3 per group)
            5 6 researchers | a second number '6' follows the amount in '5 6 researchers'; a phrase states one amount (group digits with 3 per group)
            """)
    void twoNumbersInARowAreRefused(String phrase, String reason) {
        PhraseException e = assertThrows(PhraseException.class, () -> PhraseParser.parse(phrase, "en"));
        assertEquals(reason, e.reason());
    }

    @Test
    void aNameStartingWithADigitIsANoun() throws PhraseException {
        ParsedPhrase p = PhraseParser.parse("4 3IA institutes", "en");
        assertEquals("4", p.low().toPlainString());
        assertEquals("3IA institutes", p.noun());
    }

    @Test
    void inputLongerThanAPhraseIsRefusedAtOnce() {
        String digits = "9".repeat(100_000) + " euros";
        PhraseException e = assertThrows(PhraseException.class, () -> PhraseParser.parse(digits, "en"));
        assertEquals("phrase of 100006 characters is longer than 500; give the figure's own words, not the sentence"
                + " around it", e.reason());
    }
}
