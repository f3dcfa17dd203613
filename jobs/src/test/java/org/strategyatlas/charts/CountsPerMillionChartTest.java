package org.strategyatlas.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategyatlas.charts.InvestmentChartTest.NAN;
import static org.strategyatlas.charts.InvestmentChartTest.USD;
import static org.strategyatlas.charts.InvestmentChartTest.chart;
import static org.strategyatlas.charts.InvestmentChartTest.paint;
import static org.strategyatlas.charts.InvestmentChartTest.y;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;

/** The counts-per-million chart on hand-made rows of two count metrics and one column it must ignore. */
class CountsPerMillionChartTest {

    static Table comparison(Object[]... rows) {
        return new Table("country_comparison", "t", List.of(Column.text("jurisdiction", ""),
                Column.decimal("per_capita_usd_low", "", ""),          // not a count: ignored
                Column.decimal("gpus_per_million", "", ""), Column.decimal("startups_per_million", "", "")),
                Arrays.stream(rows).map(Arrays::asList).toList());
    }

    @Test
    void groupsBarsByMetricLargestFirstOneSeriesPerMetric() {
        ChartSpec spec = CountsPerMillionChart.build(comparison(
                new Object[] {"FRA", 1891.0, null, 7.4},
                new Object[] {"KOR", 1129.0, 967.0, 0.19},
                new Object[] {"SGP", 124.0, null, null}), USD);

        assertEquals(List.of("gpus", "startups"), chart(spec).getSeriesCollection().stream().map(s -> s.getName())
                .toList());
        assertEquals(List.of("gpus · KOR", "startups · FRA", "startups · KOR"),
                List.copyOf(chart(spec).getSeries("gpus").getXData()));
        assertArrayEquals(new double[] {967, NAN, NAN}, y(spec, "gpus"), 1e-9);
        assertArrayEquals(new double[] {NAN, 7.4, 0.19}, y(spec, "startups"), 1e-9);
        assertTrue(chart(spec).getStyler().isOverlapped(), "each bar full width in its own slot");
        assertFalse(chart(spec).getStyler().isLegendVisible(), "the labels name the metric");
        assertTrue(chart(spec).getStyler().isYAxisLogarithmic(), "967 / 0.19 > 100");
        assertEquals(0.1, chart(spec).getStyler().getYAxisMin(), 1e-12);
        assertEquals("counts_per_million", spec.name());
        assertEquals("per million inhabitants", chart(spec).getYAxisTitle());
        assertTrue(spec.subtitle().contains("per million inhabitants (population of the price year)"),
                spec.subtitle());
        assertTrue(spec.subtitle().endsWith("; log scale"), spec.subtitle());
        assertEquals(USD.footer(), spec.footer());
        assertEquals("Counts per million inhabitants of 2 metrics for 2 jurisdictions, grouped by metric, largest"
                + " first within a metric.", spec.caption());
        assertDoesNotThrow(() -> paint(spec));
    }

    @Test
    void staysLinearWithinAHundredTimes() {
        ChartSpec spec = CountsPerMillionChart.build(comparison(new Object[] {"FRA", null, 100.0, 1.0}), USD);

        assertFalse(chart(spec).getStyler().isYAxisLogarithmic(), "exactly 100x");
        assertEquals("Counts per million inhabitants of 2 metrics for 1 jurisdiction, grouped by metric, largest"
                + " first within a metric.", spec.caption());
    }

    @Test
    void withNothingToShowGivesAnEmptyChartThatSaysSo() {
        for (Table table : List.of(comparison(new Object[] {"SGP", 124.0, null, 0.0}),
                new Table("country_comparison", "t", List.of(Column.text("jurisdiction", "")),
                        List.of(List.of("FRA"))))) {
            ChartSpec spec = CountsPerMillionChart.build(table, USD);

            assertTrue(chart(spec).getSeriesCollection().isEmpty());
            assertTrue(spec.caption().startsWith("Nothing to show"), spec.caption());
            assertDoesNotThrow(() -> paint(spec));
        }
    }
}
