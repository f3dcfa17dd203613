package org.strategyatlas.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code atlas generate} makes: {@code figures} figure rows (about a third as many initiatives),
 * {@code documents} text documents, all decided by {@code seed}; written under {@code out}, with jurisdictions and
 * currencies from the reference folder and metrics and taxonomy copied from {@code catalogueDir}.
 */
public record GenerateOptions(long figures, int documents, long seed, Path out, Path referenceDir,
                              Path catalogueDir) {

    /** A sanity bound: a billion figure rows is about 250 GB of CSV. */
    public static final long MAX_FIGURES = 1_000_000_000L;

    public GenerateOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(referenceDir, "referenceDir");
        Objects.requireNonNull(catalogueDir, "catalogueDir");
        if (figures < 1 || figures > MAX_FIGURES) {
            throw new IllegalArgumentException("figures must be from 1 to " + MAX_FIGURES + ", got " + figures);
        }
        if (documents < 0) {
            throw new IllegalArgumentException("documents must be 0 or more, got " + documents);
        }
    }

    /** Options that read the reference data and catalogue of the checkout at {@code home} (data/, data/reference/). */
    public static GenerateOptions of(Path home, long figures, int documents, long seed, Path out) {
        return new GenerateOptions(figures, documents, seed, out, home.resolve("data/reference"), home.resolve("data"));
    }
}
