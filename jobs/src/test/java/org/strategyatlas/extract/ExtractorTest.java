package org.strategyatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One document in, its candidates out: place, language per line, metric and context of each figure. */
class ExtractorTest {

    private final Extractor extractor = new Extractor(Lexicons.data());

    @Test
    void readsEachLineInItsOwnLanguage() {
        String text = "Accelerating AI uptake in Europe\n"
                + "该报告汇编了黑客马拉松中提出的 20 条建议,内容涵盖帮助人们学习新技能。\n"
                + "The report compiles 20 ideas developed during the hackathon in Brussels.\n";

        List<Candidate> candidates = extractor.extract("mixed.txt", text);

        assertEquals(List.of("20 条建议", "20 ideas"), candidates.stream().map(Candidate::quote).toList());
        assertEquals(List.of("zh", "en"), candidates.stream().map(Candidate::language).toList());
        assertEquals(List.of(2, 3), candidates.stream().map(Candidate::line).toList());
        assertEquals(List.of("proposals", "proposals"), candidates.stream().map(Candidate::metric).toList());
    }

    @Test
    void offsetsCountCodePointsFromTheStartOfTheText() {
        String text = "\uFEFFTitre\r\n📌 Résumé : il a réuni 65 délégués de l’UE.";

        List<Candidate> candidates = extractor.extract("doc.md", text);

        assertEquals(1, candidates.size());
        Candidate c = candidates.get(0);
        String decoded = text.substring(1); // the byte-order mark is not counted
        int index = decoded.indexOf("65 délégués");
        assertEquals(decoded.codePointCount(0, index), c.offset());
        assertEquals(index - 1, c.offset()); // 📌 is two chars but one code point
        assertEquals(2, c.line());
        assertEquals("📌 Résumé : il a réuni 65 délégués de l’UE.", c.sentence());
    }

    @Test
    void aCandidateCarriesItsValuesAndTheContextOfItsSentence() {
        String text = "La France investit 109 milliards d’euros dans des data centers en Allemagne.";

        Candidate c = extractor.extract("fr.txt", text).get(0);

        assertEquals(new Candidate("fr.txt", 1, 19, "109 milliards d’euros", new BigDecimal("109000000000"),
                new BigDecimal("109000000000"), "EUR", "", "exact", "fr", "investment", List.of("DEU", "FRA"),
                List.of("compute_infrastructure"), text), c);
        assertEquals(Arrays.asList("fr.txt", 1, 19L, "109 milliards d’euros", new BigDecimal("109000000000"),
                new BigDecimal("109000000000"), "EUR", "", "exact", "fr", "investment", "DEU;FRA",
                "compute_infrastructure", text), c.cells());
        assertEquals(Candidate.HEADER.size(), c.cells().size());
    }

    @Test
    void onlyTextMarkdownAndHtmlAreRead() {
        assertEquals(List.of(true, true, true, true, false, false), List.of("a.txt", "b.MD", "c.html", "d.htm",
                "e.pdf", "f.txt.gz").stream().map(Extractor::reads).toList());
    }

    @Test
    void aDocumentWithoutFiguresGivesNoCandidate() {
        assertEquals(List.of(), extractor.extract("none.txt", "Principaux renseignements\n\nAucun chiffre ici."));
        assertEquals(List.of(), extractor.extract("empty.txt", ""));
    }
}
