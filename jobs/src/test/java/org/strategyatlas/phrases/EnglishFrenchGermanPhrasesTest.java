package org.strategyatlas.phrases;

import static org.strategyatlas.phrases.PhraseAsserts.assertReads;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule tables for English, French and German: one row per real-world way of writing an amount. */
class EnglishFrenchGermanPhrasesTest {

    @ParameterizedTest(name = "en: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            €109bn                            | 109000000000   | 109000000000   | EUR   | exact    |
            €1.2bn                            | 1200000000     | 1200000000     | EUR   | exact    |
            109 billion euros                 | 109000000000   | 109000000000   | EUR   | exact    |
            20-billion-euro                   | 20000000000    | 20000000000    | EUR   | exact    |
            €20 billion per year              | 20000000000    | 20000000000    | EUR   | exact    |
            an additional €2 billion          | 2000000000     | 2000000000     | EUR   | exact    |
            Rs 10,371.92 crore                | 103719200000   | 103719200000   | INR   | exact    |
            over Rs 10,300 crore              | 103000000000   |                | INR   | at_least |
            ₹5 lakh                           | 500000         | 500000         | INR   | exact    |
            Rs 1 lakh crore                   | 1000000000000  | 1000000000000  | INR   | exact    |
            "10,00,000 rupees"                | 1000000        | 1000000        | INR   | exact    |
            KRW 65 trillion                   | 65000000000000 | 65000000000000 | KRW   | exact    |
            65 trillion won                   | 65000000000000 | 65000000000000 | KRW   | exact    |
            16.07617 trillion won             | 16076170000000 | 16076170000000 | KRW   | exact    |
            60.06 billion yuan                | 60060000000    | 60060000000    | CNY   | exact    |
            more than ¥10 trillion            | 10000000000000 |                | JPY   | at_least |
            up to $100 billion                |                | 100000000000   | USD   | at_most  |
            more than $100 billion            | 100000000000   |                | USD   | at_least |
            between €30 and €50 billion       | 30000000000    | 50000000000    | EUR   | range    |
            between $5 billion and $10 billion| 5000000000     | 10000000000    | USD   | range    |
            €30–50bn                          | 30000000000    | 50000000000    | EUR   | range    |
            10–20 million people              | 10000000       | 20000000       | count | range    | people
            from 40,000 to 100,000 jobs       | 40000          | 100000         | count | range    | jobs
            between 1.5 and 2 million people  | 1500000        | 2000000        | count | range    | people
            US$65 billion                     | 65000000000    | 65000000000    | USD   | exact    |
            C$2 billion                       | 2000000000     | 2000000000     | CAD   | exact    |
            A$1.2 billion                     | 1200000000     | 1200000000     | AUD   | exact    |
            more than S$1 billion             | 1000000000     |                | SGD   | at_least |
            £500m                             | 500000000      | 500000000      | GBP   | exact    |
            £1.3bn                            | 1300000000     | 1300000000     | GBP   | exact    |
            over $743M                        | 743000000      |                | USD   | at_least |
            "1,234 researchers"               | 1234           | 1234           | count | exact    | researchers
            "1,500 million euros"             | 1500000000     | 1500000000     | EUR   | exact    |
            1.234 billion dollars             | 1234000000     | 1234000000     | USD   | exact    |
            a dozen countries                 | 12             | 12             | count | approx   | countries
            dozens of countries               | 24             | 108            | count | range    | countries
            several dozen countries           | 24             | 108            | count | range    | countries
            hundreds of researchers           | 200            | 900            | count | range    | researchers
            hundreds of millions of dollars   | 200000000      | 900000000      | USD   | range    |
            tens of thousands of jobs         | 20000          | 90000          | count | range    | jobs
            Sixty-three representatives       | 63             | 63             | count | exact    | representatives
            four AI gigafactories             | 4              | 4              | count | exact    | AI gigafactories
            a billion dollars                 | 1000000000     | 1000000000     | USD   | exact    |
            nearly €5bn                       | 5000000000     | 5000000000     | EUR   | approx   |
            ~€5bn                             | 5000000000     | 5000000000     | EUR   | approx   |
            "about 4,500"                     | 4500           | 4500           | count | approx   |
            some 500 researchers              | 500            | 500            | count | approx   | researchers
            at least 100 new professorships   | 100            |                | count | at_least | new professorships
            "1,000+ researchers"              | 1000           |                | count | at_least | researchers
            "from 40,000"                     | 40000          | 40000          | count | exact    |
            4 3IA institutes                  | 4              | 4              | count | exact    | 3IA institutes
            more than 2000 researchers        | 2000           |                | count | at_least | researchers
            "2,025 participants"              | 2025           | 2025           | count | exact    | participants
            $50k                              | 50000          | 50000          | USD   | exact    |
            €1tn                              | 1000000000000  | 1000000000000  | EUR   | exact    |
            5 thousand jobs                   | 5000           | 5000           | count | exact    | jobs
            "€1,234.5 million"                | 1234500000     | 1234500000     | EUR   | exact    |
            EUR 5 million                     | 5000000        | 5000000        | EUR   | exact    |
            5 billion USD                     | 5000000000     | 5000000000     | USD   | exact    |
            """)
    void english(String phrase, String low, String high, String unit, String qualifier, String noun)
            throws PhraseException {
        assertReads(phrase, "en", low, high, unit, qualifier, noun);
    }

    @ParameterizedTest(name = "fr: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            109 milliards d’euros                  | 109000000000  | 109000000000  | EUR   | exact    |
            109 milliards d'euros                  | 109000000000  | 109000000000  | EUR   | exact    |
            "1,5 Md€"                              | 1500000000    | 1500000000    | EUR   | exact    |
            "2,5 Mds €"                            | 2500000000    | 2500000000    | EUR   | exact    |
            300 M€                                 | 300000000     | 300000000     | EUR   | exact    |
            1 billion d’euros                      | 1000000000000 | 1000000000000 | EUR   | exact    |
            mille milliards d'euros                | 1000000000000 | 1000000000000 | EUR   | exact    |
            plus d’un millier de chercheurs        | 1000          |               | count | at_least | chercheurs
            plusieurs dizaines de dirigeants       | 20            | 90            | count | range    | dirigeants
            un millier de chercheurs               | 1000          | 1000          | count | approx   | chercheurs
            une dizaine de pays                    | 10            | 10            | count | approx   | pays
            une vingtaine de startups              | 20            | 20            | count | approx   | startups
            des centaines de millions d’euros      | 200000000     | 900000000     | EUR   | range    |
            plusieurs milliards d'euros            | 2000000000    | 9000000000    | EUR   | range    |
            "1 234,5 euros"                        | 1234.5        | 1234.5        | EUR   | exact    |
            "1\u00A0234,5 euros"                   | 1234.5        | 1234.5        | EUR   | exact    |
            "1\u202F234,5 euros"                   | 1234.5        | 1234.5        | EUR   | exact    |
            10 000 chercheurs                      | 10000         | 10000         | count | exact    | chercheurs
            "1,234 chercheurs"                     | 1234          | 1234          | count | exact    | chercheurs
            "1,234 milliard d'euros"               | 1234000000    | 1234000000    | EUR   | exact    |
            plus de 2 millions de personnes        | 2000000       |               | count | at_least | personnes
            jusqu’à 5 milliards d’euros            |               | 5000000000    | EUR   | at_most  |
            environ 500 chercheurs                 | 500           | 500           | count | approx   | chercheurs
            près de 300 millions d'euros           | 300000000     | 300000000     | EUR   | approx   |
            au moins 100 chercheurs                | 100           |               | count | at_least | chercheurs
            moins de 50 pays                       |               | 50            | count | at_most  | pays
            de 30 à 50 milliards d'euros           | 30000000000   | 50000000000   | EUR   | range    |
            entre 30 et 50 milliards d’euros       | 30000000000   | 50000000000   | EUR   | range    |
            deux millions de personnes             | 2000000       | 2000000       | count | exact    | personnes
            trois cents chercheurs                 | 300           | 300           | count | exact    | chercheurs
            "1,5 million de livres sterling"       | 1500000       | 1500000       | GBP   | exact    |
            65 délégués                            | 65            | 65            | count | exact    | délégués
            """)
    void french(String phrase, String low, String high, String unit, String qualifier, String noun)
            throws PhraseException {
        assertReads(phrase, "fr", low, high, unit, qualifier, noun);
    }

    @ParameterizedTest(name = "de: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            5 Mrd. Euro                      | 5000000000    | 5000000000    | EUR   | exact    |
            "1,2 Mrd. €"                     | 1200000000    | 1200000000    | EUR   | exact    |
            "über 1,6 Milliarden Euro"       | 1600000000    |               | EUR   | at_least |
            fast 500 Millionen Euro          | 500000000     | 500000000     | EUR   | approx   |
            bis zu 5 Mrd. Euro               |               | 5000000000    | EUR   | at_most  |
            "1,5 Mio. Euro"                  | 1500000       | 1500000       | EUR   | exact    |
            2 Bio. Euro                      | 2000000000000 | 2000000000000 | EUR   | exact    |
            1 Billion Euro                   | 1000000000000 | 1000000000000 | EUR   | exact    |
            "1.234,5 Euro"                   | 1234.5        | 1234.5        | EUR   | exact    |
            1.234 Euro                       | 1234          | 1234          | EUR   | exact    |
            "1,234 Mrd. Euro"                | 1234000000    | 1234000000    | EUR   | exact    |
            1'234.5 CHF                      | 1234.5        | 1234.5        | CHF   | exact    |
            1’234.5 Franken                  | 1234.5        | 1234.5        | CHF   | exact    |
            300 Mitglieder                   | 300           | 300           | count | exact    | Mitglieder
            150 zusätzliche KI-Professuren   | 150           | 150           | count | exact    | zusätzliche KI-Professuren
            mehr als 1.000 Forscher          | 1000          |               | count | at_least | Forscher
            rund 500 Forscher                | 500           | 500           | count | approx   | Forscher
            etwa 3 Milliarden Euro           | 3000000000    | 3000000000    | EUR   | approx   |
            mindestens 50 Millionen Euro     | 50000000      |               | EUR   | at_least |
            zwischen 5 und 10 Mrd. Euro      | 5000000000    | 10000000000   | EUR   | range    |
            von 5 bis 10 Milliarden Euro     | 5000000000    | 10000000000   | EUR   | range    |
            zwei Milliarden Euro             | 2000000000    | 2000000000    | EUR   | exact    |
            eine Milliarde Euro              | 1000000000    | 1000000000    | EUR   | exact    |
            ein Dutzend Länder               | 12            | 12            | count | approx   | Länder
            mehrere Dutzend Länder           | 24            | 108           | count | range    | Länder
            Tausende Forscher                | 2000          | 9000          | count | range    | Forscher
            5 Mrd. US-Dollar                 | 5000000000    | 5000000000    | USD   | exact    |
            """)
    void german(String phrase, String low, String high, String unit, String qualifier, String noun)
            throws PhraseException {
        assertReads(phrase, "de", low, high, unit, qualifier, noun);
    }
}
