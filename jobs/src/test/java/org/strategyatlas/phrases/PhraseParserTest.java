package org.strategyatlas.phrases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategyatlas.phrases.PhraseAsserts.assertReads;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language-dependent rules, the scale reported and the handling of language tags. */
class PhraseParserTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            billion euros, English billion      | en    | 1000000000    | EUR
            billion euros, French billion       | fr    | 1000000000000 | EUR
            billion euros, no language: English | -     | 1000000000    | EUR
            billion euros, region subtag        | fr-CA | 1000000000000 | EUR
            billion euros, unsupported language | nl    | 1000000000    | EUR
            ¥ billion in Japanese               | ja    | 1000000000    | JPY
            ¥ billion in Chinese                | zh-CN | 1000000000    | CNY
            ¥ billion in English                | en    | 1000000000    | JPY
            """)
    void theLanguageDecidesAmbiguousWords(String description, String language, String low, String unit)
            throws PhraseException {
        String phrase = description.startsWith("¥") ? "¥1 billion" : "1 billion euros";
        assertReads(phrase, language, low, low, unit, "exact", "");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            "1,234 Mrd. Euro"     | de | 1234000000
            "1,234 Mrd. Euro"     | en | 1234000000000
            "1,234 Mrd. Euro"     | -  | 1234000000000
            1.234 billion dollars | en | 1234000000
            1.234 milliards       | fr | 1234000000000
            "1,234 euros"         | fr | 1234
            1.234 euros           | en | 1234
            "0,125 Mrd. Euro"     | en | 125000000
            "1234,567 euros"      | en | 1234.567
            """)
    void aThreeDigitGroupIsDecimalOnlyBeforeAScaleWordWithTheLanguagesDecimalMark(String phrase, String language,
                                                                                  String low) throws PhraseException {
        ParsedPhrase parsed = PhraseParser.parse(phrase, language);
        assertEquals(new BigDecimal(low), parsed.low());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            €109bn                           | 1000000000
            Rs 10,371.92 crore               | 10000000
            200 万人                         | 10000
            1兆2000億円                      | 1000000000000
            plusieurs dizaines de dirigeants | 10
            des centaines de millions        | 100000000
            un millier de chercheurs         | 1000
            65 participants                  | 1
            """)
    void theScaleIsTheMultiplierAppliedToTheWrittenNumber(String phrase, String scale) throws PhraseException {
        assertEquals(new BigDecimal(scale), PhraseParser.parse(phrase, null).scale());
    }

    @Test
    void typographicApostrophesDashesAndSpacesReadLikeAsciiOnes() throws PhraseException {
        assertEquals(PhraseParser.parse("plus d'un millier de chercheurs", "fr"),
                PhraseParser.parse("plus d\u2019un millier de chercheurs", "fr"));
        assertEquals(PhraseParser.parse("10-20 million", "en"), PhraseParser.parse("10\u201420 million", "en"));
        assertEquals(PhraseParser.parse("1 234,5 euros", "fr"), PhraseParser.parse("1\u202F234,5 euros", "fr"));
    }

    @Test
    void moneyHasNoNounAndCountsKeepTheirs() throws PhraseException {
        assertTrue(PhraseParser.parse("€20 billion per year", "en").isMoney());
        assertEquals("", PhraseParser.parse("€20 billion per year", "en").noun());
        assertFalse(PhraseParser.parse("65 participants", "en").isMoney());
        assertEquals(ParsedPhrase.COUNT, PhraseParser.parse("65 participants", "en").unit());
    }

    @Test
    void aMalformedLanguageTagIsAnArgumentErrorNotAPhraseError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhraseParser.parse("€5bn", "french!"));
        assertEquals("'french!' is not a language tag; use a BCP 47 tag such as en, fr or zh-CN", e.getMessage());
    }

    @Test
    void knowsTheNineLanguagesWithAnyRegion() {
        for (String tag : new String[] {"en", "fr", "de", "es", "it", "pt-BR", "zh-Hans-CN", "ja", "KO"}) {
            assertTrue(PhraseParser.knowsLanguage(tag), tag);
        }
        assertFalse(PhraseParser.knowsLanguage("nl"));
        assertFalse(PhraseParser.knowsLanguage(null));
    }
}
