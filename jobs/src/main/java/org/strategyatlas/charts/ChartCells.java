package org.strategyatlas.charts;

import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler.LegendPosition;

/** Reading chart data out of published table cells, the bar chart of jurisdictions, and caption words. */
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

    /** An empty bar chart with one (overlapped) bar per jurisdiction, labelled upright, in the Atlas theme. */
    static CategoryChart jurisdictionBars(String yDecimalPattern) {
        CategoryChart chart = new CategoryChartBuilder().width(ChartSpec.WIDTH).height(ChartSpec.HEIGHT).build();
        CategoryStyler styler = chart.getStyler();
        AtlasTheme.apply(styler);
        styler.setLocale(Locale.ROOT);
        styler.setOverlapped(true);
        styler.setYAxisDecimalPattern(yDecimalPattern);
        styler.setLegendPosition(LegendPosition.OutsideE);
        styler.setXAxisLabelRotation(90);
        // XChart leaves out category labels it thinks too close; every bar needs its label
        styler.setXAxisTickMarkSpacingHint(5);
        chart.setXAxisTitle("jurisdiction (ISO 3166-1 alpha-3; EUU: European Union)");
        return chart;
    }

    /** A log y axis for bars whose smallest value is {@code smallest}. */
    static void logAxisFrom(CategoryStyler styler, double smallest) {
        // XChart anchors bars at zero, which a log axis cannot show: start a decade strictly below the data
        styler.setYAxisLogarithmic(true);
        styler.setYAxisMin(Math.pow(10, Math.ceil(Math.log10(smallest)) - 1));
    }

    /** "1 jurisdiction", "5 jurisdictions". */
    static String jurisdictions(int n) {
        return n + (n == 1 ? " jurisdiction" : " jurisdictions");
    }
}
