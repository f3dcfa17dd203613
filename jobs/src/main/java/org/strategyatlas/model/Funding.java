package org.strategyatlas.model;

/** Who provides the money. */
public enum Funding implements Coded {
    PUBLIC, PRIVATE, MIXED, SOVEREIGN_FUND
}
