package org.strategyatlas.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.strategyatlas.ingest.DataFile;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Coded;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Source;

/**
 * Writes records as the curated files do, one row at a time through a buffered writer: UTF-8, RFC 4180, one header
 * row with the columns of {@link DataFile} in their order, plain decimals, ISO dates, {@code ;} between list items.
 */
final class CsvRecords implements RecordSink, AutoCloseable {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL).get();
    private static final int BUFFER = 1 << 16;

    private final CSVPrinter sources;
    private final CSVPrinter initiatives;
    private final CSVPrinter figures;
    private final CSVPrinter attributes;
    private final Counts counts = new Counts();

    /** How many rows went to each file. */
    static final class Counts {
        long sources;
        long initiatives;
        long figures;
        long attributes;
    }

    /** Opens the four files below {@code root} ({@code seeds/sources.csv}, {@code data/...}) and writes headers. */
    CsvRecords(Path root) throws IOException {
        List<CSVPrinter> opened = new ArrayList<>();
        try {
            for (DataFile file : List.of(DataFile.SOURCES, DataFile.INITIATIVES, DataFile.FIGURES,
                    DataFile.ATTRIBUTES)) {
                opened.add(open(root, file));
            }
        } catch (IOException | RuntimeException e) {
            for (CSVPrinter printer : opened) {
                printer.close();
            }
            throw e;
        }
        sources = opened.get(0);
        initiatives = opened.get(1);
        figures = opened.get(2);
        attributes = opened.get(3);
    }

    static CSVPrinter open(Path root, DataFile file) throws IOException {
        Path path = root.resolve(file.relativePath());
        Files.createDirectories(path.getParent());
        BufferedWriter writer = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), BUFFER);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(file.columns());
        return printer;
    }

    Counts counts() {
        return counts;
    }

    private static final Layout SOURCE = new Layout(DataFile.SOURCES, "id", "title", "publisher", "published",
            "language", "url", "file", "notes");
    private static final Layout INITIATIVE = new Layout(DataFile.INITIATIVES, "id", "jurisdiction", "name", "kind",
            "announced", "start_year", "end_year", "horizon_kind", "contained_in", "overlaps_with", "scope_note",
            "source", "notes", "scope", "ai_share_low", "ai_share_high", "ai_share_source", "superseded_by");
    private static final Layout FIGURE = new Layout(DataFile.FIGURES, "id", "initiative", "metric", "as_stated",
            "language", "low", "high", "unit", "qualifier", "basis", "funding", "kind", "price_year", "as_of",
            "source", "notes", "superseded_by");
    private static final Layout ATTRIBUTE = new Layout(DataFile.ATTRIBUTES, "initiative", "attribute", "source",
            "evidence", "language");

    @Override
    public void source(Source s) {
        SOURCE.print(sources, s.id(), s.title(), s.publisher(), text(s.published()), s.language(), s.url(), s.file(),
                s.notes());
        counts.sources++;
    }

    @Override
    public void initiative(Initiative it) {
        INITIATIVE.print(initiatives, it.id(), it.jurisdiction(), it.name(), it.kind().code(),
                it.announced().toString(), text(it.startYear()), text(it.endYear()), it.horizonKind().code(),
                it.containedIn(), String.join(";", it.overlapsWith()), it.scopeNote(), it.source(), it.notes(),
                it.scope().code(), text(it.aiShareLow()), text(it.aiShareHigh()), it.aiShareSource(), it.supersededBy());
        counts.initiatives++;
    }

    @Override
    public void figure(Figure f) {
        FIGURE.print(figures, f.id(), f.initiative(), f.metric(), f.asStated(), f.language(), text(f.low()),
                text(f.high()), f.unit(), f.qualifier().code(), code(f.basis()), code(f.funding()), f.kind().code(),
                text(f.priceYear()), text(f.asOf()), f.source(), f.notes(), f.supersededBy());
        counts.figures++;
    }

    @Override
    public void attribute(Attribute a) {
        ATTRIBUTE.print(attributes, a.initiative(), a.attribute(), a.source(), a.evidence(), a.language());
        counts.attributes++;
    }

    /**
     * The columns the generator writes for one file, in its own order, and where each of the file's columns
     * (whose order {@link DataFile} decides) finds its value.
     */
    private static final class Layout {

        private final int[] order;

        Layout(DataFile file, String... names) {
            List<String> mine = List.of(names);
            order = new int[file.columns().size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = mine.indexOf(file.columns().get(i));
                if (order[i] < 0) {
                    throw new IllegalStateException(file.relativePath() + " has a column '" + file.columns().get(i)
                            + "' the generator does not write; add it to CsvRecords");
                }
            }
        }

        void print(CSVPrinter printer, String... values) {
            try {
                for (int index : order) {
                    printer.print(values[index]);
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static String code(Coded value) {
        return value == null ? "" : value.code();
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (CSVPrinter printer : new CSVPrinter[] {sources, initiatives, figures, attributes}) {
            try {
                printer.close(true);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
