package org.strategyatlas.charts;

import java.util.Objects;

/**
 * What every chart of a run states besides its data: the run id, the base year and currency of its money,
 * and the sources line of the footer (which cannot be switched off).
 */
public record ChartContext(String runId, int baseYear, String currency, String sources) {

    public ChartContext {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(sources, "sources");
    }

    /** "US$" or "EUR", as units are written in subtitles. */
    public String currencySymbol() {
        return "USD".equals(currency) ? "US$" : currency;
    }

    /** The footer every chart carries: sources and run id. */
    public String footer() {
        return sources + " | Strategy Atlas run " + runId;
    }
}
