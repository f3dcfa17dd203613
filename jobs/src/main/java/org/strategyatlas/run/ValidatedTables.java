package org.strategyatlas.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.strategyatlas.ingest.DataFile;
import org.strategyatlas.ingest.LoadedDataset;
import org.strategyatlas.ingest.QuoteStatus;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Coded;
import org.strategyatlas.model.Dataset;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Metric;
import org.strategyatlas.model.Source;
import org.strategyatlas.model.TaxonomyEntry;
import org.strategyatlas.publish.CsvTableWriter;

/**
 * Writes the validated dataset as tables: the input columns in their documented order, rows sorted by key,
 * plus what ingest derived ({@code horizon_years}, {@code quote_verified}).
 */
final class ValidatedTables {

    private ValidatedTables() {
    }

    /** Writes one CSV per input file into {@code folder}; returns the paths written. */
    static List<Path> write(LoadedDataset loaded, Path folder) throws IOException {
        Dataset d = loaded.dataset();
        List<Path> written = new ArrayList<>();

        written.add(table(folder, DataFile.SOURCES, List.of(), d.sources().stream()
                .sorted(Comparator.comparing(Source::id))
                .map(s -> row(s.id(), s.title(), s.publisher(), s.published(), s.language(), s.url(), s.file(),
                        s.notes()))
                .toList()));
        written.add(table(folder, DataFile.METRICS, List.of(), d.metrics().stream()
                .sorted(Comparator.comparing(Metric::metric))
                .map(m -> row(m.metric(), m.type().code(), m.perCapita(), m.label(), m.description()))
                .toList()));
        written.add(table(folder, DataFile.TAXONOMY, List.of(), d.taxonomy().stream()
                .sorted(Comparator.comparing(TaxonomyEntry::attribute)
                        .thenComparing(t -> t.language()))
                .map(t -> row(t.attribute(), t.language(), t.label(), String.join(";", t.synonyms())))
                .toList()));
        written.add(table(folder, DataFile.INITIATIVES, List.of("horizon_years"), d.initiatives().stream()
                .sorted(Comparator.comparing(Initiative::id))
                .map(i -> row(i.id(), i.jurisdiction(), i.name(), i.kind().code(), i.announced(), i.startYear(),
                        i.endYear(), i.horizonKind().code(), i.containedIn(), String.join(";", i.overlapsWith()),
                        i.scopeNote(), i.source(), i.notes(),
                        i.horizonYears().isPresent() ? i.horizonYears().getAsInt() : null))
                .toList()));
        written.add(table(folder, DataFile.FIGURES, List.of("quote_verified"), d.figures().stream()
                .sorted(Comparator.comparing(Figure::id))
                .map(f -> row(f.id(), f.initiative(), f.metric(), f.asStated(), f.language(), f.low(), f.high(),
                        f.unit(), f.qualifier().code(), code(f.basis()), code(f.funding()), f.kind().code(),
                        f.priceYear(), f.asOf(), f.source(), f.notes(),
                        loaded.figureQuotes().getOrDefault(f.id(), QuoteStatus.NOT_HELD).cell()))
                .toList()));
        List<List<Object>> attributeRows = d.attributes().stream()
                .sorted(Comparator.comparing(Attribute::key))
                .map(a -> row(a.initiative(), a.attribute(), a.source(), a.evidence(), a.language(),
                        loaded.attributeQuotes().getOrDefault(a.key(), QuoteStatus.NOT_HELD).cell()))
                .toList();
        written.add(table(folder, DataFile.ATTRIBUTES, List.of("quote_verified"), attributeRows));
        return written;
    }

    private static Path table(Path folder, DataFile file, List<String> extraColumns, List<List<Object>> rows)
            throws IOException {
        List<String> header = new ArrayList<>(file.columns());
        header.addAll(extraColumns);
        Path path = folder.resolve(file.tableName() + ".csv");
        CsvTableWriter.write(path, header, rows);
        return path;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(Arrays.stream(cells).map(c -> c == null ? null : c instanceof String
                || c instanceof Number || c instanceof Boolean ? c : c.toString()).toArray());
    }

    private static String code(Coded value) {
        return value == null ? "" : value.code();
    }
}
