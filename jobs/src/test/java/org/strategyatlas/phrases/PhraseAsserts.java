package org.strategyatlas.phrases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.strategyatlas.publish.CsvTableWriter;

/** Compares a parsed phrase with a rule-table row as one line of text, so a failure shows every field at once. */
final class PhraseAsserts {

    private PhraseAsserts() {
    }

    /** Empty or null {@code low}, {@code high} and {@code noun} cells mean none. */
    static void assertReads(String phrase, String language, String low, String high, String unit, String qualifier,
                            String noun) throws PhraseException {
        ParsedPhrase parsed = PhraseParser.parse(phrase, language);
        String expected = line(decimal(low), decimal(high), unit, qualifier, noun == null ? "" : noun);
        String actual = line(parsed.low(), parsed.high(), parsed.unit(), parsed.qualifier().code(), parsed.noun());
        assertEquals(expected, actual, () -> "'" + phrase + "' read as " + (language == null ? "no language"
                : language));
    }

    /** The phrase is refused with a message containing {@code reason}. */
    static void assertRefused(String phrase, String language, String reason) {
        PhraseException e = assertThrows(PhraseException.class, () -> PhraseParser.parse(phrase, language),
                () -> "'" + phrase + "' should be refused");
        assertTrue(e.getMessage().contains(reason), () -> "message '" + e.getMessage() + "' lacks '" + reason + "'");
        assertEquals(phrase, e.phrase());
    }

    private static BigDecimal decimal(String cell) {
        return cell == null || cell.isBlank() ? null : new BigDecimal(cell.strip());
    }

    private static String line(BigDecimal low, BigDecimal high, String unit, String qualifier, String noun) {
        return text(low) + " | " + text(high) + " | " + unit + " | " + qualifier + " | " + noun;
    }

    private static String text(BigDecimal value) {
        return value == null ? "-" : CsvTableWriter.plain(value);
    }
}
