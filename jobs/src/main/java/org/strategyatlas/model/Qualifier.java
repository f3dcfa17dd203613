package org.strategyatlas.model;

/** How a stated number bounds the true value. */
public enum Qualifier implements Coded {
    /** The value itself: low = high. */
    EXACT,
    /** "about", "nearly": low = high, not exact. */
    APPROX,
    /** "more than", "at least": a low bound only. */
    AT_LEAST,
    /** "up to": a high bound only. */
    AT_MOST,
    /** "between X and Y": low &lt; high. */
    RANGE
}
