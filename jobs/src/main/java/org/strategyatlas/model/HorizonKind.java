package org.strategyatlas.model;

/** How an initiative's time horizon is stated; only {@link #OPEN} has no end year. */
public enum HorizonKind implements Coded {
    /** "over five years". */
    YEARS,
    /** "to 2030". */
    END_YEAR,
    /** "to FY2030". */
    FISCAL_YEAR,
    /** "this legislative term". */
    TERM,
    /** No horizon stated: never annualised. */
    OPEN
}
