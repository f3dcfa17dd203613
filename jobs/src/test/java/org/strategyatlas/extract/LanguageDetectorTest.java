package org.strategyatlas.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule table for telling the language of a text by script and function words. */
class LanguageDetectorTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            The report compiles 20 ideas developed during the hackathon.                       | en
            Il s’est tenu à Bruxelles et a réuni 65 délégués d’institutions de l’UE.            | fr
            Die Bundesregierung stellt für die Strategie 5 Milliarden Euro bereit.              | de
            El Gobierno destinará 600 millones de euros a la estrategia de inteligencia artificial. | es
            Il governo ha presentato la strategia per l’intelligenza artificiale con 1 miliardo. | it
            O governo investirá R$ 23 bilhões em inteligência artificial até 2028 no Brasil.   | pt
            该报告汇编了黑客马拉松中提出的 20 条建议                                           | zh
            OpenAI 与 Allied for Startups 今天发布了《Hacktivate AI 报告》——汇集了 20 条旨在加速人工智能在欧洲广泛采用的建议 | zh
            政府は人工知能に10兆円を投じると発表した                                           | ja
            정부는 인공지능에 65조 원을 투자한다고 밝혔다                                      | ko
            Korea: 200,000 AI talents + 10 AI unicorns by 2030, see https://multiplayer.it/notizie/un-piano-per-la-ia | en
            109                                                                                | -
            Principaux renseignements                                                          | -
            """)
    void detectsTheLanguageOfAText(String text, String language) {
        assertEquals(language, LanguageDetector.detect(text));
    }

    @Test
    void aLineWithLittleEvidenceTakesTheDocumentLanguage() {
        String[] languages = LanguageDetector.lines(List.of("Principaux renseignements",
                "Le gouvernement britannique s’associe à OpenAI pour renforcer les capacités nationales."), "fr");

        assertArrayEquals(new String[] {"fr", "fr"}, languages);
    }

    @Test
    void aDocumentThatMixesLanguagesIsReadLineByLine() {
        List<String> lines = List.of("上周在布鲁塞尔,65 名参与者——包括来自欧盟机构与国家政府的代表",
                "Last week in Brussels, 65 participants came together to design real, workable ideas.");
        String document = LanguageDetector.detect(String.join("\n", lines));

        assertArrayEquals(new String[] {"zh", "en"}, LanguageDetector.lines(lines, document));
    }
}
