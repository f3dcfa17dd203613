package org.strategyatlas.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;
import org.strategyatlas.normalise.Measure;
import org.strategyatlas.publish.Table;

/**
 * Announced AI investment by jurisdiction in constant money ({@code country_comparison}): one bar per
 * jurisdiction with a headline total, largest low total first, split by commitment class (budgeted public money,
 * plans and requests, pledges), with a light part up to the high total where one is known. Targets and reports and
 * broader packages without an AI share are not in the headline and not drawn.
 *
 * <p>Two XChart 4.0.3 limits shape the drawing. Its {@code HorizontalBarChart} can neither stack nor overlap
 * series, so the bars are vertical: ISO codes along the x axis, largest first, labels turned upright. Its stacked
 * mode adds the logarithms of the segments on a log axis, so a stack is drawn as overlapped bars of cumulative
 * height, top segment first: each series' y value is the top of its segment (budgeted, budgeted + planned, ...),
 * the range series' y is the high total. That is right on linear and log axes alike. A low total the class columns
 * do not add up to gets its own segment. The axis turns logarithmic when the totals
 * span more than {@link #LOG_SPAN} times; values of 0 (an "up to" figure's low) are not drawn.
 */
public final class InvestmentChart {

    public static final String NAME = "investment";
    /** Largest over smallest positive total beyond which the value axis is logarithmic. */
    public static final double LOG_SPAN = 100;
    public static final String RANGE_SERIES = "up to high total";
    public static final String UNSPECIFIED_SERIES = "class not stated";
    /** The commitment-class columns of {@code country_comparison} that make the headline, bottom of the stack first. */
    public static final List<String> SEGMENTS = List.of("budgeted", "planned", "pledged");
    /** The legend's name of each segment. */
    public static final List<String> SEGMENT_NAMES = List.of("budgeted public money", "plans and requests",
            "pledges");

    static final Color RANGE_COLOR = new Color(0xC8C8C8);
    private static final double BILLION = 1e9;
    // Sums of doubles: a remainder below this share of the low total is rounding, not an unstated class.
    private static final double TOLERANCE = 1e-9;

    private InvestmentChart() {
    }

    public static ChartSpec build(Table comparison, ChartContext context) {
        String stem = Measure.CONSTANT.column(context.currency());
        String unit = String.format(Locale.ROOT, "constant %d %s bn", context.baseYear(), context.currencySymbol());
        int code = comparison.columnIndex("jurisdiction");
        int lowColumn = comparison.columnIndex("investment_" + stem + "_low");
        int highColumn = comparison.columnIndex("investment_" + stem + "_high");
        int[] classColumns = SEGMENTS.stream().mapToInt(f -> comparison.columnIndex(f + "_" + stem + "_low"))
                .toArray();

        List<Bar> bars = new ArrayList<>();
        for (List<Object> row : comparison.rows()) {
            Double low = ChartCells.number(row.get(lowColumn));
            if (low == null) {
                continue;
            }
            double[] classes = new double[classColumns.length];
            for (int i = 0; i < classes.length; i++) {
                Double value = ChartCells.number(row.get(classColumns[i]));
                classes[i] = value == null ? 0 : value / BILLION;
            }
            Double high = ChartCells.number(row.get(highColumn));
            bars.add(new Bar((String) row.get(code), low / BILLION, high == null ? null : high / BILLION, classes));
        }
        bars.sort(Comparator.comparingDouble(Bar::low).reversed().thenComparing(Bar::jurisdiction));
        int leftOut = comparison.rows().size() - bars.size();

        CategoryChart chart = ChartCells.jurisdictionBars("#,##0.##");
        CategoryStyler styler = chart.getStyler();
        chart.setYAxisTitle(unit);
        String title = "Announced AI investment by jurisdiction";
        chart.setTitle(title);

        List<Layer> layers = layers(bars);
        DoubleSummaryStatistics totals = bars.stream().flatMap(b -> Stream.of(b.low(), b.high()))
                .filter(v -> v != null && v > 0).mapToDouble(Double::doubleValue).summaryStatistics();
        List<String> categories = bars.stream().map(Bar::jurisdiction).toList();
        for (Layer layer : layers) {
            CategorySeries series = chart.addSeries(layer.name(), categories, layer.tops());
            series.setFillColor(layer.color());
        }
        styler.setLegendVisible(layers.size() > 1);
        if (totals.getCount() > 0 && totals.getMax() > LOG_SPAN * totals.getMin()) {
            double smallest = layers.stream().flatMap(l -> l.tops().stream()).filter(v -> v != null)
                    .mapToDouble(Double::doubleValue).min().orElseThrow();
            ChartCells.logAxisFrom(styler, smallest);
        }

        String subtitle = unit + " (GDP deflator of the issuing economy, " + context.baseYear()
                + " exchange rate); bars: headline low total by commitment class (targets, reports and broader"
                + " packages apart), light part: up to the high total"
                + (styler.isYAxisLogarithmic() ? "; log scale" : "");
        return new ChartSpec(NAME, title, subtitle, context.footer(), caption(layers.isEmpty(), bars.size(), leftOut,
                context), chart, ChartSpec.WIDTH, ChartSpec.HEIGHT);
    }

    /** The series to draw, the top of the stack first so that lower segments are painted over it. */
    private static List<Layer> layers(List<Bar> bars) {
        List<Layer> layers = new ArrayList<>();
        List<Double> range = bars.stream().map(b -> b.high() != null && b.high() > b.low() ? b.high() : null)
                .toList();
        addIfAny(layers, new Layer(RANGE_SERIES, range, RANGE_COLOR));
        List<Double> unstated = bars.stream().map(b -> b.unstated() > TOLERANCE * b.low() ? b.low() : null)
                .toList();
        addIfAny(layers, new Layer(UNSPECIFIED_SERIES, unstated, AtlasTheme.PALETTE[4]));
        for (int f = SEGMENTS.size() - 1; f >= 0; f--) {
            int cls = f;
            List<Double> tops = bars.stream().map(b -> b.classes()[cls] > 0 ? b.cumulative(cls) : null)
                    .toList();
            addIfAny(layers, new Layer(SEGMENT_NAMES.get(f), tops, AtlasTheme.PALETTE[f]));
        }
        return layers;
    }

    private static void addIfAny(List<Layer> layers, Layer layer) {
        if (layer.tops().stream().anyMatch(v -> v != null)) {
            layers.add(layer);
        }
    }

    private static String caption(boolean empty, int shown, int leftOut, ChartContext context) {
        String money = String.format(Locale.ROOT, "constant %d %s", context.baseYear(), context.currencySymbol());
        if (empty) {
            return "Nothing to show: no jurisdiction has a positive investment total in " + money + ".";
        }
        return "Announced AI investment of " + ChartCells.jurisdictions(shown) + " in " + money
                + ", largest low total first, split by commitment class (budgeted public money, plans and requests,"
                + " pledges; targets, reports and broader packages without an AI share are not in the headline),"
                + " with the light part reaching the high total where one is known" + (leftOut == 0 ? "" : "; " + ChartCells.jurisdictions(leftOut) + " without an investment total"
                + " left out") + ".";
    }

    /** One jurisdiction's totals in billions; {@code classes} holds the lows in the order of {@link #SEGMENTS}. */
    private record Bar(String jurisdiction, double low, Double high, double[] classes) {

        double cumulative(int upTo) {
            double sum = 0;
            for (int i = 0; i <= upTo; i++) {
                sum += classes[i];
            }
            return sum;
        }

        double unstated() {
            return low - cumulative(classes.length - 1);
        }
    }

    private record Layer(String name, List<Double> tops, Color color) {
    }
}
