package org.strategyatlas.extract;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.strategyatlas.TestPaths;

/**
 * The hand-made list of every figure in the founding documents (extract/seeds-gold.csv, see its README) and the
 * score of a list of candidates against it: which gold figures were found with equal values, which were missed,
 * and which candidates match no gold figure.
 */
final class SeedsGold {

    /** One gold figure. */
    record Figure(String document, int line, String quote, BigDecimal low, BigDecimal high, String unit,
                  String qualifier) {

        boolean matches(Candidate c) {
            return document.equals(c.document()) && line == c.line() && quote.equals(c.quote()) && same(low, c.low())
                    && same(high, c.high()) && unit.equals(c.unit()) && qualifier.equals(c.qualifier());
        }

        private static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /** Gold figures found and missed, and candidates that are no gold figure. */
    record Score(List<Figure> found, List<Figure> missed, List<Candidate> falseCandidates) {

        double recall() {
            return (double) found.size() / (found.size() + missed.size());
        }

        double precision() {
            return (double) found.size() / (found.size() + falseCandidates.size());
        }
    }

    private SeedsGold() {
    }

    /** The founding documents: ../shared/seeds beside the checkout (system property atlas.shared + /seeds). */
    static Path seeds() {
        return TestPaths.shared().resolve("seeds");
    }

    static List<Figure> figures() throws IOException {
        Path file = TestPaths.resource("extract/seeds-gold.csv");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Figure> figures = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                figures.add(new Figure(r.get("document"), Integer.parseInt(r.get("line")), r.get("quote"),
                        decimal(r.get("low")), decimal(r.get("high")), r.get("unit"), r.get("qualifier")));
            }
        }
        return figures;
    }

    /** Each candidate matches at most one gold figure, each gold figure at most one candidate. */
    static Score score(List<Figure> gold, List<Candidate> candidates) {
        List<Candidate> unmatched = new ArrayList<>(candidates);
        List<Figure> found = new ArrayList<>();
        List<Figure> missed = new ArrayList<>();
        for (Figure figure : gold) {
            Candidate match = unmatched.stream().filter(figure::matches).findFirst().orElse(null);
            if (match == null) {
                missed.add(figure);
            } else {
                found.add(figure);
                unmatched.remove(match);
            }
        }
        return new Score(found, missed, unmatched);
    }

    private static BigDecimal decimal(String cell) {
        return Objects.requireNonNull(cell).isEmpty() ? null : new BigDecimal(cell);
    }
}
