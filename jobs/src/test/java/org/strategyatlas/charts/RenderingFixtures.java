package org.strategyatlas.charts;

import java.awt.Graphics2D;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

/** Small charts with known texts for the rendering tests. */
final class RenderingFixtures {

    static final String TITLE = "Announced AI budgets by country";
    static final String SUBTITLE = "Billion constant 2024 US$, total over each plan's horizon";
    static final String FOOTER = "Sources: national strategy documents; World Bank WDI (PA.NUS.FCRF, NY.GDP.DEFL.KD.ZG)"
            + " | Strategy Atlas run test-run";

    private RenderingFixtures() {
    }

    static CategoryChart barChart() {
        CategoryChart chart = new CategoryChart(ChartSpec.WIDTH, ChartSpec.HEIGHT);
        AtlasTheme.apply(chart.getStyler());
        chart.setXAxisTitle("Jurisdiction");
        chart.setYAxisTitle("Billion US$");
        chart.getStyler().setLegendVisible(false);
        chart.addSeries("Announced", List.of("FRA", "IND", "KOR", "USA"), List.of(109.0, 1.2, 45.3, 100.0));
        return chart;
    }

    static XYChart lineChart() {
        XYChart chart = new XYChart(ChartSpec.WIDTH, ChartSpec.HEIGHT);
        AtlasTheme.apply(chart.getStyler());
        chart.setXAxisTitle("Year");
        chart.setYAxisTitle("Billion US$");
        chart.addSeries("FRA", new double[] {2018, 2021, 2025}, new double[] {1.5, 2.2, 109.0});
        chart.addSeries("DEU", new double[] {2018, 2020, 2023}, new double[] {3.0, 5.0, 1.6});
        return chart;
    }

    /** A chart that fails half way through painting, as a bug in a chart builder would. */
    static CategoryChart failingChart() {
        CategoryChart chart = new CategoryChart(ChartSpec.WIDTH, ChartSpec.HEIGHT) {
            @Override
            public void paint(Graphics2D g, int width, int height) {
                g.fillRect(0, 0, width / 2, height / 2);
                throw new IllegalStateException("chart cannot paint");
            }
        };
        AtlasTheme.apply(chart.getStyler());
        return chart;
    }

    static ChartSpec spec(String name, Chart<?, ?> chart) {
        return spec(name, chart, FOOTER);
    }

    static ChartSpec spec(String name, Chart<?, ?> chart, String footer) {
        return new ChartSpec(name, TITLE, SUBTITLE, footer, "A test chart.", chart, ChartSpec.WIDTH,
                ChartSpec.HEIGHT);
    }
}
