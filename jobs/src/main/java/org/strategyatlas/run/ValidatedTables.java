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
import org.strategyatlas.ingest.SparkDataset;
import org.strategyatlas.ingest.ValidatedRows;
import org.strategyatlas.publish.SparkTables;
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
        List<Path> written = new ArrayList<>(writeCatalogues(d.sources(), d.metrics(), d.taxonomy(), folder));
        written.add(table(folder, DataFile.INITIATIVES, List.of("horizon_years"), d.initiatives().stream()
                .sorted(Comparator.comparing(Initiative::id)).map(ValidatedRows::initiative).toList()));
        written.add(table(folder, DataFile.FIGURES, List.of("quote_verified"), d.figures().stream()
                .sorted(Comparator.comparing(Figure::id))
                .map(f -> ValidatedRows.figure(f, loaded.figureQuotes().getOrDefault(f.id(), QuoteStatus.NOT_HELD)))
                .toList()));
        List<List<Object>> attributeRows = d.attributes().stream()
                .sorted(Comparator.comparing(Attribute::key))
                .map(a -> ValidatedRows.attribute(a, loaded.attributeQuotes().getOrDefault(a.key(),
                        QuoteStatus.NOT_HELD)))
                .toList();
        written.add(table(folder, DataFile.ATTRIBUTES, List.of("quote_verified"), attributeRows));
        return written;
    }

    /** The catalogue files (sources, metrics, taxonomy), which the driver holds in every run. */
    static List<Path> writeCatalogues(List<Source> sources, List<Metric> metrics, List<TaxonomyEntry> taxonomy,
                                      Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(table(folder, DataFile.SOURCES, List.of(), sources.stream()
                .sorted(Comparator.comparing(Source::id))
                .map(s -> row(s.id(), s.title(), s.publisher(), s.published(), s.language(), s.url(), s.file(),
                        s.notes()))
                .toList()));
        written.add(table(folder, DataFile.METRICS, List.of(), metrics.stream()
                .sorted(Comparator.comparing(Metric::metric))
                .map(m -> row(m.metric(), m.type().code(), m.perCapita(), m.label(), m.description()))
                .toList()));
        written.add(table(folder, DataFile.TAXONOMY, List.of(), taxonomy.stream()
                .sorted(Comparator.comparing(TaxonomyEntry::attribute)
                        .thenComparing(t -> t.language()))
                .map(t -> row(t.attribute(), t.language(), t.label(), String.join(";", t.synonyms())))
                .toList()));
        return written;
    }

    /** The record files read by Spark, written by its executors in the same order and format. */
    static void writeRecords(SparkDataset data, Path folder) throws IOException {
        record(data.initiatives(), DataFile.INITIATIVES, "id", folder);
        record(data.figures(), DataFile.FIGURES, "id", folder);
        record(data.attributes(), DataFile.ATTRIBUTES, "_key", folder);
    }

    private static void record(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> frame, DataFile file,
                               String orderBy, Path folder) throws IOException {
        List<String> names = ValidatedRows.columns(file);
        List<org.strategyatlas.publish.Column> columns = names.stream()
                .map(n -> org.strategyatlas.publish.Column.text(n, "")).toList();
        SparkTables.write(frame.orderBy(orderBy).select(names.stream().map(frame::col)
                        .toArray(org.apache.spark.sql.Column[]::new)), file.tableName(), file.tableName(), columns,
                folder, null);
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
