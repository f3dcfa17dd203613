package org.strategyatlas.normalise;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What normalising one figure needs: its numbers and unit, its jurisdiction, the year its prices are in, the
 * plan's horizon, and what the metric catalogue says of the metric.
 *
 * @param horizonYears years the plan runs, or null for an open horizon
 * @param perYear      true when the figure is already an amount per year (kind per_year)
 */
public record NormaliseInput(String figureId, String jurisdiction, String metric, boolean money, boolean perCapita,
                             String unit, BigDecimal low, BigDecimal high, int priceYear, Integer horizonYears,
                             boolean perYear) implements Serializable {

    public NormaliseInput {
        Objects.requireNonNull(figureId, "figureId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(unit, "unit");
        if (low == null && high == null) {
            throw new IllegalArgumentException("figure " + figureId + " has neither a low nor a high");
        }
        if (horizonYears != null && horizonYears < 1) {
            throw new IllegalArgumentException("figure " + figureId + ": horizon must be >= 1 year");
        }
    }
}
