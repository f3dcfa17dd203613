package org.strategyatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strategyatlas.SharedSpark;

/**
 * Extraction on the five founding documents against the hand-made list of their figures: every figure found with
 * its values (recall 100 %), and at most {@value #MAX_FALSE_CANDIDATES} candidates that are no figure (measured: 0,
 * README "Extraction"). Skipped when ../shared/seeds is absent.
 */
class SeedsGoldTest {

    /** The measured number is 0; a little room for a future lexicon change, which the README must then report. */
    static final int MAX_FALSE_CANDIDATES = 2;

    private List<SeedsGold.Figure> gold;

    @BeforeEach
    void seedsArePresent() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(SeedsGold.seeds()),
                () -> "no founding documents at " + SeedsGold.seeds() + " (set atlas.shared)");
        gold = SeedsGold.figures();
    }

    @Test
    void theGoldListCoversTheFiveDocuments() {
        assertEquals(18, gold.size());
        assertEquals(3, gold.stream().map(SeedsGold.Figure::document).distinct().count());
    }

    @Test
    void theExtractorFindsEveryGoldFigureAndFewOthers() throws IOException {
        Extractor extractor = new Extractor(Lexicons.data());
        List<Candidate> candidates = new ArrayList<>();
        try (Stream<Path> files = Files.list(SeedsGold.seeds())) {
            for (Path file : files.sorted().toList()) {
                candidates.addAll(extractor.extract(file.getFileName().toString(), Files.readString(file)));
            }
        }

        SeedsGold.Score score = SeedsGold.score(gold, candidates);

        assertEquals(List.of(), score.missed(), "gold figures not found with their values");
        assertTrue(score.falseCandidates().size() <= MAX_FALSE_CANDIDATES, () -> "false candidates: "
                + score.falseCandidates());
    }

    @Test
    void theSparkJobFindsTheSameAndWritesThemInOrder() throws IOException {
        List<Candidate> candidates = new ArrayList<>();

        ExtractSummary summary = ExtractJob.run(SharedSpark.session(), List.of(SeedsGold.seeds().toString()),
                Lexicons.data(), candidates::add);

        assertEquals(5, summary.documents());
        assertEquals(List.of(), summary.unreadable());
        assertEquals(candidates.size(), summary.candidates());
        SeedsGold.Score score = SeedsGold.score(gold, candidates);
        assertEquals(List.of(), score.missed());
        assertTrue(score.falseCandidates().size() <= MAX_FALSE_CANDIDATES, () -> "false candidates: "
                + score.falseCandidates());
        Extractor extractor = new Extractor(Lexicons.data());
        List<Candidate> pure = new ArrayList<>();
        for (String name : candidates.stream().map(Candidate::document).distinct().sorted().toList()) {
            pure.addAll(extractor.extract(name, Files.readString(SeedsGold.seeds().resolve(name))));
        }
        assertEquals(pure, candidates, "Spark gives the pure extractor's candidates, by document and offset");
    }

    @Test
    void theCsvOfTheSeedsIsDeterministic() throws IOException {
        assertEquals(csvOfSeeds(), csvOfSeeds());
    }

    private static String csvOfSeeds() throws IOException {
        StringWriter out = new StringWriter();
        CandidateCsv csv = new CandidateCsv(out);
        ExtractJob.run(SharedSpark.session(), List.of(SeedsGold.seeds().toString()), Lexicons.data(), csv);
        csv.flush();
        return out.toString();
    }
}
