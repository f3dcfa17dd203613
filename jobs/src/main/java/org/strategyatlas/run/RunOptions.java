package org.strategyatlas.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the main job reads, how it normalises and where it writes.
 *
 * @param dataDir      curated data (initiatives.csv, figures.csv, ...)
 * @param seedsDir     the source register and held source texts
 * @param referenceDir reference tables built by the importer
 * @param outRoot      where run folders and the {@code latest} link go
 * @param textDirs     more folders to look for held source texts in, after seedsDir
 * @param baseYear     base year of constant money, or null for the latest year the reference data completes
 * @param currency     USD or EUR: the currency of the money measures
 * @param lenient      true: rows with problems go to rejects.csv and the run goes on; false (default): any
 *                     problem stops the run before anything is written
 * @param waitForLock  true: wait for another run on the same output root to finish; false: refuse at once
 * @param keep         how many complete runs to keep after this one (older ones are deleted); null keeps all
 * @param ingest       how the record files are read: {@link Ingest#AUTO} (Spark's executors above
 *                     {@link org.strategyatlas.ingest.SparkIngest#AUTO_THRESHOLD_BYTES}), driver or spark
 */
public record RunOptions(Path dataDir, Path seedsDir, Path referenceDir, Path outRoot, List<Path> textDirs,
                         Integer baseYear, String currency, boolean lenient, boolean waitForLock, Integer keep,
                         Ingest ingest) {

    /** Where the record files are read. */
    public enum Ingest { AUTO, DRIVER, SPARK }

    public RunOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(seedsDir, "seedsDir");
        Objects.requireNonNull(referenceDir, "referenceDir");
        Objects.requireNonNull(outRoot, "outRoot");
        Objects.requireNonNull(ingest, "ingest");
        textDirs = List.copyOf(textDirs);
        if (!"USD".equals(currency) && !"EUR".equals(currency)) {
            throw new IllegalArgumentException("currency must be USD or EUR, not '" + currency + "'");
        }
        if (keep != null && keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1 (the run just made), not " + keep);
        }
    }

    /** The layout of a checkout: data/, seeds/, data/reference/ and reports/ under {@code home}; US$. */
    public static RunOptions defaults(Path home) {
        return new RunOptions(home.resolve("data"), home.resolve("seeds"), home.resolve("data/reference"),
                home.resolve("reports"), List.of(), null, "USD", false, false, null, Ingest.AUTO);
    }

    /** The same options reading the dataset in {@code data} and {@code seeds} and writing under {@code out}. */
    public RunOptions withPaths(Path data, Path seeds, Path reference, Path out) {
        return new RunOptions(data, seeds, reference, out, textDirs, baseYear, currency, lenient, waitForLock, keep, ingest);
    }

    public RunOptions withIngest(Ingest how) {
        return new RunOptions(dataDir, seedsDir, referenceDir, outRoot, textDirs, baseYear, currency, lenient,
                waitForLock, keep, how);
    }

    public RunOptions withTexts(List<Path> texts) {
        return new RunOptions(dataDir, seedsDir, referenceDir, outRoot, texts, baseYear, currency, lenient,
                waitForLock, keep, ingest);
    }

    public RunOptions withNormalisation(Integer year, String money) {
        return new RunOptions(dataDir, seedsDir, referenceDir, outRoot, textDirs, year, money, lenient, waitForLock,
                keep, ingest);
    }

    public RunOptions withPolicy(boolean lenientRows, boolean waitLock, Integer keepRuns) {
        return new RunOptions(dataDir, seedsDir, referenceDir, outRoot, textDirs, baseYear, currency, lenientRows,
                waitLock, keepRuns, ingest);
    }
}
