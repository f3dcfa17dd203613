package org.strategyatlas.normalise;

import java.io.Serializable;

/** The low and high of one normalised measure; either may be null (open bound, or not computable). */
public record Bounds(Double low, Double high) implements Serializable {

    public static final Bounds EMPTY = new Bounds(null, null);

    public Bounds {
        if ((low != null && !Double.isFinite(low)) || (high != null && !Double.isFinite(high))) {
            throw new IllegalArgumentException("normalised values must be finite: " + low + ", " + high);
        }
    }

    public boolean isEmpty() {
        return low == null && high == null;
    }
}
