package org.strategyatlas.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One observation of one metric of one initiative, as one source states it: the phrase as written and
 * the numbers it means. Money stays {@link BigDecimal}; bounds follow the {@link Qualifier}.
 */
public record Figure(String id, String initiative, String metric, String asStated, String language,
                     BigDecimal low, BigDecimal high, String unit, Qualifier qualifier, Basis basis,
                     Funding funding, FigureKind kind, Integer priceYear, PartialDate asOf, String source,
                     String notes, String supersededBy) {

    /** The money metric that totals add up. */
    public static final String INVESTMENT = "investment";
    /** The unit of every count metric; money metrics use an ISO 4217 code instead. */
    public static final String COUNT_UNIT = "count";

    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(asStated, "asStated");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        notes = notes == null ? "" : notes;
        supersededBy = supersededBy == null ? "" : supersededBy;
        String bad = boundsProblem(qualifier, low, high);
        if (bad != null) {
            throw new IllegalArgumentException("figure " + id + ": " + bad);
        }
    }

    /** A figure that nothing supersedes. */
    public Figure(String id, String initiative, String metric, String asStated, String language, BigDecimal low,
                  BigDecimal high, String unit, Qualifier qualifier, Basis basis, Funding funding, FigureKind kind,
                  Integer priceYear, PartialDate asOf, String source, String notes) {
        this(id, initiative, metric, asStated, language, low, high, unit, qualifier, basis, funding, kind, priceYear,
                asOf, source, notes, "");
    }

    /** Why {@code low}/{@code high} do not fit {@code qualifier}, or null when they do. */
    public static String boundsProblem(Qualifier qualifier, BigDecimal low, BigDecimal high) {
        if ((low != null && low.signum() < 0) || (high != null && high.signum() < 0)) {
            return "amounts are never negative (a cancellation is a positive amount with basis cancellation)";
        }
        return switch (qualifier) {
            case EXACT, APPROX -> low == null || high == null || low.compareTo(high) != 0
                    ? "qualifier " + qualifier.code() + " needs low and high equal" : null;
            case AT_LEAST -> low == null || high != null ? "qualifier at_least needs a low and no high" : null;
            case AT_MOST -> high == null || low != null ? "qualifier at_most needs a high and no low" : null;
            case RANGE -> low == null || high == null || low.compareTo(high) >= 0
                    ? "qualifier range needs low < high" : null;
        };
    }

    /**
     * Whether the figure states its initiative's size as totals read it: investment money of kind total, neither a
     * cancellation nor superseded.
     */
    public boolean statesSize() {
        return INVESTMENT.equals(metric) && kind == FigureKind.TOTAL && !isCount() && basis != Basis.CANCELLATION
                && supersededBy.isEmpty();
    }

    public boolean isCount() {
        return COUNT_UNIT.equals(unit);
    }
}
