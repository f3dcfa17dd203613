package org.strategyatlas.phrases;

import static org.strategyatlas.phrases.PhraseAsserts.assertRefused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phrases that state no amount, or one that cannot be read, and what the error says about each. */
class RejectedPhrasesTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            n/a                          | en | no number in 'n/a'
            ""                           | en | no number in ''
            TBD                          | -  | no number in 'TBD'
            2025                         | en | '2025' looks like a year, not an amount
            2025 AI strategy             | en | '2025' looks like a year
            2021–2025                    | en | '2021' looks like a year
            12%                          | en | '12%' is a percentage
            12 %                         | fr | '12 %' is a percentage
            12 pour cent                 | fr | '12 pour cent' is a percentage
            5 Prozent                    | de | '5 Prozent' is a percentage
            5–10%                        | en | '10%' is a percentage
            百分之十                     | zh | is a percentage
            Proposal 12                  | en | 'Proposal' before the number makes it a label or an ordinal
            Pillar 3 of the strategy     | en | 'Pillar' before the number
            No. 5                        | en | numbers something (a label or an ordinal)
            n° 5                         | fr | numbers something
            12th                         | en | '12th' is an ordinal
            2e                           | fr | '2e' is an ordinal
            1º                           | es | '1º' is an ordinal
            3. Platz                     | de | '3.' is a German ordinal
            第3                          | zh | numbers something
            제3                          | ko | numbers something
            12/03/2025                   | en | '12/03/2025' looks like a date
            2025-03-12                   | en | '2025-03-12' looks like a date
            2025-03                      | en | '2025-03' looks like a date
            12.03.2025                   | de | '12.03.2025' looks like a date
            3 March 2025                 | en | looks like a date
            12 mars 2025                 | fr | looks like a date
            March 3                      | en | looks like a date
            2025年                       | zh | looks like a date
            3月12日                      | ja | looks like a date
            10:30                        | en | '10:30' looks like a time
            +33 1 23 45 67 89            | fr | looks like a phone number
            (555) 123-4567               | en | looks like a phone number
            020 7946 0958                | en | looks like a phone number
            ¥5 billion                   | -  | ambiguous ¥
            5G networks                  | en | '5G' reads as a name or code
            between €30                  | en | has no second bound
            more than 10–20 million      | en | bounds a range with 'at_least'
            50–30 million                | en | is not a range from a lower to a higher amount
            "1,23,4"                     | en | neither thousands (1,234,567) nor Indian lakhs
            "1.234,567.8"                | en | mixes commas and dots
            $5 billion euros             | en | names two currencies, USD and EUR
            more than about 5 million    | en | two qualifiers that disagree: at_least and approx
            "1,5 chercheurs"             | fr | counts a fraction of a thing
            """)
    void refused(String phrase, String language, String reason) {
        assertRefused(phrase, language, reason);
    }
}
