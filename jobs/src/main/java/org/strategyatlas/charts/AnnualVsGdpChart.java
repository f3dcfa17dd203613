package org.strategyatlas.charts;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BubbleChart;
import org.knowm.xchart.BubbleChartBuilder;
import org.knowm.xchart.BubbleSeries;
import org.knowm.xchart.style.BubbleStyler;
import org.strategyatlas.normalise.Measure;
import org.strategyatlas.publish.Table;
import org.strategyatlas.reference.Indicators;
import org.strategyatlas.reference.ReferenceData;

/**
 * Announced AI investment per year against the size of the economy: one bubble per jurisdiction at x = GDP
 * (current US$), y = annual constant investment (low total of plans with a known horizon), bubble area =
 * population, each labelled with its ISO code.
 *
 * <p>GDP and population are looked up in the reference data ({@code NY.GDP.MKTP.CD}, {@code SP.POP.TOTL}) for the
 * base year, or the latest of the {@value #YEARS_BACK} years before it when the base year is not published yet,
 * rather than recovered from the per-capita and share-of-GDP columns: those are sums over figures priced in
 * different years and would only approximate them. Each jurisdiction is its own series, named by its code, so
 * that the model says which bubble is which; the legend is off because the labels say it on the plot. XChart
 * takes a bubble's size as its diameter in pixels, so sizes are scaled here: area proportional to population,
 * the largest {@value #MAX_DIAMETER} px across, none smaller than {@value #MIN_DIAMETER} px.
 */
public final class AnnualVsGdpChart {

    public static final String NAME = "annual_vs_gdp";
    public static final double MAX_DIAMETER = 60;
    public static final double MIN_DIAMETER = 6;
    public static final int YEARS_BACK = 5;

    private static final double BILLION = 1e9;
    // the theme's first colour, see-through so that overlapping bubbles stay visible
    private static final Color FILL = new Color(AtlasTheme.PALETTE[0].getRed(), AtlasTheme.PALETTE[0].getGreen(),
            AtlasTheme.PALETTE[0].getBlue(), 140);

    /** Where GDP and population come from: {@link ReferenceData#value} or, in tests, a map. */
    @FunctionalInterface
    interface Lookup {
        Optional<BigDecimal> value(String indicator, String economy, int year);
    }

    private AnnualVsGdpChart() {
    }

    public static ChartSpec build(Table comparison, ReferenceData reference, ChartContext context) {
        return build(comparison, reference::value, context);
    }

    static ChartSpec build(Table comparison, Lookup reference, ChartContext context) {
        int base = context.baseYear();
        int code = comparison.columnIndex("jurisdiction");
        int annualColumn = comparison.columnIndex(Measure.ANNUAL_CONSTANT.column(context.currency()) + "_low");

        List<Point> points = new ArrayList<>();
        int earlierYear = 0;
        for (List<Object> row : comparison.rows()) {
            String jurisdiction = (String) row.get(code);
            Double annual = ChartCells.number(row.get(annualColumn));
            if (annual == null || annual <= 0) {
                continue;
            }
            for (int year = base; year >= base - YEARS_BACK; year--) {
                Optional<BigDecimal> gdp = reference.value(Indicators.GDP_CURRENT_USD, jurisdiction, year);
                Optional<BigDecimal> population = reference.value(Indicators.POPULATION, jurisdiction, year);
                if (gdp.isPresent() && population.isPresent()) {
                    points.add(new Point(jurisdiction, gdp.get().doubleValue() / BILLION, annual / BILLION,
                            population.get().doubleValue()));
                    earlierYear += year < base ? 1 : 0;
                    break;
                }
            }
        }
        // the largest bubbles first, so that smaller ones are painted over them
        points.sort(Comparator.comparingDouble(Point::population).reversed().thenComparing(Point::jurisdiction));
        double maxPopulation = points.stream().mapToDouble(Point::population).max().orElse(1);

        BubbleChart chart = new BubbleChartBuilder().width(ChartSpec.WIDTH).height(ChartSpec.HEIGHT).build();
        BubbleStyler styler = chart.getStyler();
        AtlasTheme.apply(styler);
        styler.setLocale(Locale.ROOT);
        styler.setLegendVisible(false);
        styler.setXAxisDecimalPattern("#,##0.##");
        styler.setYAxisDecimalPattern("#,##0.##");
        String title = "Announced AI investment per year and the size of the economy";
        chart.setTitle(title);
        chart.setXAxisTitle(String.format(Locale.ROOT, "GDP, current US$ bn (%d)", base));
        String money = String.format(Locale.ROOT, "constant %d %s", base, context.currencySymbol());
        chart.setYAxisTitle("investment per year, " + money + " bn");
        for (Point p : points) {
            double diameter = Math.max(MIN_DIAMETER, MAX_DIAMETER * Math.sqrt(p.population() / maxPopulation));
            BubbleSeries series = chart.addSeries(p.jurisdiction(), new double[] {p.gdp()}, new double[] {p.annual()},
                    new double[] {diameter});
            series.setFillColor(FILL);
            series.setLineColor(AtlasTheme.PALETTE[0]);
            chart.addAnnotation(new AnnotationText(p.jurisdiction(), p.gdp(), p.annual(), false));
        }
        boolean logX = axis(points.stream().mapToDouble(Point::gdp).summaryStatistics(), true, styler);
        boolean logY = axis(points.stream().mapToDouble(Point::annual).summaryStatistics(), false, styler);

        String subtitle = "x: GDP, current US$ bn (NY.GDP.MKTP.CD, " + base + (earlierYear > 0 ? " or the latest"
                + " year before" : "") + "); y: " + money + " bn per year of the plan (GDP deflator of the issuing"
                + " economy; low total, plans with a known horizon); bubble area: population (SP.POP.TOTL)"
                + (logX || logY ? "; log scale" : "");
        int leftOut = comparison.rows().size() - points.size();
        String caption = points.isEmpty()
                ? "Nothing to show: no jurisdiction has both an investment per year and GDP and population data."
                : "Announced AI investment per year of " + ChartCells.jurisdictions(points.size()) + " against GDP, bubble"
                        + " area proportional to population" + (leftOut == 0 ? "" : "; " + ChartCells.jurisdictions(leftOut)
                        + " without an investment per year (no plan with a known horizon) or without GDP and"
                        + " population data left out") + ".";
        return new ChartSpec(NAME, title, subtitle, context.footer(), caption, chart, ChartSpec.WIDTH,
                ChartSpec.HEIGHT);
    }

    /**
     * Logarithmic beyond {@link InvestmentChart#LOG_SPAN}, and padded either way: XChart fits the axis to the
     * bubble centres, which would cut the outermost bubbles in half.
     */
    private static boolean axis(DoubleSummaryStatistics values, boolean x, BubbleStyler styler) {
        if (values.getCount() == 0) {
            return false;
        }
        double min = values.getMin();
        double max = values.getMax();
        boolean log = max > InvestmentChart.LOG_SPAN * min;
        double lower;
        double upper;
        if (log) {
            double factor = Math.max(1.5, Math.pow(max / min, 0.08));
            lower = min / factor;
            upper = max * factor;
        } else {
            double pad = max > min ? 0.1 * (max - min) : 0.1 * max;
            lower = Math.max(0, min - pad);
            upper = max + pad;
        }
        if (x) {
            styler.setXAxisLogarithmic(log);
            styler.setXAxisMin(lower);
            styler.setXAxisMax(upper);
        } else {
            styler.setYAxisLogarithmic(log);
            styler.setYAxisMin(lower);
            styler.setYAxisMax(upper);
        }
        return log;
    }

    /** GDP and annual investment in billions, population in persons. */
    private record Point(String jurisdiction, double gdp, double annual, double population) {
    }
}
