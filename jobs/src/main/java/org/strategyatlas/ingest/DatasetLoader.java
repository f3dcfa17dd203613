package org.strategyatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Dataset;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Metric;
import org.strategyatlas.model.Source;
import org.strategyatlas.model.TaxonomyEntry;
import org.strategyatlas.util.DisplayPaths;
import org.strategyatlas.util.Hashing;

/**
 * Ingest: reads the curated files of one dataset, checks every row alone and against the others, checks that
 * each figure's phrase reads as its numbers, verifies quoted phrases against held source texts, and returns what passed together with every problem found.
 * It never stops at the first problem and never drops a row without reporting it.
 */
public final class DatasetLoader {

    private final Path dataDir;
    private final Path seedsDir;
    private final Set<String> economies;
    private final SourceTexts texts;

    /**
     * @param dataDir   the folder of initiatives.csv, figures.csv ... (normally data/)
     * @param seedsDir  the folder of sources.csv and held source texts (normally seeds/)
     * @param economies the jurisdiction codes the reference data knows
     * @param texts     where held source texts are looked up
     */
    public DatasetLoader(Path dataDir, Path seedsDir, Set<String> economies, SourceTexts texts) {
        this.dataDir = dataDir;
        this.seedsDir = seedsDir;
        this.economies = Set.copyOf(economies);
        this.texts = texts;
    }

    public LoadedDataset load() throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        Map<DataFile, Path> paths = new LinkedHashMap<>();
        Map<DataFile, Parsed<?>> parsed = new LinkedHashMap<>();
        for (DataFile file : DataFile.values()) {
            Path path = pathOf(file);
            paths.put(file, path);
            try {
                CsvFile csv = CsvFile.read(path, DisplayPaths.of(path), file.columns());
                parsed.put(file, RowMapper.mapAll(csv, mapperOf(file)));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (parsed.size() < DataFile.values().length) {
            throw new InputException(problems); // a file that cannot be read as a table stops the cross checks
        }
        parsed.values().forEach(p -> problems.addAll(p.problems()));

        Parsed<Source> sources = cast(parsed.get(DataFile.SOURCES));
        Parsed<Metric> metrics = cast(parsed.get(DataFile.METRICS));
        Parsed<TaxonomyEntry> taxonomy = cast(parsed.get(DataFile.TAXONOMY));
        Parsed<Initiative> initiatives = cast(parsed.get(DataFile.INITIATIVES));
        Parsed<Figure> figures = cast(parsed.get(DataFile.FIGURES));
        Parsed<Attribute> attributes = cast(parsed.get(DataFile.ATTRIBUTES));

        CrossChecks checks = new CrossChecks();
        Map<String, Source> sourceById = checks.unique(sources, "id", Source::id);
        Set<String> sourceIds = known(sourceById.keySet(), sources, "id");
        checks.sourceFiles(sources);
        Map<String, Metric> metricById = checks.unique(metrics, "metric", Metric::metric);
        checks.unique(taxonomy, "language", t -> t.attribute() + "/" + t.language());
        checks.taxonomyHasEnglish(taxonomy);
        Set<String> attributeCodes = known(taxonomy.records().stream().map(TaxonomyEntry::attribute)
                .collect(Collectors.toSet()), taxonomy, "attribute");
        Map<String, Initiative> initiativeById = checks.unique(initiatives, "id", Initiative::id);
        Set<String> initiativeIds = known(initiativeById.keySet(), initiatives, "id");
        checks.initiatives(initiatives, economies, sourceIds, initiativeById, initiativeIds);
        Map<String, Figure> figureById = checks.unique(figures, "id", Figure::id);
        checks.figures(figures, initiativeIds, metricById, known(metricById.keySet(), metrics, "metric"), sourceIds);
        checks.supersededFigures(figures, known(figureById.keySet(), figures, "id"));
        checks.partsWithinWholes(initiatives, initiativeById, figures.records());
        checks.unique(attributes, "source", Attribute::key);
        checks.attributes(attributes, initiativeIds, attributeCodes, sourceIds);
        problems.addAll(checks.problems());

        QuoteCheck quotes = new QuoteCheck(texts, sourceById);
        Map<String, QuoteStatus> figureQuotes = new HashMap<>();
        for (int i = 0; i < figures.records().size(); i++) {
            Figure f = figures.records().get(i);
            figureQuotes.put(f.id(), quotes.check(figures, i, "as_stated", f.source(), f.asStated()));
        }
        Map<String, QuoteStatus> attributeQuotes = new HashMap<>();
        for (int i = 0; i < attributes.records().size(); i++) {
            Attribute a = attributes.records().get(i);
            attributeQuotes.put(a.key(), quotes.check(attributes, i, "evidence", a.source(), a.evidence()));
        }
        problems.addAll(quotes.problems());

        Set<String> badRows = new HashSet<>();
        problems.forEach(p -> badRows.add(p.file() + ":" + p.line()));
        PhraseCheck phrases = new PhraseCheck();
        phrases.check(figures, badRows);
        problems.addAll(phrases.problems());
        phrases.problems().forEach(p -> badRows.add(p.file() + ":" + p.line()));
        Cascade cascade = new Cascade(badRows);
        cascade.run(sources, metrics, taxonomy, initiatives, figures, attributes);
        List<FileCount> counts = new ArrayList<>();
        for (DataFile file : DataFile.values()) {
            counts.add(count(paths.get(file), parsed.get(file), badRows));
        }
        Dataset dataset = new Dataset(clean(sources, badRows), clean(initiatives, badRows), clean(figures, badRows),
                clean(attributes, badRows), clean(taxonomy, badRows), clean(metrics, badRows));
        return new LoadedDataset(dataset, problems, cascade.consequences(), counts, figureQuotes, attributeQuotes,
                CrossChecks.unlinkedMentions(initiatives, figures.records().stream()
                        .filter(f -> Figure.INVESTMENT.equals(f.metric())).map(Figure::initiative)
                        .collect(Collectors.toSet())));
    }

    /** Valid keys plus the keys of rejected rows: a reference to a broken row is not also "unknown". */
    private static Set<String> known(Set<String> valid, Parsed<?> parsed, String column) {
        Set<String> all = new HashSet<>(valid);
        all.addAll(parsed.rejectedCells(column));
        return all;
    }

    private Path pathOf(DataFile file) {
        String name = Path.of(file.relativePath()).getFileName().toString();
        return file == DataFile.SOURCES ? seedsDir.resolve(name) : dataDir.resolve(name);
    }

    private static RowMapper<?> mapperOf(DataFile file) {
        return switch (file) {
            case SOURCES -> Mappers::source;
            case METRICS -> Mappers::metric;
            case TAXONOMY -> Mappers::taxonomy;
            case INITIATIVES -> Mappers::initiative;
            case FIGURES -> Mappers::figure;
            case ATTRIBUTES -> Mappers::attribute;
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> Parsed<T> cast(Parsed<?> parsed) {
        return (Parsed<T>) parsed;
    }

    private static <T> List<T> clean(Parsed<T> parsed, Set<String> badRows) {
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < parsed.records().size(); i++) {
            if (!badRows.contains(parsed.file() + ":" + parsed.lineOf(i))) {
                kept.add(parsed.records().get(i));
            }
        }
        return kept;
    }

    private static FileCount count(Path path, Parsed<?> parsed, Set<String> badRows) throws InputException {
        Predicate<Long> bad = line -> badRows.contains(parsed.file() + ":" + line);
        int rejectedAfterMapping = (int) parsed.lines().stream().filter(bad).count();
        int rejected = parsed.rejected() + rejectedAfterMapping;
        try {
            return new FileCount(parsed.file(), Hashing.sha256(path), Files.size(path), parsed.read(),
                    parsed.read() - rejected, rejected);
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(parsed.file(), "cannot read file: " + e.getMessage(), null));
        }
    }
}
