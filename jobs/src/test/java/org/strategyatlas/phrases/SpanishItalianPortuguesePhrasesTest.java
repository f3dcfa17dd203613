package org.strategyatlas.phrases;

import static org.strategyatlas.phrases.PhraseAsserts.assertReads;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule tables for Spanish, Italian and Portuguese (Brazilian and European). */
class SpanishItalianPortuguesePhrasesTest {

    @ParameterizedTest(name = "es: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            330 millones de euros               | 330000000     | 330000000     | EUR   | exact    |
            5 mil millones de euros             | 5000000000    | 5000000000    | EUR   | exact    |
            mil millones de dólares             | 1000000000    | 1000000000    | USD   | exact    |
            1.500 millones de euros             | 1500000000    | 1500000000    | EUR   | exact    |
            1.000 millones de euros             | 1000000000    | 1000000000    | EUR   | exact    |
            "2,5 millones de euros"             | 2500000       | 2500000       | EUR   | exact    |
            1 billón de euros                   | 1000000000000 | 1000000000000 | EUR   | exact    |
            US$ 200 millones                    | 200000000     | 200000000     | USD   | exact    |
            más de 100 investigadores           | 100           |               | count | at_least | investigadores
            hasta 5 millones de euros           |               | 5000000       | EUR   | at_most  |
            unos 500 investigadores             | 500           | 500           | count | approx   | investigadores
            cerca de 300 millones de dólares    | 300000000     | 300000000     | USD   | approx   |
            entre 5 y 10 millones de euros      | 5000000       | 10000000      | EUR   | range    |
            de 5 a 10 millones de euros         | 5000000       | 10000000      | EUR   | range    |
            una docena de países                | 12            | 12            | count | approx   | países
            decenas de miles de empleos         | 20000         | 90000         | count | range    | empleos
            dos millones de personas            | 2000000       | 2000000       | count | exact    | personas
            """)
    void spanish(String phrase, String low, String high, String unit, String qualifier, String noun)
            throws PhraseException {
        assertReads(phrase, "es", low, high, unit, qualifier, noun);
    }

    @ParameterizedTest(name = "it: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            65 partecipanti                     | 65            | 65            | count | exact    | partecipanti
            20 idee                             | 20            | 20            | count | exact    | idee
            oltre due milioni di persone        | 2000000       |               | count | at_least | persone
            5 miliardi di euro                  | 5000000000    | 5000000000    | EUR   | exact    |
            "1,5 miliardi di euro"              | 1500000000    | 1500000000    | EUR   | exact    |
            2 mila miliardi di euro             | 2000000000000 | 2000000000000 | EUR   | exact    |
            3 mld di euro                       | 3000000000    | 3000000000    | EUR   | exact    |
            500 mln di euro                     | 500000000     | 500000000     | EUR   | exact    |
            fino a 5 miliardi di euro           |               | 5000000000    | EUR   | at_most  |
            circa 500 ricercatori               | 500           | 500           | count | approx   | ricercatori
            più di 100 ricercatori              | 100           |               | count | at_least | ricercatori
            almeno 50 milioni di euro           | 50000000      |               | EUR   | at_least |
            tra 5 e 10 miliardi di euro         | 5000000000    | 10000000000   | EUR   | range    |
            da 5 a 10 miliardi di euro          | 5000000000    | 10000000000   | EUR   | range    |
            un migliaio di ricercatori          | 1000          | 1000          | count | approx   | ricercatori
            una decina di paesi                 | 10            | 10            | count | approx   | paesi
            centinaia di milioni di euro        | 200000000     | 900000000     | EUR   | range    |
            quasi un miliardo di euro           | 1000000000    | 1000000000    | EUR   | approx   |
            """)
    void italian(String phrase, String low, String high, String unit, String qualifier, String noun)
            throws PhraseException {
        assertReads(phrase, "it", low, high, unit, qualifier, noun);
    }

    @ParameterizedTest(name = "pt: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            R$ 23 bilhões                       | 23000000000   | 23000000000   | BRL   | exact    |
            "R$ 12,72 bilhões"                  | 12720000000   | 12720000000   | BRL   | exact    |
            "R$ 1,2 bi"                         | 1200000000    | 1200000000    | BRL   | exact    |
            R$ 1 trilhão                        | 1000000000000 | 1000000000000 | BRL   | exact    |
            115 mil servidores públicos         | 115000        | 115000        | count | exact    | servidores públicos
            20 mil profissionais por ano        | 20000         | 20000         | count | exact    | profissionais por ano
            "1,2 bilião de euros"               | 1200000000000 | 1200000000000 | EUR   | exact    |
            5 mil milhões de euros              | 5000000000    | 5000000000    | EUR   | exact    |
            mais de 2 milhões de pessoas        | 2000000       |               | count | at_least | pessoas
            até 5 bilhões de reais              |               | 5000000000    | BRL   | at_most  |
            cerca de 500 pesquisadores          | 500           | 500           | count | approx   | pesquisadores
            pelo menos 100 empresas             | 100           |               | count | at_least | empresas
            entre 5 e 10 bilhões de reais       | 5000000000    | 10000000000   | BRL   | range    |
            de 5 a 10 bilhões de reais          | 5000000000    | 10000000000   | BRL   | range    |
            um bilhão de reais                  | 1000000000    | 1000000000    | BRL   | exact    |
            milhares de pesquisadores           | 2000          | 9000          | count | range    | pesquisadores
            uma dezena de universidades         | 10            | 10            | count | approx   | universidades
            """)
    void portuguese(String phrase, String low, String high, String unit, String qualifier, String noun)
            throws PhraseException {
        assertReads(phrase, "pt", low, high, unit, qualifier, noun);
    }
}
