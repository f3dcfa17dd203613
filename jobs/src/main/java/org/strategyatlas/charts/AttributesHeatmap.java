package org.strategyatlas.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.strategyatlas.publish.Table;

/**
 * What the initiatives of each jurisdiction are about ({@code attributes_matrix}): a heat map of jurisdictions
 * (rows, first in alphabetical order at the top) by taxonomy attribute (columns, in the table's order), each
 * cell the number of the jurisdiction's initiatives with that attribute, printed in the cell; cells of none are
 * left out of the series and stay blank (unless no initiative has an attribute at all: XChart needs a cell).
 *
 * <p>Built with {@code HeatMapChartBuilder}: XChart 4.0.3's {@code new HeatMapChart(width, height)} leaves the
 * styler without colours and paints nothing. XChart puts the first y category at the bottom, so the
 * jurisdictions are given to it in reverse order, and it drops category labels it finds crowded, so the tick
 * spacing hints are small. The colour scale runs from white (0) to the theme's blue (the largest count); the
 * legend is off because every cell prints its count.
 */
public final class AttributesHeatmap {

    public static final String NAME = "attributes_heatmap";
    public static final String SERIES = "initiatives";
    /** Points per jurisdiction row: the chart grows from {@link ChartSpec#HEIGHT} to fit its rows, up to a page. */
    public static final int ROW_HEIGHT = 20;
    public static final int MAX_HEIGHT = 1000;

    private AttributesHeatmap() {
    }

    public static ChartSpec build(Table matrix, ChartContext context) {
        int code = matrix.columnIndex("jurisdiction");
        List<Integer> attributeColumns = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        for (int i = 0; i < matrix.columns().size(); i++) {
            if (i != code) {
                attributeColumns.add(i);
                attributes.add(matrix.columns().get(i).name().replace('_', ' '));
            }
        }
        List<List<Object>> rows = matrix.rows();
        List<String> jurisdictions = new ArrayList<>();
        List<Number[]> cells = new ArrayList<>();
        List<Number[]> zeroes = new ArrayList<>();
        long max = 0;
        for (int r = rows.size() - 1; r >= 0; r--) {
            List<Object> row = rows.get(r);
            int y = jurisdictions.size();
            jurisdictions.add((String) row.get(code));
            for (int x = 0; x < attributeColumns.size(); x++) {
                long count = count(row.get(attributeColumns.get(x)));
                (count > 0 ? cells : zeroes).add(new Number[] {x, y, count});
                max = Math.max(max, count);
            }
        }
        boolean noneWithAttribute = cells.isEmpty();
        if (noneWithAttribute) {
            cells = zeroes; // XChart refuses a heat map without cells: show the zeroes
        }

        int height = Math.min(MAX_HEIGHT, Math.max(ChartSpec.HEIGHT, 200 + ROW_HEIGHT * jurisdictions.size()));
        HeatMapChart chart = new HeatMapChartBuilder().width(ChartSpec.WIDTH).height(height).build();
        HeatMapStyler styler = chart.getStyler();
        AtlasTheme.apply(styler);
        styler.setLocale(Locale.ROOT);
        styler.setLegendVisible(false);
        styler.setRangeColors(new Color[] {Color.WHITE, AtlasTheme.PALETTE[4], AtlasTheme.PALETTE[0]});
        styler.setMin(0);
        styler.setMax(Math.max(1, max));
        styler.setShowValue(true);
        styler.setHeatMapValueDecimalPattern("0");
        styler.setXAxisLabelRotation(90);
        // XChart leaves out category labels it thinks too close; every row and column needs its label
        styler.setXAxisTickMarkSpacingHint(5);
        styler.setYAxisTickMarkSpacingHint(5);
        String title = "Initiatives by jurisdiction and attribute";
        chart.setTitle(title);
        chart.setXAxisTitle("attribute (taxonomy)");
        chart.setYAxisTitle("jurisdiction");
        boolean empty = jurisdictions.isEmpty() || attributes.isEmpty();
        if (!empty) {
            chart.addSeries(SERIES, attributes, jurisdictions, cells);
        }

        String subtitle = "number of initiatives of the jurisdiction with the attribute (empty: none);"
                + " an initiative can have several attributes";
        String caption;
        if (empty) {
            caption = "Nothing to show: the attributes matrix has no " + (jurisdictions.isEmpty() ? "jurisdiction"
                    : "attribute") + ".";
        } else if (noneWithAttribute) {
            caption = "No initiative in " + jurisdictions.size() + (jurisdictions.size() == 1 ? " jurisdiction"
                    : " jurisdictions") + " has any of the " + attributes.size() + " taxonomy attributes yet.";
        } else {
            caption = "How many initiatives of each of " + jurisdictions.size() + " jurisdictions have each of "
                    + attributes.size() + " taxonomy attributes, at most " + max + " in a cell.";
        }
        return new ChartSpec(NAME, title, subtitle, context.footer(), caption, chart, ChartSpec.WIDTH, height);
    }

    /** A count cell; an empty cell counts as none. */
    private static long count(Object cell) {
        if (cell == null) {
            return 0;
        }
        if (!(cell instanceof Number n)) {
            throw new IllegalArgumentException("attributes_matrix: expected a count, got '" + cell + "'");
        }
        return n.longValue();
    }
}
