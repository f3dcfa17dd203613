package org.strategyatlas.bench.raw;

import java.nio.file.Path;
import java.util.Objects;

/** Bytes {@code [start, end)} of a file: they begin at the start of a line and end after a line end or at EOF. */
public record ByteRange(Path file, long start, long end) {

    public ByteRange {
        Objects.requireNonNull(file, "file");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") of " + file
                    + " must have 0 <= start <= end");
        }
    }

    public long length() {
        return end - start;
    }
}
