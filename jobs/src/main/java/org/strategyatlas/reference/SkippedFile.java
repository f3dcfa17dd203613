package org.strategyatlas.reference;

import java.util.Objects;

/** A file found under an input path that the importer does not read, and why. */
public record SkippedFile(String path, String reason) {

    public SkippedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
