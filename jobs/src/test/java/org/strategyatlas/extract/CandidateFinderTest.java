package org.strategyatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategyatlas.phrases.ParsedPhrase;

/** Rule tables for finding figures inside sentences: one row per way prose states, or only seems to state, one. */
class CandidateFinderTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            fr | Le plan prévoit 109 milliards d’euros.                     | 109 milliards d’euros          | 109000000000 | 109000000000 | EUR   | exact
            fr | D’un montant de 109 milliards d’euros — soit beaucoup.     | 109 milliards d’euros          | 109000000000 | 109000000000 | EUR   | exact
            fr | Grâce à l’Academy, plus de 2 millions de personnes ont eu accès. | plus de 2 millions de personnes | 2000000 | - | count | at_least
            fr | L’événement a rassemblé plusieurs dizaines de dirigeants mondiaux. | plusieurs dizaines de dirigeants | 20 | 90 | count | range
            fr | et plus d’un millier de chercheurs, d’ONG et d’entreprises. | plus d’un millier de chercheurs | 1000        | -            | count | at_least
            fr | Il a réuni 65 délégués d’institutions de l’UE.             | 65 délégués                    | 65           | 65           | count | exact
            fr | entre 30 et 50 milliards d’euros d’ici 2030                 | entre 30 et 50 milliards d’euros | 30000000000 | 50000000000 | EUR  | range
            fr | Le gouvernement a annoncé 1,5 Md€ pour la recherche.        | 1,5 Md€                        | 1500000000   | 1500000000   | EUR   | exact
            fr | Environ 500 chercheurs, soit 12 % du total.                 | Environ 500 chercheurs         | 500          | 500          | count | approx
            fr | une dizaine de pays ont signé                               | une dizaine de pays            | 10           | 10           | count | approx
            fr | Il y a deux ans, 10 000 chercheurs travaillaient ici.       | 10 000 chercheurs              | 10000        | 10000        | count | exact
            en | The fund adds up to $100 billion by 2030.                   | up to $100 billion             | -            | 100000000000 | USD   | at_most
            en | Between €30 and €50 billion will go to research.           | Between €30 and €50 billion    | 30000000000  | 50000000000  | EUR   | range
            en | It costs €30–50bn over five years.                          | €30–50bn                       | 30000000000  | 50000000000  | EUR   | range
            en | The Academy supported over 2 million people with courses.   | over 2 million people          | 2000000      | -            | count | at_least
            en | Proposal 12 calls for 3 new centres.                        | 3 new centres                  | 3            | 3            | count | exact
            en | It will hire more than 2000 researchers.                    | more than 2000 researchers     | 2000         | -            | count | at_least
            en | It said a total of 300 start-ups took part.                 | a total of 300 start-ups       | 300          | 300          | count | exact
            en | Organisers expect as many as 500 delegates.                 | as many as 500 delegates       | -            | 500          | count | at_most
            en | The fund said it holds in excess of $5 billion.             | in excess of $5 billion        | 5000000000   | -            | USD   | at_least
            fr | Le fonds mobilise près de 300 millions d’euros.             | près de 300 millions d’euros   | 300000000    | 300000000    | EUR   | approx
            fr | Il faut au moins 100 chercheurs.                            | au moins 100 chercheurs        | 100          | -            | count | at_least
            de | Der Bund stellt bis zu 5 Mrd. Euro bereit.                  | bis zu 5 Mrd. Euro             | -            | 5000000000   | EUR   | at_most
            en | Rs 10,371.92 crore was approved.                            | Rs 10,371.92 crore             | 103719200000 | 103719200000 | INR   | exact
            en | EU support for four AI gigafactories.                       | four AI gigafactories          | 4            | 4            | count | exact
            en | hundreds of millions of dollars in grants                   | hundreds of millions of dollars | 200000000   | 900000000    | USD   | range
            en | Nearly a dozen countries joined.                            | Nearly a dozen countries       | 12           | 12           | count | approx
            en | The two countries signed 3 agreements.                      | 3 agreements                   | 3            | 3            | count | exact
            de | Der Bund stellt 5 Mrd. Euro bereit.                         | 5 Mrd. Euro                    | 5000000000   | 5000000000   | EUR   | exact
            de | Geplant sind 150 zusätzliche KI-Professuren.               | 150 zusätzliche KI-Professuren | 150          | 150          | count | exact
            de | Am 3. Oktober kamen mehr als 1.000 Forscher.                | mehr als 1.000 Forscher        | 1000         | -            | count | at_least
            es | El Gobierno destinará 600 millones de euros a la estrategia. | 600 millones de euros         | 600000000    | 600000000    | EUR   | exact
            it | Il piano prevede oltre 2 milioni di persone formate.        | oltre 2 milioni di persone     | 2000000      | -            | count | at_least
            pt | O governo investirá R$ 23 bilhões em IA.                    | R$ 23 bilhões                  | 23000000000  | 23000000000  | BRL   | exact
            zh | 上周在布鲁塞尔,65 名参与者——包括专家                         | 65 名参与者                    | 65           | 65           | count | exact
            zh | 该报告汇编了黑客马拉松中提出的 20 条建议,内容涵盖           | 20 条建议                      | 20           | 20           | count | exact
            zh | 汇集了 20 条旨在加速人工智能采用的建议。                     | 20 条                          | 20           | 20           | count | exact
            zh | 已为超过 200 万人提供免费学习资源                            | 超过 200 万人                  | 2000000      | -            | count | at_least
            zh | 政府将投入1000亿元用于人工智能。                            | 1000亿元                       | 100000000000 | 100000000000 | CNY   | exact
            zh | 三千五百名研究人员参加                                       | 三千五百名研究人员             | 3500         | 3500         | count | exact
            zh | 有上百家企业参与                                             | 上百家企业                     | 100          | -            | count | at_least
            zh | 全球投资达数十亿美元                                         | 数十亿美元                     | 2000000000   | 9000000000   | USD   | range
            ja | 政府は1兆2000億円を投じる。                                 | 1兆2000億円                    | 1200000000000 | 1200000000000 | JPY | exact
            ja | 1,000人以上の研究者が集まった                                | 1,000人以上の研究者            | 1000         | -            | count | at_least
            ko | 정부는 65조 원을 투자한다.                                   | 65조 원                        | 65000000000000 | 65000000000000 | KRW | exact
            ko | 100억 달러 이상을 유치했다                                   | 100억 달러 이상                | 10000000000  | -            | USD   | at_least
            """)
    void readsTheOneFigureOfTheSentence(String language, String sentence, String quote, String low, String high,
                                        String unit, String qualifier) {
        List<Found> found = CandidateFinder.find(sentence, language);

        assertEquals(1, found.size(), () -> "figures in '" + sentence + "': " + quotes(found, sentence));
        ParsedPhrase phrase = found.get(0).phrase();
        assertEquals(quote, found.get(0).quote(sentence));
        assertDecimal(low, phrase.low());
        assertDecimal(high, phrase.high());
        assertEquals(unit, phrase.unit());
        assertEquals(qualifier, phrase.qualifier().code());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            fr | Hub GovAI européen (Proposition 12) – pour partager les ressources.
            en | or shared resources through a European GovAI Hub (Proposal 12).
            zh | 为公共部门提供共享资源(建议 12)。
            zh | 呼吁推进“不懈统一”(Relentless Harmonisation,建议 15)以推动
            fr | au Grand Palais les 10 et 11 février, Emmanuel Macron a défendu
            fr | organisé à Bletchley Park les 1er et 2 novembre 2023, avait été centré
            fr | Dernière mise à jour : 18 sept.
            fr | 10 févr.
            fr | 2 min de lecture
            fr | S’appuyant sur son centre de recherche établi il y a deux ans.
            fr | face aux deux géants actuels que sont les États-Unis et la Chine.
            fr | dévoilé par les États-Unis le 21 janvier
            es | el 3 de marzo de 2025
            en | The plan was announced on February 10, 2025.
            en | Revenue rose 12% in 2024.
            en | Revenue rose 5 per cent.
            en | No. 5 of the plan
            en | a 5G network for Windows 11 users
            en | It was the first anniversary of the report.
            en | Attendance: 1,500.
            en | In the first 3 months nothing happened.
            zh | 在3个月内完成
            zh | 百分之十的企业
            zh | 这一紧迫性也在一周年报告中得到呼应
            zh | 第三十条规定
            zh | 数据显示十分可观
            de | Am 3. Oktober 2024 war es soweit.
            en | The deal was signed on 2025-07-28 in Paris.
            en | IRENA data moved from constant 2023 USD to 2024 USD.
            en | Costs rose (5–10%) last year.
            en | See https://www.dutchnews.nl/2023/04/ai-gets-35-billion-boost-due-to-funding for details.
            en | Scores of 65 vs 70 were reported.
            """)
    void findsNoFigure(String language, String sentence) {
        List<Found> found = CandidateFinder.find(sentence, language);

        assertTrue(found.isEmpty(), () -> "figures in '" + sentence + "': " + quotes(found, sentence));
    }

    @Test
    void findsEveryFigureOfASentenceInOrderWithoutOverlap() {
        String sentence = "There were 1,234 researchers, 35 sites and 4,500 GPUs for €2 billion.";

        List<Found> found = CandidateFinder.find(sentence, "en");

        assertEquals(List.of("1,234 researchers", "35 sites", "4,500 GPUs", "€2 billion"), quotes(found, sentence));
    }

    @Test
    void quotesAreExactSubstringsAtTheirIndexes() {
        String sentence = "Il a réuni 65 délégués et compile 20 idées concrètes.";

        List<Found> found = CandidateFinder.find(sentence, "fr");

        assertEquals(2, found.size());
        assertEquals(11, found.get(0).start());
        assertEquals("65 délégués", sentence.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("20 idées", sentence.substring(found.get(1).start(), found.get(1).end()));
    }

    @Test
    void theSentenceLanguageDecidesWhatBillionMeans() {
        String sentence = "1 billion d’euros";

        assertEquals(new BigDecimal("1000000000000"), CandidateFinder.find(sentence, "fr").get(0).phrase().low());
        assertEquals(new BigDecimal("1000000000"), CandidateFinder.find("1 billion euros", "en").get(0).phrase()
                .low());
    }

    private static void assertDecimal(String expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " != " + actual);
        }
    }

    private static List<String> quotes(List<Found> found, String sentence) {
        return found.stream().map(f -> f.quote(sentence)).toList();
    }
}
