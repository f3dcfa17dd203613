package org.strategyatlas.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;
import org.strategyatlas.normalise.Measure;
import org.strategyatlas.publish.Table;

/**
 * The intensity views of {@link InvestmentChart} ({@link PerCapitaChart}, {@link ShareOfGdpChart}): one bar per
 * jurisdiction of {@code country_comparison}, largest low first, with a light bar behind it up to the high where
 * one is known.
 *
 * <p>Drawn as in {@link InvestmentChart}: vertical bars (XChart 4.0.3's horizontal bars cannot overlap), the
 * range series painted first and the low over it, and a log axis when the values span more than
 * {@link InvestmentChart#LOG_SPAN} times.
 */
final class IntensityChart {

    static final String LOW_SERIES = "low total";

    /** What differs between the intensity views. */
    record Kind(String name, Measure measure, String title, Function<ChartContext, String> yAxisTitle,
                String decimalPattern, String basis, String what, String missing) {
    }

    private IntensityChart() {
    }

    static ChartSpec build(Table comparison, ChartContext context, Kind kind) {
        String stem = kind.measure().column(context.currency());
        String unit = kind.measure().unit(context.currency(), context.baseYear());
        int code = comparison.columnIndex("jurisdiction");
        int lowColumn = comparison.columnIndex(stem + "_low");
        int highColumn = comparison.columnIndex(stem + "_high");

        List<Bar> bars = new ArrayList<>();
        for (List<Object> row : comparison.rows()) {
            Double low = ChartCells.number(row.get(lowColumn));
            if (low != null) {
                bars.add(new Bar((String) row.get(code), low, ChartCells.number(row.get(highColumn))));
            }
        }
        bars.sort(Comparator.comparingDouble(Bar::low).reversed().thenComparing(Bar::jurisdiction));
        int leftOut = comparison.rows().size() - bars.size();

        CategoryChart chart = ChartCells.jurisdictionBars(kind.decimalPattern());
        CategoryStyler styler = chart.getStyler();
        String title = kind.title();
        chart.setTitle(title);
        chart.setYAxisTitle(kind.yAxisTitle().apply(context));

        List<String> categories = bars.stream().map(Bar::jurisdiction).toList();
        List<Double> range = bars.stream().map(b -> b.high() != null && b.high() > b.low() ? b.high() : null)
                .toList();
        List<Double> lows = bars.stream().map(b -> b.low() > 0 ? b.low() : null).toList();
        if (range.stream().anyMatch(v -> v != null)) {
            chart.addSeries(InvestmentChart.RANGE_SERIES, categories, range).setFillColor(InvestmentChart.RANGE_COLOR);
        }
        if (lows.stream().anyMatch(v -> v != null)) {
            chart.addSeries(LOW_SERIES, categories, lows).setFillColor(AtlasTheme.PALETTE[0]);
        }
        styler.setLegendVisible(chart.getSeriesCollection().size() > 1);
        DoubleSummaryStatistics values = Stream.concat(range.stream(), lows.stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).summaryStatistics();
        if (values.getCount() > 0 && values.getMax() > InvestmentChart.LOG_SPAN * values.getMin()) {
            ChartCells.logAxisFrom(styler, values.getMin());
        }

        String subtitle = unit + " (" + kind.basis() + ");"
                + " bars: low total, light bar: up to the high total"
                + (styler.isYAxisLogarithmic() ? "; log scale" : "");
        String caption = values.getCount() == 0
                ? "Nothing to show: no jurisdiction has a positive " + kind.what() + "."
                : "Announced AI " + kind.what() + " of " + ChartCells.jurisdictions(bars.size()) + ", largest first"
                        + (leftOut == 0 ? "" : "; " + ChartCells.jurisdictions(leftOut) + " without " + kind.missing()
                        + " left out") + ".";
        return new ChartSpec(kind.name(), title, subtitle, context.footer(), caption, chart, ChartSpec.WIDTH,
                ChartSpec.HEIGHT);
    }

    private record Bar(String jurisdiction, double low, Double high) {
    }
}
