package org.strategyatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTML as a reader sees it: tags gone, references decoded, one line per block. */
class HtmlTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            109 milliards d&rsquo;euros            | 109 milliards d’euros
            109&nbsp;milliards d&#8217;euros       | 109\u00A0milliards d’euros
            &euro;20&#x20AC; &lt;b&gt; &amp; &quot; | €20€ <b> & "
            caf&eacute; &Eacute;tats-Unis &agrave; | café États-Unis à
            &#128204; R&eacute;sum&eacute;         | 📌 Résumé
            AT&T &amp R&D &unknown; &#xD800; &#0;  | AT&T &amp R&D &unknown; &#xD800; &#0;
            """)
    void decodesCharacterReferences(String html, String text) {
        assertEquals(text, HtmlEntities.decode(html));
    }

    @Test
    void everyLatin1NameDecodesToItsCharacter() {
        assertEquals("\u00A0", HtmlEntities.decode("&nbsp;"));
        assertEquals("ÿ", HtmlEntities.decode("&yuml;"));
        assertEquals("÷", HtmlEntities.decode("&divide;"));
        assertEquals("ß", HtmlEntities.decode("&szlig;"));
    }

    @Test
    void stripsTagsAndPutsEachBlockOnALine() {
        String html = """
                <!DOCTYPE html><html><head><title>Ignored title</title>
                <style>p { color: red }</style><script>var x = "<p>65 fake</p>";</script></head>
                <body><h1>Sommet   pour
                l&rsquo;action</h1>
                <!-- 99 commented figures -->
                <p>Il a r&eacute;uni <b>65</b>&nbsp;d&eacute;l&eacute;gu&eacute;s<br>et 20 id&eacute;es.</p>
                <ul><li>Un</li><li>Deux</li></ul>
                <table><tr><td>a</td><td>b</td></tr></table>
                <p title="x > y">Fin</p></body></html>
                """;

        String text = HtmlText.text(html);

        assertEquals(List.of("Sommet pour l’action", "Il a réuni 65\u00A0délégués", "et 20 idées.", "Un", "Deux",
                "a b", "Fin"), List.of(text.split("\n")));
    }

    @Test
    void keepsLineBreaksInsidePre() {
        assertEquals("a\nb", HtmlText.text("<pre>a\n  b</pre>"));
        assertEquals("a b", HtmlText.text("<p>a\n  b</p>"));
    }

    @Test
    void extractionOffsetsReferToTheDecodedText() {
        Extractor extractor = new Extractor(Lexicons.data());
        String html = "<html><body><h1>Titre</h1>\n<p>Le plan pr&eacute;voit <b>109 milliards d&rsquo;euros</b>."
                + "</p></body></html>";

        List<Candidate> candidates = extractor.extract("page.html", html);

        String text = Extractor.decodedText("page.html", html);
        assertEquals(1, candidates.size());
        Candidate c = candidates.get(0);
        assertEquals("109 milliards d’euros", c.quote());
        assertEquals(2, c.line());
        assertEquals(text.indexOf("109"), c.offset());
        assertEquals("Le plan prévoit 109 milliards d’euros.", c.sentence());
    }
}
