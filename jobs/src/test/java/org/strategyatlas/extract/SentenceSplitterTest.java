package org.strategyatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule table for cutting text into sentences that keep their place in the text. */
class SentenceSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            One sentence. Another one.                                  | One sentence.¦Another one.
            He said so! Did he? Yes.                                    | He said so!¦Did he?¦Yes.
            J. D. Vance and Dr. Smith came.                             | J. D. Vance and Dr. Smith came.
            The U.S. budget grew. It is large.                          | The U.S. budget grew.¦It is large.
            Der Bund stellt 5 Mrd. Euro bereit. Das ist viel.           | Der Bund stellt 5 Mrd. Euro bereit.¦Das ist viel.
            publié le 10 févr. 2025 à Paris                             | publié le 10 févr. 2025 à Paris
            It costs €2.4 billion. 65 people came.                      | It costs €2.4 billion.¦65 people came.
            « Il a dit. » Puis il est parti.                            | « Il a dit. »¦Puis il est parti.
            该报告汇编了 20 条建议。内容涵盖多个方面！结束                | 该报告汇编了 20 条建议。¦内容涵盖多个方面！¦结束
            - Parmi les propositions phares, on trouve :                | Parmi les propositions phares, on trouve :
            it ends with e.g. examples. but lower case follows          | it ends with e.g. examples. but lower case follows
            """)
    void cutsALineIntoSentences(String line, String expected) {
        List<String> sentences = SentenceSplitter.split(line).stream().map(s -> s.text(line)).toList();

        assertEquals(List.of(expected.split("¦")), sentences);
    }

    @Test
    void aLineBreakEndsASentenceAndLinesAreCountedFromOne() {
        String text = "Titre\r\nPremière phrase sans point\nDeuxième. Troisième.\rQuatrième";

        List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(text);

        assertEquals(List.of("Titre", "Première phrase sans point", "Deuxième.", "Troisième.", "Quatrième"),
                sentences.stream().map(s -> s.text(text)).toList());
        assertEquals(List.of(1, 2, 3, 3, 4), sentences.stream().map(SentenceSplitter.Sentence::line).toList());
        assertEquals(List.of("Titre", "Première phrase sans point", "Deuxième. Troisième.", "Quatrième"),
                SentenceSplitter.lines(text));
    }

    @Test
    void offsetsPointIntoTheWholeText() {
        String text = "Intro.\n  - Il a réuni 65 délégués.  Puis 20 idées.";

        List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(text);

        assertEquals(3, sentences.size());
        assertEquals(text.indexOf("Il a réuni"), sentences.get(1).start());
        assertEquals(text.indexOf("Il a réuni") + "Il a réuni 65 délégués.".length(), sentences.get(1).end());
        assertEquals(text.indexOf("Puis"), sentences.get(2).start());
        assertEquals(text.length(), sentences.get(2).end());
    }

    @Test
    void blankLinesGiveNoSentence() {
        assertEquals(List.of(), SentenceSplitter.split("\n \n\t\n"));
    }
}
