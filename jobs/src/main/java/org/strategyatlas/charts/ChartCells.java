package org.strategyatlas.charts;

/** Reading chart data out of published table cells, and the few words captions share. */
final class ChartCells {

    private ChartCells() {
    }

    /** A cell of a number column as a double; null when empty (a value that could not be computed). */
    static Double number(Object cell) {
        if (cell == null) {
            return null;
        }
        if (!(cell instanceof Number n)) {
            throw new IllegalArgumentException("chart data: expected a number in a number column, got '" + cell
                    + "'");
        }
        return Double.isNaN(n.doubleValue()) ? null : n.doubleValue();
    }

    /** "1 jurisdiction", "5 jurisdictions". */
    static String jurisdictions(int n) {
        return n + (n == 1 ? " jurisdiction" : " jurisdictions");
    }
}
