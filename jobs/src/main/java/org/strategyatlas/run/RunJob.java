package org.strategyatlas.run;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.strategyatlas.compare.AttributesMatrix;
import org.strategyatlas.compare.Breakdown;
import org.strategyatlas.compare.CountryComparison;
import org.strategyatlas.compare.Disagreements;
import org.strategyatlas.compare.JurisdictionInitiatives;
import org.strategyatlas.compare.NormalisedTable;
import org.strategyatlas.compare.TimelineRows;
import org.strategyatlas.ingest.DatasetLoader;
import org.strategyatlas.ingest.FileCount;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;
import org.strategyatlas.ingest.LoadedDataset;
import org.strategyatlas.ingest.SourceTexts;
import org.strategyatlas.ingest.SparkDataset;
import org.strategyatlas.ingest.SparkIngest;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Source;
import org.strategyatlas.normalise.BaseYear;
import org.strategyatlas.normalise.FigureFrame;
import org.strategyatlas.normalise.NormaliseStep;
import org.strategyatlas.normalise.Normaliser;
import org.strategyatlas.publish.SparkTables;
import org.strategyatlas.publish.Table;
import org.strategyatlas.reference.ReferenceData;
import org.strategyatlas.util.DisplayPaths;

/**
 * The main batch job: load reference data, ingest and check the curated dataset, normalise every figure on
 * Spark, build the comparison tables, and publish a run folder. Nothing is written where a finished run is
 * expected until every output is complete.
 */
public final class RunJob {

    private final Clock clock;
    private final Progress progress;
    private final Supplier<SparkSession> sparkSupplier;
    private SparkSession spark;

    /** @param spark gives the session when the first Spark step needs it: bad input fails before Spark starts */
    public RunJob(Clock clock, Progress progress, Supplier<SparkSession> spark) {
        this.clock = clock;
        this.progress = progress;
        this.sparkSupplier = spark;
    }

    public RunSummary run(RunOptions options)
            throws InputException, ReferenceUnavailableException, IOException, OutputBusyException {
        try (OutputLock lock = OutputLock.acquire(options.outRoot(), options.waitForLock())) {
            List<String> stale = RunFolder.removeStale(options.outRoot());
            if (!stale.isEmpty()) {
                progress.step("recover", "removed what interrupted runs left: " + String.join(", ", stale), 0);
            }
            RunSummary summary = runLocked(options);
            if (options.keep() != null) {
                List<String> pruned = RunFolder.prune(options.outRoot(), options.keep());
                if (!pruned.isEmpty()) {
                    progress.step("retention", "deleted " + pruned.size() + " older run(s), keeping "
                            + options.keep() + ": " + String.join(", ", pruned), 0);
                }
            }
            return summary;
        }
    }

    private RunSummary runLocked(RunOptions options)
            throws InputException, ReferenceUnavailableException, IOException {
        Instant started = clock.instant();
        Timer timer = new Timer();

        ReferenceData reference = loadReference(options.referenceDir());
        progress.step("reference", "loaded " + reference.economies().size() + " economies from "
                + DisplayPaths.of(options.referenceDir()), timer.lap("reference"));

        List<Path> textFolders = new ArrayList<>();
        textFolders.add(options.seedsDir());
        textFolders.addAll(options.textDirs());
        SourceTexts texts = new SourceTexts(textFolders);
        Set<String> economies = Set.copyOf(reference.economies().keySet());
        boolean atScale = options.ingest() == RunOptions.Ingest.SPARK
                || options.ingest() == RunOptions.Ingest.AUTO && SparkIngest.large(options.dataDir());
        if (atScale) {
            if (options.lenient()) {
                throw new InputException(InputProblem.ofFile(DisplayPaths.of(options.dataDir()),
                        "--lenient is not available when the record files are read by Spark (together over "
                                + SparkIngest.AUTO_THRESHOLD_BYTES / (1024 * 1024) + " MiB, or --ingest spark)",
                        "a strict run: fix the problems it lists; or --ingest driver for files under 256 MiB"));
            }
            spark = sparkSupplier.get();
            SparkDataset data = new SparkIngest(spark, options.dataDir(), options.seedsDir(), economies, texts).load();
            try {
                progress.step("ingest", String.format(Locale.ROOT, "%,d rows checked in %d files (Spark)",
                        data.counts().stream().mapToLong(FileCount::read).sum(), data.counts().size()),
                        timer.lap("ingest"));
                return atScale(options, started, timer, reference, data);
            } finally {
                data.release();
            }
        }
        LoadedDataset loaded = new DatasetLoader(options.dataDir(), options.seedsDir(), economies, texts).load();
        if (loaded.hasProblems() && !options.lenient()) {
            throw new InputException(loaded.problems());
        }
        progress.step("ingest", loaded.counts().stream().mapToInt(c -> c.read()).sum() + " rows checked in "
                + loaded.counts().size() + " files", timer.lap("ingest"));
        if (loaded.hasProblems()) {
            progress.step("ingest", "warning: " + loaded.rejects().size() + " row(s) rejected and listed in"
                    + " tables/rejects.csv (--lenient)", 0);
        }
        for (InputProblem warning : loaded.warnings()) {
            progress.step("ingest", "warning: " + warning, 0);
        }
        org.strategyatlas.model.Dataset data = loaded.dataset();
        Set<String> currencies = new TreeSet<>();
        data.figures().stream().filter(f -> !f.isCount()).map(Figure::unit).forEach(currencies::add);
        int baseYear = baseYear(options, reference, currencies);
        spark = sparkSupplier.get();
        Normaliser normaliser = new Normaliser(reference, baseYear, options.currency());
        Broadcast<Normaliser> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(normaliser);
        Dataset<Row> raw = NormaliseStep.apply(FigureFrame.of(spark, data), shared).cache();
        Breakdown.Result totals = Breakdown.of(raw, Breakdown.initiatives(spark, data.initiatives()),
                options.currency(), true);
        Dataset<Row> breakdown = totals.rows().cache();
        Dataset<Row> normalised = Breakdown.withInTotals(raw, totals.counted()).cache();
        try {
            Table figuresTable = NormalisedTable.build(normalised, options.currency(), baseYear);
            List<Table> tables = List.of(figuresTable,
                    new CountryComparison(options.currency(), baseYear).build(normalised, breakdown, data.metrics(),
                            JurisdictionInitiatives.of(data.initiatives()), reference.economies()),
                    Breakdown.build(breakdown, options.currency(), baseYear),
                    AttributesMatrix.build(AttributesMatrix.pairs(spark, data), data.taxonomy(),
                            data.initiatives().stream().map(Initiative::jurisdiction).toList()),
                    Disagreements.build(normalised),
                    Rejects.table(loaded.rejects()));
            progress.step("normalise", tables.get(0).rows().size() + " figures in constant " + baseYear + " "
                    + options.currency() + "; " + tables.get(1).rows().size() + " jurisdictions compared",
                    timer.lap("normalise_compare"));
            Run run = new Run(options, started, baseYear, data.sources(), loaded.counts(), loaded.rejects().size() + loaded.warnings().size());
            return publish(run, reference, timer, tables, figuresTable, folder -> {
                ValidatedTables.write(loaded, folder);
                return null;
            });
        } finally {
            normalised.unpersist();
            breakdown.unpersist();
            totals.release();
            raw.unpersist();
            shared.destroy();
        }
    }

    /** The rest of a run whose records were read by Spark: only aggregates and previews reach the driver. */
    private RunSummary atScale(RunOptions options, Instant started, Timer timer, ReferenceData reference,
                               SparkDataset data) throws ReferenceUnavailableException, IOException {
        Set<String> currencies = new TreeSet<>();
        data.figures().filter(col("unit").notEqual("count")).select("unit").distinct().collectAsList()
                .forEach(r -> currencies.add(r.getString(0)));
        int baseYear = baseYear(options, reference, currencies);
        Normaliser normaliser = new Normaliser(reference, baseYear, options.currency());
        Broadcast<Normaliser> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(normaliser);
        Dataset<Row> raw = NormaliseStep.apply(FigureFrame.of(data.figures(), data.initiatives(), data.metrics()),
                shared).cache();
        Breakdown.Result totals = Breakdown.of(raw, Breakdown.initiatives(data.initiatives()), options.currency(),
                false);
        Dataset<Row> breakdown = totals.rows().cache();
        Dataset<Row> normalised = Breakdown.withInTotals(raw, totals.counted()).cache();
        try {
            Map<String, JurisdictionInitiatives> initiatives = JurisdictionInitiatives.of(data.initiatives());
            Table comparison = new CountryComparison(options.currency(), baseYear).build(normalised, breakdown,
                    data.metrics(), initiatives, reference.economies());
            Dataset<Row> pairs = data.attributes().join(data.initiatives().select(col("id").as("_initiative"),
                            col("jurisdiction")), col("initiative").equalTo(col("_initiative")))
                    .select("jurisdiction", "initiative", "attribute");
            Table matrix = AttributesMatrix.build(pairs, data.taxonomy(), initiatives.keySet());
            Table timeline = TimelineRows.of(normalised, options.currency(), baseYear);
            progress.step("normalise", String.format(Locale.ROOT, "constant %d %s; %,d jurisdictions compared",
                    baseYear, options.currency(), comparison.rows().size()), timer.lap("normalise_compare"));
            Run run = new Run(options, started, baseYear, data.sources(), data.counts(), 0);
            return publish(run, reference, timer, null, timeline, folder -> {
                Path parquet = Files.createDirectories(folder.getParent().resolve("parquet"));
                ValidatedTables.writeCatalogues(data.sources(), data.metrics(), data.taxonomy(), folder);
                ValidatedTables.writeRecords(data, folder);
                Table figuresTable = SparkTables.write(NormalisedTable.frame(normalised, options.currency(), baseYear),
                        NormalisedTable.NAME, NormalisedTable.TITLE,
                        NormalisedTable.columns(options.currency(), baseYear), folder, parquet);
                Table disagreements = SparkTables.write(Disagreements.frame(normalised), Disagreements.NAME,
                        Disagreements.TITLE, Disagreements.columns(), folder, parquet);
                Table breakdownTable = SparkTables.write(Breakdown.frame(breakdown, options.currency(), baseYear),
                        Breakdown.NAME, Breakdown.TITLE, Breakdown.columns(options.currency(), baseYear), folder,
                        parquet);
                return List.of(figuresTable, comparison, breakdownTable, matrix, disagreements,
                        Rejects.table(List.of()));
            });
        } finally {
            normalised.unpersist();
            breakdown.unpersist();
            totals.release();
            raw.unpersist();
            shared.destroy();
        }
    }

    /** What the published run says of its inputs. */
    private record Run(RunOptions options, Instant started, int baseYear, List<Source> sources,
                       List<FileCount> counts, int warnings) {
    }

    /** Writes the tables that only exist in the run folder (validated records, and any written by Spark). */
    @FunctionalInterface
    private interface FolderTables {
        /** @return the run's tables when they are made here, else null (the caller's tables are used) */
        List<Table> write(Path tablesFolder) throws IOException;
    }

    private RunSummary publish(Run run, ReferenceData reference, Timer timer, List<Table> made, Table timeline,
                               FolderTables inFolder) throws IOException {
        RunOptions options = run.options();
        RunFolder folder = RunFolder.begin(options.outRoot(), run.started());
        try {
            Publisher publisher = new Publisher(spark, folder.work(), Publisher.metadata(folder.runId(),
                    run.baseYear(), options.currency(), run.sources(), reference));
            List<Table> written = inFolder.write(publisher.tablesFolder());
            List<Table> tables = written != null ? written : made;
            publisher.publish(tables, written != null ? Set.of(NormalisedTable.NAME, Disagreements.NAME, Breakdown.NAME)
                            : Set.of(),
                    timeline, reference, run.sources().size());
            Faults.point(Faults.OUTPUTS_WRITTEN);
            timer.lap("publish");
            Manifest manifest = new Manifest(folder.runId(), run.started().toString());
            manifest.parameters(options);
            manifest.put("spark_master", spark.sparkContext().master());
            manifest.put("base_year", run.baseYear());
            manifest.put("currency", options.currency());
            manifest.put("mode", options.lenient() ? "lenient" : "strict");
            manifest.put("ingest", written != null ? "spark" : "driver");
            manifest.put("warnings", run.warnings());
            manifest.inputs(run.counts());
            manifest.reference(options.referenceDir());
            manifest.tables(tables);
            timer.laps().forEach(manifest::timing);
            manifest.write(folder.work(), clock.instant().toString());
            Path done = folder.commit();
            progress.step("publish", "wrote " + DisplayPaths.of(done), timer.total());
            return new RunSummary(folder.runId(), done, run.counts());
        } catch (IOException | RuntimeException e) {
            folder.abort();
            throw e;
        }
    }

    private static int baseYear(RunOptions options, ReferenceData reference, Set<String> moneyUnits)
            throws ReferenceUnavailableException {
        if (options.baseYear() != null) {
            return options.baseYear();
        }
        Set<String> currencies = new TreeSet<>(moneyUnits);
        if ("EUR".equals(options.currency())) {
            currencies.add("EUR");
        }
        OptionalInt year = BaseYear.latestComplete(reference, currencies);
        if (year.isEmpty()) {
            throw new ReferenceUnavailableException("no year from 2000 has exchange rates and deflators for all of "
                    + currencies + "; update data/reference or pass --base-year", null);
        }
        return year.getAsInt();
    }

    private static ReferenceData loadReference(Path dir) throws ReferenceUnavailableException {
        try {
            return ReferenceData.load(dir);
        } catch (InputException e) {
            throw new ReferenceUnavailableException("reference data in " + DisplayPaths.of(dir)
                    + " is missing or unreadable: " + e.getMessage()
                    + "; rebuild it with ./atlas reference import (see data/reference/README.md)", e);
        }
    }
}
