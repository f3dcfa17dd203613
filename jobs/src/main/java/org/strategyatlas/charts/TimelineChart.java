package org.strategyatlas.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.knowm.xchart.BubbleChart;
import org.knowm.xchart.BubbleChartBuilder;
import org.knowm.xchart.BubbleSeries;
import org.knowm.xchart.style.BubbleStyler;
import org.strategyatlas.normalise.Measure;
import org.strategyatlas.publish.Table;

/**
 * When the investment was announced ({@code figures_normalised}): one bubble per initiative counted in the totals,
 * at x = the year its amount is priced in (the announcement year unless the figure says otherwise), y = its
 * jurisdiction (one row each, first in alphabetical order at the top), bubble area = its constant amount.
 *
 * <p>An initiative quoted by several figures is drawn once, as the totals count it: its earliest price year and
 * its lowest constant low. Initiatives without a constant low (an "up to" figure, or no reference data) are left
 * out and counted in the caption.
 *
 * <p>XChart has no categorical axis for bubbles, so row {@code i} is drawn at y = {@code i} and a tick label
 * formatter names it. XChart keeps tick steps whose labels are all distinct, and also checks that the axis ends
 * have distinct labels, so the formatter gives every whole number a distinct label (the padding rows above and
 * below are blank, one space and two) and every fraction the same empty label: steps below one row are then
 * rejected and each row gets its own tick. Bubble sizes are diameters in pixels, scaled here so that area is
 * proportional to the amount, the largest {@value #MAX_DIAMETER} px across, none under {@value #MIN_DIAMETER} px.
 */
public final class TimelineChart {

    public static final String NAME = "timeline";
    public static final String SERIES = "initiatives";
    public static final double MAX_DIAMETER = 36;
    public static final double MIN_DIAMETER = 4;

    private static final double BILLION = 1e9;
    // the theme's first colour, see-through so that initiatives of the same year and jurisdiction stay visible
    private static final Color FILL = new Color(AtlasTheme.PALETTE[0].getRed(), AtlasTheme.PALETTE[0].getGreen(),
            AtlasTheme.PALETTE[0].getBlue(), 140);

    private TimelineChart() {
    }

    public static ChartSpec build(Table figures, ChartContext context) {
        int initiativeColumn = figures.columnIndex("initiative_id");
        int jurisdictionColumn = figures.columnIndex("jurisdiction");
        int metricColumn = figures.columnIndex("metric");
        int yearColumn = figures.columnIndex("price_year");
        int lowColumn = figures.columnIndex(Measure.CONSTANT.column(context.currency()) + "_low");
        int inTotalsColumn = figures.columnIndex("in_totals");

        Map<String, Initiative> initiatives = new LinkedHashMap<>();
        for (List<Object> row : figures.rows()) {
            if (!"investment".equals(row.get(metricColumn)) || !Boolean.TRUE.equals(row.get(inTotalsColumn))) {
                continue;
            }
            Double year = ChartCells.number(row.get(yearColumn));
            Double low = ChartCells.number(row.get(lowColumn));
            initiatives.merge((String) row.get(initiativeColumn),
                    new Initiative((String) row.get(jurisdictionColumn), year == null ? null : year.intValue(),
                            low == null || low <= 0 ? null : low / BILLION),
                    Initiative::envelope);
        }
        List<Initiative> shown = initiatives.values().stream().filter(i -> i.year() != null && i.amount() != null)
                .sorted(Comparator.comparingDouble(Initiative::amount).reversed()
                        .thenComparing(Initiative::jurisdiction).thenComparing(Initiative::year))
                .toList();
        List<String> rows = new ArrayList<>(new TreeSet<>(shown.stream().map(Initiative::jurisdiction).toList()));

        BubbleChart chart = new BubbleChartBuilder().width(ChartSpec.WIDTH).height(ChartSpec.HEIGHT).build();
        BubbleStyler styler = chart.getStyler();
        AtlasTheme.apply(styler);
        styler.setLocale(Locale.ROOT);
        styler.setLegendVisible(false);
        String title = "Announced AI investment over time";
        chart.setTitle(title);
        chart.setXAxisTitle("year (of the amount's prices: the announcement year unless stated)");
        chart.setYAxisTitle("jurisdiction");
        String money = String.format(Locale.ROOT, "constant %d %s", context.baseYear(), context.currencySymbol());
        if (!shown.isEmpty()) {
            double max = shown.get(0).amount();
            double[] x = new double[shown.size()];
            double[] y = new double[shown.size()];
            double[] size = new double[shown.size()];
            for (int i = 0; i < shown.size(); i++) {
                Initiative initiative = shown.get(i);
                x[i] = initiative.year();
                y[i] = rows.size() - 1 - rows.indexOf(initiative.jurisdiction());
                size[i] = Math.max(MIN_DIAMETER, MAX_DIAMETER * Math.sqrt(initiative.amount() / max));
            }
            BubbleSeries series = chart.addSeries(SERIES, x, y, size);
            series.setFillColor(FILL);
            series.setLineColor(AtlasTheme.PALETTE[0]);
            int first = shown.stream().mapToInt(Initiative::year).min().orElseThrow();
            int last = shown.stream().mapToInt(Initiative::year).max().orElseThrow();
            styler.setXAxisMin(first - 1.0);
            styler.setXAxisMax(last + 1.0);
            chart.setCustomXAxisTickLabelsFormatter(v -> whole(v) ? Long.toString(Math.round(v)) : "");
            styler.setYAxisMin(-1.0);
            styler.setYAxisMax((double) rows.size());
            // a spacing hint under one row's height makes XChart try steps of one row
            styler.setYAxisTickMarkSpacingHint(10);
            chart.setCustomYAxisTickLabelsFormatter(rowLabels(rows));
        }

        String subtitle = "one bubble per initiative counted in the totals; bubble area: amount in " + money
                + " (GDP deflator of the issuing economy, " + context.baseYear() + " exchange rate; low)";
        // a preview of a Spark-written table holds the largest initiatives; totalRows counts them all
        long leftOut = (figures.complete() ? initiatives.size() : figures.totalRows()) - shown.size();
        String caption = shown.isEmpty()
                ? "Nothing to show: no initiative counted in the totals has an amount in " + money + "."
                : "Announced AI investment of " + shown.size() + (shown.size() == 1 ? " initiative" : " initiatives")
                        + " in " + rows.size() + (rows.size() == 1 ? " jurisdiction" : " jurisdictions")
                        + " by the year of their prices, bubble area proportional to the amount in " + money
                        + (leftOut == 0 ? "" : "; " + leftOut + (leftOut == 1 ? " initiative" : " initiatives")
                        + (figures.complete() ? " without an amount in " + money + " or a year left out"
                                : " left out (only the largest " + shown.size() + " are drawn)")) + ".";
        return new ChartSpec(NAME, title, subtitle, context.footer(), caption, chart, ChartSpec.WIDTH,
                ChartSpec.HEIGHT);
    }

    /** Row {@code i} from the bottom names {@code rows.get(size - 1 - i)}; see the class comment for the rest. */
    static Function<Double, String> rowLabels(List<String> rows) {
        return v -> {
            if (!whole(v)) {
                return "";
            }
            long row = Math.round(v);
            if (row >= 0 && row < rows.size()) {
                return rows.get(rows.size() - 1 - (int) row);
            }
            if (row == -1 || row == rows.size()) {
                return row == -1 ? " " : "  ";
            }
            return Long.toString(row); // beyond the axis ends: never drawn, only distinct
        };
    }

    private static boolean whole(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9;
    }

    /** One counted initiative: amount in billions of constant money, null when unknown. */
    private record Initiative(String jurisdiction, Integer year, Double amount) {

        /** The earliest year and lowest amount of two figures of the same initiative. */
        Initiative envelope(Initiative other) {
            return new Initiative(jurisdiction, min(year, other.year), min(amount, other.amount));
        }

        private static <T extends Comparable<T>> T min(T a, T b) {
            return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
        }
    }
}
