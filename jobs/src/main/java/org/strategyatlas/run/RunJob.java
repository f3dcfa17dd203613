package org.strategyatlas.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.strategyatlas.compare.CountryComparison;
import org.strategyatlas.compare.Disagreements;
import org.strategyatlas.compare.NormalisedTable;
import org.strategyatlas.compare.TotalsRule;
import org.strategyatlas.ingest.DatasetLoader;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.LoadedDataset;
import org.strategyatlas.ingest.SourceTexts;
import org.strategyatlas.model.Figure;
import org.strategyatlas.normalise.BaseYear;
import org.strategyatlas.normalise.FigureFrame;
import org.strategyatlas.normalise.NormaliseStep;
import org.strategyatlas.normalise.Normaliser;
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
        LoadedDataset loaded = new DatasetLoader(options.dataDir(), options.seedsDir(),
                Set.copyOf(reference.economies().keySet()), new SourceTexts(textFolders)).load();
        if (loaded.hasProblems() && !options.lenient()) {
            throw new InputException(loaded.problems());
        }
        progress.step("ingest", loaded.counts().stream().mapToInt(c -> c.read()).sum() + " rows checked in "
                + loaded.counts().size() + " files", timer.lap("ingest"));
        if (loaded.hasProblems()) {
            progress.step("ingest", "warning: " + loaded.rejects().size() + " row(s) rejected and listed in"
                    + " tables/rejects.csv (--lenient)", 0);
        }

        int baseYear = baseYear(options, reference, loaded);
        spark = sparkSupplier.get();
        Normaliser normaliser = new Normaliser(reference, baseYear, options.currency());
        Broadcast<Normaliser> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(normaliser);
        Dataset<Row> figures = FigureFrame.of(spark, loaded.dataset(), TotalsRule.inTotals(loaded.dataset()));
        Dataset<Row> normalised = NormaliseStep.apply(figures, shared).cache();
        try {
            List<Table> tables = List.of(
                    NormalisedTable.build(normalised, options.currency(), baseYear),
                    new CountryComparison(options.currency(), baseYear).build(normalised, loaded.dataset(),
                            reference.economies()),
                    AttributesMatrix.build(spark, loaded.dataset()),
                    Disagreements.build(normalised),
                    Rejects.table(loaded.rejects()));
            progress.step("normalise", tables.get(0).rows().size() + " figures in constant " + baseYear + " "
                    + options.currency() + "; " + tables.get(1).rows().size() + " jurisdictions compared",
                    timer.lap("normalise_compare"));
            return publish(options, started, loaded, reference, baseYear, tables, timer);
        } finally {
            normalised.unpersist();
            shared.destroy();
        }
    }

    private RunSummary publish(RunOptions options, Instant started, LoadedDataset loaded, ReferenceData reference,
                               int baseYear, List<Table> tables, Timer timer) throws IOException {
        RunFolder folder = RunFolder.begin(options.outRoot(), started);
        try {
            Publisher publisher = new Publisher(spark, folder.work(),
                    Publisher.metadata(folder.runId(), baseYear, options.currency(), loaded.dataset(), reference));
            ValidatedTables.write(loaded, publisher.tablesFolder());
            publisher.publish(tables, reference, loaded.dataset().sources().size());
            Faults.point(Faults.OUTPUTS_WRITTEN);
            timer.lap("publish");
            Manifest manifest = new Manifest(folder.runId(), started.toString());
            manifest.parameters(options);
            manifest.put("spark_master", spark.sparkContext().master());
            manifest.put("base_year", baseYear);
            manifest.put("currency", options.currency());
            manifest.put("mode", options.lenient() ? "lenient" : "strict");
            manifest.put("warnings", loaded.rejects().size());
            manifest.inputs(loaded.counts());
            manifest.reference(options.referenceDir());
            manifest.tables(tables);
            timer.laps().forEach(manifest::timing);
            manifest.write(folder.work(), clock.instant().toString());
            Path done = folder.commit();
            progress.step("publish", "wrote " + DisplayPaths.of(done), timer.total());
            return new RunSummary(folder.runId(), done, loaded.counts());
        } catch (IOException | RuntimeException e) {
            folder.abort();
            throw e;
        }
    }

    private static int baseYear(RunOptions options, ReferenceData reference, LoadedDataset loaded)
            throws ReferenceUnavailableException {
        if (options.baseYear() != null) {
            return options.baseYear();
        }
        Set<String> currencies = new TreeSet<>();
        loaded.dataset().figures().stream().filter(f -> !f.isCount()).map(Figure::unit).forEach(currencies::add);
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
