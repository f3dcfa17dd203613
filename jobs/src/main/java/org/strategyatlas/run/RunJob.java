package org.strategyatlas.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.strategyatlas.ingest.DatasetLoader;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.LoadedDataset;
import org.strategyatlas.ingest.SourceTexts;
import org.strategyatlas.reference.ReferenceData;
import org.strategyatlas.util.DisplayPaths;

/**
 * The main batch job: load reference data, ingest and check the curated dataset, and publish a run folder.
 * Nothing is written where a finished run is expected until every output is complete.
 */
public final class RunJob {

    private final Clock clock;
    private final Progress progress;

    public RunJob(Clock clock, Progress progress) {
        this.clock = clock;
        this.progress = progress;
    }

    public RunSummary run(RunOptions options)
            throws InputException, ReferenceUnavailableException, IOException {
        Instant started = clock.instant();
        long t0 = System.nanoTime();

        ReferenceData reference = loadReference(options.referenceDir());
        long tReference = System.nanoTime();
        progress.step("reference", "loaded " + reference.economies().size() + " economies from "
                + DisplayPaths.of(options.referenceDir()), millis(t0, tReference));

        List<Path> textFolders = new ArrayList<>();
        textFolders.add(options.seedsDir());
        textFolders.addAll(options.textDirs());
        LoadedDataset loaded = new DatasetLoader(options.dataDir(), options.seedsDir(),
                Set.copyOf(reference.economies().keySet()), new SourceTexts(textFolders)).load();
        long tIngest = System.nanoTime();
        if (loaded.hasProblems()) {
            throw new InputException(loaded.problems());
        }
        progress.step("ingest", loaded.counts().stream().mapToInt(c -> c.read()).sum() + " rows checked in "
                + loaded.counts().size() + " files", millis(tReference, tIngest));

        RunFolder folder = RunFolder.begin(options.outRoot(), started);
        try {
            Manifest manifest = new Manifest(folder.runId(), started.toString());
            manifest.parameters(options);
            manifest.inputs(loaded.counts());
            manifest.reference(options.referenceDir());
            Path tables = folder.work().resolve("tables");
            Files.createDirectories(tables);
            ValidatedTables.write(loaded, tables);
            long tPublish = System.nanoTime();
            manifest.timing("reference", millis(t0, tReference));
            manifest.timing("ingest", millis(tReference, tIngest));
            manifest.timing("publish", millis(tIngest, tPublish));
            manifest.write(folder.work(), clock.instant().toString());
            Path done = folder.commit();
            progress.step("publish", "wrote " + DisplayPaths.of(done), millis(tIngest, System.nanoTime()));
            return new RunSummary(folder.runId(), done, loaded.counts());
        } catch (IOException | RuntimeException e) {
            folder.abort();
            throw e;
        }
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

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}
