package org.strategyatlas.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code atlas reference import} was asked to do: the input files or folders, the output folder,
 * and the first year written.
 */
public record ImportOptions(List<Path> inputs, Path out, int fromYear) {

    public static final int DEFAULT_FROM_YEAR = 2000;
    public static final int MIN_YEAR = 1960;
    public static final int MAX_YEAR = 2100;

    public ImportOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("give at least one input file or folder");
        }
        Objects.requireNonNull(out, "out");
        if (fromYear < MIN_YEAR || fromYear > MAX_YEAR) {
            throw new IllegalArgumentException("from-year must be between " + MIN_YEAR + " and " + MAX_YEAR
                    + ", got " + fromYear);
        }
    }
}
