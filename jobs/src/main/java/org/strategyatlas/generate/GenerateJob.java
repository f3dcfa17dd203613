package org.strategyatlas.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.strategyatlas.ingest.DataFile;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Source;
import org.strategyatlas.reference.ReferenceData;
import org.strategyatlas.run.ReferenceUnavailableException;

/**
 * {@code atlas generate}: writes a synthetic dataset in the formats of data/ and seeds/, and documents for the
 * extraction benchmark, all decided by the seed. Rows are written as they are made, so memory does not grow with
 * the number of figures. Files are written in a staging folder and moved into place at the end: a failed run
 * leaves no half-written dataset.
 */
public final class GenerateJob {

    /** What a generation puts in its output folder; none may be there before. */
    static final List<String> OUTPUTS = List.of("data", "seeds", DocumentWriter.FOLDER, Manifest.FILE);
    static final String STAGING = ".atlas-generate.partial";
    private static final long PROGRESS_EVERY = 1_000_000;

    private final Consumer<String> progress;

    /** @param progress receives a line now and then on long runs (every million figures) */
    public GenerateJob(Consumer<String> progress) {
        this.progress = progress;
    }

    public GenerateSummary run(GenerateOptions options) throws IOException, InputException,
            ReferenceUnavailableException {
        return run(options, RecordSink.NONE);
    }

    /**
     * Generates the dataset, also handing every record to {@code observer} as it is written.
     *
     * @throws FileAlreadyExistsException if the output folder already holds data/, seeds/, documents/ or a manifest
     * @throws InputException             if metrics.csv or taxonomy.csv of the catalogue folder cannot be read
     */
    public GenerateSummary run(GenerateOptions options, RecordSink observer) throws IOException, InputException,
            ReferenceUnavailableException {
        Path out = options.out();
        checkOutput(out);
        Catalogue catalogue = Catalogue.load(reference(options.referenceDir()), options.catalogueDir());
        Files.createDirectories(out);
        Path staging = out.resolve(STAGING);
        deleteTree(staging);
        Files.createDirectories(staging);
        try {
            GenerateSummary summary = write(options, catalogue, staging, observer);
            for (String name : OUTPUTS) {
                if (Files.exists(staging.resolve(name))) {
                    Files.move(staging.resolve(name), out.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.delete(staging);
            return summary;
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static void checkOutput(Path out) throws IOException {
        for (String name : OUTPUTS) {
            if (Files.exists(out.resolve(name))) {
                throw new FileAlreadyExistsException(out.resolve(name).toString(), null,
                        "the output folder already holds a dataset; remove it or choose another --out folder");
            }
        }
    }

    private static ReferenceData reference(Path dir) throws ReferenceUnavailableException {
        try {
            return ReferenceData.load(dir);
        } catch (InputException e) {
            throw new ReferenceUnavailableException("reference data in " + dir + " cannot be read ("
                    + e.problems().get(0).format() + "); run atlas reference import or pass --reference DIR", e);
        }
    }

    /** The steps: catalogue files, sources, initiatives with their figures and attributes, documents, manifest. */
    private GenerateSummary write(GenerateOptions options, Catalogue catalogue, Path root, RecordSink observer)
            throws IOException {
        SplittableRandom seeded = new SplittableRandom(options.seed());
        SplittableRandom sourcesRandom = seeded.split();
        SplittableRandom dataRandom = seeded.split();
        SplittableRandom documentsRandom = seeded.split();
        copyCatalogue(options.catalogueDir(), root);
        SourcePool pool = SourcePool.create(SourcePool.sizeFor(options.figures()), options.seed(), sourcesRandom);
        CsvRecords.Counts counts;
        try (CsvRecords csv = new CsvRecords(root)) {
            RecordSink both = new Tee(csv, observer);
            pool.all().forEach(both::source);
            rows(options.figures(), catalogue, pool, dataRandom, both);
            counts = csv.counts();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long phrases = 0;
        if (options.documents() > 0) {
            phrases = new DocumentWriter(catalogue).write(root, options.documents(), documentsRandom);
        }
        GenerateSummary summary = new GenerateSummary(options.out(), counts.sources, counts.initiatives,
                counts.figures, counts.attributes, options.documents(), phrases, catalogue.jurisdictions().size(),
                catalogue.currencies().size());
        Manifest.write(root, options, summary, catalogue);
        return summary;
    }

    /** Initiatives until {@code figures} figures are written, each with one to five figures (three on average). */
    private void rows(long figures, Catalogue catalogue, SourcePool pool, SplittableRandom random, RecordSink sink) {
        InitiativeFactory initiatives = new InitiativeFactory(catalogue.jurisdictions(), pool, random);
        FigureFactory figureFactory = new FigureFactory(catalogue, pool);
        AttributeFactory attributes = new AttributeFactory(catalogue, pool);
        long written = 0;
        for (long index = 0; written < figures; index++) {
            Planned planned = initiatives.next(index, random);
            int count = (int) Math.min(figures - written, 1 + random.nextInt(5));
            sink.initiative(planned.initiative());
            figureFactory.figures(planned, count, initiatives.firstPass(index), random, sink::figure);
            attributes.attributes(planned, random, sink::attribute);
            long before = written;
            written += count;
            if (written / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                progress.accept(String.format(Locale.ROOT, "generate: %,d of %,d figures", written, figures));
            }
        }
    }

    /** metrics.csv and taxonomy.csv as they are: the generated figures and attributes use their codes. */
    private static void copyCatalogue(Path catalogueDir, Path root) throws IOException {
        for (DataFile file : List.of(DataFile.METRICS, DataFile.TAXONOMY)) {
            Path target = root.resolve(file.relativePath());
            Files.createDirectories(target.getParent());
            Files.copy(catalogueDir.resolve(target.getFileName().toString()), target);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Hands each record to two sinks. */
    private record Tee(RecordSink first, RecordSink second) implements RecordSink {

        @Override
        public void source(Source source) {
            first.source(source);
            second.source(source);
        }

        @Override
        public void initiative(Initiative initiative) {
            first.initiative(initiative);
            second.initiative(initiative);
        }

        @Override
        public void figure(Figure figure) {
            first.figure(figure);
            second.figure(figure);
        }

        @Override
        public void attribute(Attribute attribute) {
            first.attribute(attribute);
            second.attribute(attribute);
        }
    }
}
