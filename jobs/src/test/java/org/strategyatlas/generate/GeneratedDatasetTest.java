package org.strategyatlas.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.TestPaths;
import org.strategyatlas.ingest.DatasetLoader;
import org.strategyatlas.ingest.LoadedDataset;
import org.strategyatlas.ingest.SourceTexts;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.HorizonKind;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Qualifier;
import org.strategyatlas.phrases.ParsedPhrase;
import org.strategyatlas.phrases.PhraseException;
import org.strategyatlas.phrases.PhraseParser;
import org.strategyatlas.reference.Economy;
import org.strategyatlas.reference.ReferenceData;

/** A generated dataset of 5,000 figures as ingest and a reader of data/README.md see it. */
class GeneratedDatasetTest {

    private static final int FIGURES = 5_000;

    @TempDir
    static Path temp;

    static Path out;
    static Collected made = new Collected();
    static GenerateSummary summary;
    static ReferenceData reference;
    static LoadedDataset loaded;

    @BeforeAll
    static void generateAndIngest() throws Exception {
        out = temp.resolve("generated");
        summary = new GenerateJob(line -> { }).run(GenerateOptions.of(TestPaths.root(), FIGURES, 9, 42, out), made);
        reference = ReferenceData.load(TestPaths.root().resolve("data/reference"));
        Path seeds = out.resolve("seeds");
        loaded = new DatasetLoader(out.resolve("data"), seeds, reference.economies().keySet(),
                new SourceTexts(List.of(seeds))).load();
    }

    @Test
    void ingestFindsNoProblemAndReadsEveryRowAsItWasGenerated() {
        assertEquals(List.of(), loaded.problems());
        loaded.counts().forEach(c -> assertEquals(0, c.rejected(), c.file()));
        assertEquals(made.sources, loaded.dataset().sources());
        assertEquals(made.initiatives, loaded.dataset().initiatives());
        assertEquals(made.figures, loaded.dataset().figures());
        assertEquals(made.attributes, loaded.dataset().attributes());
    }

    @Test
    void everyPhraseReadsAsItsRowSaysWithOnlyTheContextIngestAllows() {
        List<String> wrong = new ArrayList<>();
        for (Figure f : made.figures) {
            try {
                String difference = PhraseAgreement.difference(f, PhraseParser.parse(f.asStated(), f.language()));
                if (difference != null) {
                    wrong.add(f.id() + " '" + f.asStated() + "': " + difference);
                }
            } catch (PhraseException e) {
                wrong.add(f.id() + " '" + f.asStated() + "': " + e.getMessage());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(FIGURES, made.figures.size());
    }

    @Test
    void aboutAThirdAsManyInitiativesAsFiguresWithOneToFiveFiguresEach() {
        assertEquals(FIGURES, summary.figures());
        assertTrue(Math.abs(made.initiatives.size() - FIGURES / 3.0) < FIGURES * 0.04, "initiatives "
                + made.initiatives.size());
        Map<String, Long> perInitiative = made.figures.stream()
                .collect(Collectors.groupingBy(Figure::initiative, Collectors.counting()));
        assertEquals(made.initiatives.size(), perInitiative.size());
        assertTrue(perInitiative.values().stream().allMatch(n -> n >= 1 && n <= 5), perInitiative.toString());
    }

    @Test
    void coversEveryEconomyAndTheEuInTheirCurrenciesInAllNineLanguages() {
        Set<String> countries = reference.economies().values().stream().filter(e -> !e.aggregate())
                .map(Economy::code).collect(Collectors.toCollection(TreeSet::new));
        countries.add("EUU");
        assertEquals(countries, values(made.initiatives, Initiative::jurisdiction));
        assertTrue(countries.size() >= 200, "jurisdictions " + countries.size());
        Set<String> currencies = values(made.figures.stream().filter(f -> !f.isCount()).toList(), Figure::unit);
        assertTrue(currencies.size() >= 100, "currencies " + currencies);
        assertTrue(currencies.containsAll(Set.of("USD", "EUR", "GBP", "JPY", "CNY", "KRW", "INR", "BRL", "CAD")),
                currencies.toString());
        assertEquals(Set.of("de", "en", "es", "fr", "it", "ja", "ko", "pt", "zh"),
                values(made.figures, Figure::language));
        assertTrue(values(made.figures, Figure::metric).size() >= 15, "metrics");
    }

    @Test
    void rangesBoundsContainmentAndOverlapsComeInRealisticShares() {
        assertShare(Qualifier.RANGE, 0.06, 0.14);
        assertShare(Qualifier.AT_LEAST, 0.03, 0.12);
        assertShare(Qualifier.AT_MOST, 0.02, 0.10);
        assertShare(Qualifier.APPROX, 0.05, 0.20);
        double counts = share(made.figures, Figure::isCount);
        assertTrue(counts > 0.2 && counts < 0.5, "counts " + counts);
        double contained = share(made.initiatives, i -> !i.containedIn().isEmpty());
        assertTrue(contained > 0.03 && contained < 0.07, "contained_in " + contained);
        double overlapping = share(made.initiatives, i -> !i.overlapsWith().isEmpty());
        assertTrue(overlapping > 0.015 && overlapping < 0.05, "overlaps_with " + overlapping);
    }

    private static void assertShare(Qualifier qualifier, double low, double high) {
        double share = share(made.figures, f -> f.qualifier() == qualifier);
        assertTrue(share > low && share < high, qualifier + " " + share);
    }

    @Test
    void severalSourcesStateTheSameFigureAndSomeDisagree() {
        Map<String, List<Figure>> byInitiativeAndMetric = made.figures.stream()
                .collect(Collectors.groupingBy(f -> f.initiative() + "/" + f.metric()));
        long agreeing = byInitiativeAndMetric.values().stream().filter(fs -> fs.size() >= 2
                && values(fs, Figure::source).size() == fs.size()
                && fs.stream().map(f -> f.low() + ".." + f.high() + " " + f.unit()).distinct().count() == 1).count();
        List<Figure> disagreeing = made.figures.stream().filter(f -> f.notes().startsWith("Disagrees")).toList();
        assertTrue(agreeing > 200, "groups stated alike by several sources: " + agreeing);
        assertTrue(disagreeing.size() > 50, "disagreeing observations: " + disagreeing.size());
        for (Figure f : disagreeing.subList(0, 20)) {
            List<Figure> group = byInitiativeAndMetric.get(f.initiative() + "/" + f.metric());
            assertTrue(group.stream().anyMatch(g -> !g.source().equals(f.source()) && !same(g, f)), f.id());
        }
    }

    private static boolean same(Figure a, Figure b) {
        return String.valueOf(a.low()).equals(String.valueOf(b.low()))
                && String.valueOf(a.high()).equals(String.valueOf(b.high())) && a.unit().equals(b.unit());
    }

    @Test
    void horizonsYearsAndContainmentFollowTheReadme() {
        Map<String, Initiative> byId = made.initiatives.stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        for (Initiative i : made.initiatives) {
            assertTrue(i.announced().year() >= 2000 && i.announced().year() <= 2025, i.id());
            if (i.horizonKind() == HorizonKind.OPEN) {
                assertEquals(null, i.endYear(), i.id());
            } else {
                assertTrue(i.startYear() != null && i.endYear() >= i.startYear(), i.id());
            }
            if (!i.containedIn().isEmpty()) {
                Initiative parent = byId.get(i.containedIn());
                assertEquals(i.jurisdiction(), parent.jurisdiction(), i.id());
                assertEquals("", parent.containedIn(), "chains stay one step long: " + i.id());
            }
        }
        assertEquals(Set.of(HorizonKind.values()), Set.copyOf(made.initiatives.stream().map(Initiative::horizonKind)
                .toList()));
        Set<Integer> years = made.initiatives.stream().map(i -> i.announced().year()).collect(Collectors.toSet());
        assertTrue(years.contains(2000) || years.contains(2001), "early years " + new TreeSet<>(years));
        assertTrue(years.contains(2025));
        assertTrue(made.figures.stream().allMatch(f -> f.priceYear() == null || f.priceYear() <= 2025));
    }

    @Test
    void documentsHoldTheirPhrasesAtTheStatedOffsetsInNineLanguages() throws IOException, PhraseException {
        Path folder = out.resolve("documents");
        Set<String> languages = new TreeSet<>();
        int phrases = 0;
        try (Reader in = Files.newBufferedReader(folder.resolve("phrases.csv"), StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().get())) {
            for (CSVRecord row : csv) {
                String text = Files.readString(folder.resolve(row.get("document")), StandardCharsets.UTF_8);
                int start = text.offsetByCodePoints(0, Integer.parseInt(row.get("start")));
                int end = text.offsetByCodePoints(0, Integer.parseInt(row.get("end")));
                assertEquals(row.get("phrase"), text.substring(start, end), row.toString());
                ParsedPhrase read = PhraseParser.parse(row.get("phrase"), row.get("language"));
                assertEquals(row.get("unit"), read.unit(), row.toString());
                assertEquals(row.get("low"), plain(read.low()), row.toString());
                assertEquals(row.get("high"), plain(read.high()), row.toString());
                assertEquals(row.get("qualifier"), read.qualifier().code(), row.toString());
                languages.add(row.get("language"));
                phrases++;
            }
        }
        assertEquals(Set.of("de", "en", "es", "fr", "it", "ja", "ko", "pt", "zh"), languages);
        assertEquals(summary.documentPhrases(), phrases);
        assertTrue(Files.isRegularFile(folder.resolve("doc-000009.txt")));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static <T> Set<String> values(List<T> rows, Function<T, String> column) {
        return rows.stream().map(column).collect(Collectors.toCollection(TreeSet::new));
    }

    private static <T> double share(List<T> rows, Predicate<T> test) {
        return rows.stream().filter(test).count() / (double) rows.size();
    }
}
