package org.strategyatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule table for the metric guessed from the counted noun and the words around a figure. */
class MetricGuesserTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            fr | D’un montant de 109 milliards d’euros.                                  | investment
            en | an additional €2 billion for compute                                   | investment
            fr | Il a réuni 65 délégués d’institutions de l’UE.                          | participants
            en | Last week in Brussels, 65 participants came together.                 | participants
            zh | 上周在布鲁塞尔,65 名参与者——包括                                         | participants
            fr | le rapport compile 20 idées concrètes                                   | proposals
            en | a collection of 20 ideas to accelerate adoption                         | proposals
            zh | 提出的 20 条建议,内容涵盖                                                | proposals
            zh | 汇集了 20 条旨在加速人工智能在欧洲广泛采用并提升欧盟竞争力的建议。       | proposals
            de | Die Kommission legt 12 Empfehlungen vor.                               | proposals
            fr | plus de 2 millions de personnes ont eu accès à des ressources d’apprentissage gratuites | people_trained
            en | which has already supported over 2 million people with free AI learning resources | people_trained
            zh | 已为超过 200 万人提供免费 AI 学习资源                                     | people_trained
            en | Over 2 million people used the app.                                    |
            fr | et plus d’un millier de chercheurs, d’ONG et d’entreprises              | researchers
            de | mehr als 1.000 Forscher arbeiten daran                                  | researchers
            fr | l’exécutif a dévoilé 35 sites « prêts à l’emploi »                      | sites
            fr | plusieurs dizaines de dirigeants mondiaux                               | leaders
            en | a dozen countries signed the declaration                                | countries
            en | 12 EU member states joined                                              | countries
            en | the alliance has 300 members                                            | organisations
            en | it will buy 4,500 GPUs                                                  | gpus
            en | creating 10,000 jobs                                                    | jobs
            es | más de 300 empresas participan                                          | organisations
            en | 300 start-ups took part                                                 | startups
            en | four AI gigafactories                                                   | ai_gigafactories
            en | seven AI factories                                                      | ai_factories
            en | 150 new professorships                                                  | professorships
            zh | 有上百家企业参与                                                        | organisations
            en | 3 new centres                                                           |
            """)
    void guessesTheMetricOfTheFigure(String language, String sentence, String metric) {
        List<Found> found = CandidateFinder.find(sentence, language);

        assertEquals(1, found.size(), sentence);
        assertEquals(metric == null ? "" : metric, MetricGuesser.guess(found.get(0).phrase(), sentence,
                found.get(0).end()));
    }
}
