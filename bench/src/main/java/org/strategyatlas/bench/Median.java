package org.strategyatlas.bench;

import java.util.Arrays;
import java.util.Collection;

/** The median of repeated measurements. */
public final class Median {

    private Median() {
    }

    /** The middle value; for an even count the lower of the two middle ones, so it is a value that was measured. */
    public static double of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the median of no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}
