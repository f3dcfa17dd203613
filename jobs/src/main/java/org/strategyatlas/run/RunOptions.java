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
 */
public record RunOptions(Path dataDir, Path seedsDir, Path referenceDir, Path outRoot, List<Path> textDirs,
                         Integer baseYear, String currency) {

    public RunOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(seedsDir, "seedsDir");
        Objects.requireNonNull(referenceDir, "referenceDir");
        Objects.requireNonNull(outRoot, "outRoot");
        textDirs = List.copyOf(textDirs);
        if (!"USD".equals(currency) && !"EUR".equals(currency)) {
            throw new IllegalArgumentException("currency must be USD or EUR, not '" + currency + "'");
        }
    }

    /** The layout of a checkout: data/, seeds/, data/reference/ and reports/ under {@code home}; US$. */
    public static RunOptions defaults(Path home) {
        return new RunOptions(home.resolve("data"), home.resolve("seeds"), home.resolve("data/reference"),
                home.resolve("reports"), List.of(), null, "USD");
    }

    public RunOptions withOutRoot(Path out) {
        return new RunOptions(dataDir, seedsDir, referenceDir, out, textDirs, baseYear, currency);
    }
}
