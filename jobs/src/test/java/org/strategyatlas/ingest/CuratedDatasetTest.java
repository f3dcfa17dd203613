package org.strategyatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strategyatlas.CuratedData;
import org.strategyatlas.TestPaths;
import org.strategyatlas.model.Dataset;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Source;

/** The committed dataset: it passes ingest, meets the coverage the project promises, and keeps its nuances. */
class CuratedDatasetTest {

    static LoadedDataset loaded;

    @BeforeAll
    static void load() throws Exception {
        loaded = CuratedData.dataset();
    }

    @Test
    void passesIngestWithoutAProblem() {
        assertEquals(List.of(), loaded.problems());
        loaded.counts().forEach(c -> assertEquals(0, c.rejected(), c.file()));
    }

    @Test
    void coversAtLeastFortyInitiativesFromFifteenJurisdictionsAndTheEu() {
        Dataset d = loaded.dataset();
        Set<String> jurisdictions = d.initiatives().stream().map(Initiative::jurisdiction).collect(Collectors.toSet());
        assertTrue(d.initiatives().size() >= 40, "initiatives: " + d.initiatives().size());
        assertTrue(jurisdictions.contains("EUU"), "the EU as a bloc");
        assertTrue(jurisdictions.size() - 1 >= 15, "jurisdictions besides the EU: " + jurisdictions);
    }

    @Test
    void hasSixtyFiguresOfBothMoneyAndCounts() {
        List<Figure> figures = loaded.dataset().figures();
        long counts = figures.stream().filter(Figure::isCount).count();
        assertTrue(figures.size() >= 60, "figures: " + figures.size());
        assertTrue(counts >= 10 && figures.size() - counts >= 40, "counts " + counts + " of " + figures.size());
    }

    @Test
    void keepsTheConflictingHacktivateHeadCounts() {
        Set<String> values = loaded.dataset().figures().stream()
                .filter(f -> f.initiative().equals("eu-hacktivate-ai-2025") && f.metric().equals("participants"))
                .map(f -> f.low().toPlainString()).collect(Collectors.toSet());
        assertEquals(Set.of("63", "65"), values);
    }

    @Test
    void brookfieldIsInsideTheFrenchPledges() {
        Map<String, Initiative> byId = loaded.dataset().initiatives().stream()
                .collect(Collectors.toMap(Initiative::id, i -> i));
        Initiative brookfield = byId.values().stream().filter(i -> i.name().contains("Brookfield")).findFirst()
                .orElseThrow();
        assertEquals("fra-ai-summit-pledges-2025", brookfield.containedIn());
    }

    @Test
    void registersTheFiveFoundingDocumentsByFileName() {
        Set<String> ids = loaded.dataset().sources().stream().map(Source::id).collect(Collectors.toSet());
        for (String id : List.of("000_2b46d5482aad1c8f.txt", "001_8da5b5907e05719d.txt", "002_fdf933744baa75ad.txt",
                "003_7a4069f899124b74.txt", "004_349542514d91e27c.txt")) {
            assertTrue(ids.contains(id), id);
        }
    }

    @Test
    void everyPhraseQuotedFromAFoundingDocumentOccursInIt() {
        Path seeds = TestPaths.shared().resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "../shared/seeds is absent: founding documents not held");
        Set<String> held = loaded.dataset().sources().stream().filter(Source::holdsText).map(Source::id)
                .collect(Collectors.toSet());
        List<Figure> quoted = loaded.dataset().figures().stream().filter(f -> held.contains(f.source())).toList();
        assertTrue(quoted.size() >= 10, "figures quoted from founding documents: " + quoted.size());
        for (Figure f : quoted) {
            assertEquals(QuoteStatus.VERIFIED, loaded.figureQuotes().get(f.id()), f.id() + ": " + f.asStated());
        }
        loaded.dataset().attributes().stream().filter(a -> held.contains(a.source())).forEach(a ->
                assertEquals(QuoteStatus.VERIFIED, loaded.attributeQuotes().get(a.key()), a.key()));
        // spot checks, typed from the documents: the typographic apostrophe is part of the phrase
        Set<String> phrases = quoted.stream().map(Figure::asStated).collect(Collectors.toSet());
        assertTrue(phrases.contains("109 milliards d\u2019euros"), phrases.toString());
        assertTrue(phrases.contains("plus d\u2019un millier de chercheurs"), phrases.toString());
        assertTrue(phrases.contains("65 名参与者"), phrases.toString());
    }
}
