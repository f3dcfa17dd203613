package org.strategyatlas.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;

/**
 * Counts per million inhabitants ({@code <metric>_per_million} of {@code country_comparison}): one bar per
 * jurisdiction and metric with a value, grouped by metric (in column order), largest first within a metric, each
 * bar labelled "metric · jurisdiction".
 *
 * <p>The metrics count different things (start-ups, people trained, GPUs), so bars are only comparable within a
 * metric. A grouped bar chart with one series per jurisdiction would reserve a slot for every jurisdiction in
 * every metric, and the table is sparse; instead each metric is one series whose values fill only its own
 * categories, and the series overlap (XChart's {@code setOverlapped}) so that every bar is full width. The
 * colours only separate neighbouring groups; the labels name the metric, so there is no legend. The axis is
 * logarithmic when the values span more than {@link InvestmentChart#LOG_SPAN} times.
 */
public final class CountsPerMillionChart {

    public static final String NAME = "counts_per_million";
    public static final String SUFFIX = "_per_million";

    private CountsPerMillionChart() {
    }

    public static ChartSpec build(Table comparison, ChartContext context) {
        int code = comparison.columnIndex("jurisdiction");
        List<Bar> bars = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        for (Column column : comparison.columns()) {
            if (!column.name().endsWith(SUFFIX)) {
                continue;
            }
            String metric = column.name().substring(0, column.name().length() - SUFFIX.length());
            int index = comparison.columnIndex(column.name());
            List<Bar> ofMetric = new ArrayList<>();
            for (List<Object> row : comparison.rows()) {
                Double value = ChartCells.number(row.get(index));
                if (value != null && value > 0) {
                    ofMetric.add(new Bar(metric, (String) row.get(code), value));
                }
            }
            if (!ofMetric.isEmpty()) {
                ofMetric.sort(Comparator.comparingDouble(Bar::value).reversed().thenComparing(Bar::jurisdiction));
                bars.addAll(ofMetric);
                metrics.add(metric);
            }
        }

        CategoryChart chart = new CategoryChartBuilder().width(ChartSpec.WIDTH).height(ChartSpec.HEIGHT).build();
        CategoryStyler styler = chart.getStyler();
        AtlasTheme.apply(styler);
        styler.setLocale(Locale.ROOT);
        styler.setOverlapped(true);
        styler.setLegendVisible(false);
        styler.setYAxisDecimalPattern("#,##0.###");
        styler.setXAxisLabelRotation(90);
        // XChart leaves out category labels it thinks too close; every bar needs its label
        styler.setXAxisTickMarkSpacingHint(5);
        String title = "Counts per million inhabitants";
        chart.setTitle(title);
        chart.setXAxisTitle("metric · jurisdiction (ISO 3166-1 alpha-3; EUU: European Union)");
        chart.setYAxisTitle("per million inhabitants");

        List<String> categories = bars.stream().map(Bar::label).toList();
        for (int m = 0; m < metrics.size(); m++) {
            Double[] values = new Double[bars.size()];
            for (int i = 0; i < bars.size(); i++) {
                values[i] = bars.get(i).metric().equals(metrics.get(m)) ? bars.get(i).value() : null;
            }
            chart.addSeries(metrics.get(m).replace('_', ' '), categories, Arrays.asList(values))
                    .setFillColor(AtlasTheme.PALETTE[m % AtlasTheme.PALETTE.length]);
        }
        DoubleSummaryStatistics values = bars.stream().mapToDouble(Bar::value).summaryStatistics();
        if (values.getCount() > 0 && values.getMax() > InvestmentChart.LOG_SPAN * values.getMin()) {
            // XChart anchors bars at zero, which a log axis cannot show: start a decade strictly below the data
            styler.setYAxisLogarithmic(true);
            styler.setYAxisMin(Math.pow(10, Math.ceil(Math.log10(values.getMin())) - 1));
        }

        String subtitle = "largest single figure of each count metric per million inhabitants (population of the"
                + " price year); compare within a metric only" + (styler.isYAxisLogarithmic() ? "; log scale" : "");
        Set<String> jurisdictions = new TreeSet<>(bars.stream().map(Bar::jurisdiction).toList());
        String caption = bars.isEmpty()
                ? "Nothing to show: no jurisdiction has a count per million inhabitants."
                : String.format(Locale.ROOT, "Counts per million inhabitants of %d %s for %d %s, grouped by metric,"
                        + " largest first within a metric.", metrics.size(), metrics.size() == 1 ? "metric"
                        : "metrics", jurisdictions.size(), jurisdictions.size() == 1 ? "jurisdiction"
                        : "jurisdictions");
        return new ChartSpec(NAME, title, subtitle, context.footer(), caption, chart, ChartSpec.WIDTH,
                ChartSpec.HEIGHT);
    }

    private record Bar(String metric, String jurisdiction, double value) {

        String label() {
            return metric.replace('_', ' ') + " · " + jurisdiction;
        }
    }
}
