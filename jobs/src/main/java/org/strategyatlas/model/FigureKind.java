package org.strategyatlas.model;

/** What period or state a figure describes. */
public enum FigureKind implements Coded {
    /** Over the initiative's whole horizon. */
    TOTAL,
    PER_YEAR,
    TARGET,
    ACHIEVED,
    CUMULATIVE
}
