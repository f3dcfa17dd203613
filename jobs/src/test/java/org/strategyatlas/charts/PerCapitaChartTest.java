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

/** The per-capita chart on hand-made rows: constant US$ per inhabitant, low bars over the range to the high. */
class PerCapitaChartTest {

    static Table comparison(Object[]... rows) {
        return new Table("country_comparison", "t", List.of(Column.text("jurisdiction", ""),
                Column.decimal("per_capita_usd_low", "", ""), Column.decimal("per_capita_usd_high", "", "")),
                Arrays.stream(rows).map(Arrays::asList).toList());
    }

    @Test
    void barsTheLowLargestFirstOverTheRangeToTheHigh() {
        ChartSpec spec = PerCapitaChart.build(comparison(
                new Object[] {"USA", 1468.0, 1468.0},
                new Object[] {"ARE", null, null},
                new Object[] {"FRA", 1891.0, 1901.0},
                new Object[] {"DEU", 160.0, null}), USD);

        assertEquals(List.of(InvestmentChart.RANGE_SERIES, PerCapitaChart.LOW_SERIES),
                chart(spec).getSeriesCollection().stream().map(s -> s.getName()).toList(), "range painted first");
        assertEquals(List.of("FRA", "USA", "DEU"), List.copyOf(chart(spec).getSeries(PerCapitaChart.LOW_SERIES)
                .getXData()));
        assertArrayEquals(new double[] {1891, 1468, 160}, y(spec, PerCapitaChart.LOW_SERIES), 1e-9);
        assertArrayEquals(new double[] {1901, NAN, NAN}, y(spec, InvestmentChart.RANGE_SERIES), 1e-9,
                "no range where high = low or the high is unknown");
        assertFalse(chart(spec).getStyler().isYAxisLogarithmic(), "1901 / 160 < 100");
        assertTrue(chart(spec).getStyler().isLegendVisible());
        assertEquals("investment_per_capita", spec.name());
        assertEquals("constant 2025 US$ per inhabitant", chart(spec).getYAxisTitle());
        assertTrue(spec.subtitle().startsWith("constant 2025 US$ per inhabitant (GDP deflator of the issuing economy,"
                + " population of the price year)"), spec.subtitle());
        assertEquals(USD.footer(), spec.footer());
        assertTrue(spec.caption().contains("of 3 jurisdictions, largest first; 1 jurisdiction without"),
                spec.caption());
    }

    @Test
    void goesLogarithmicBeyondAHundredTimesAndDrawsAZeroLowOnlyAsItsRange() {
        ChartSpec spec = PerCapitaChart.build(comparison(
                new Object[] {"FRA", 1891.0, 1901.0},
                new Object[] {"IND", 0.82, null},
                new Object[] {"SAU", 0.0, 2912.0}), USD);   // an up-to figure

        assertTrue(chart(spec).getStyler().isYAxisLogarithmic());
        assertEquals(0.1, chart(spec).getStyler().getYAxisMin(), 1e-12);
        assertArrayEquals(new double[] {1891, 0.82, NAN}, y(spec, PerCapitaChart.LOW_SERIES), 1e-9);
        assertArrayEquals(new double[] {1901, NAN, 2912}, y(spec, InvestmentChart.RANGE_SERIES), 1e-9);
        assertTrue(spec.subtitle().endsWith("; log scale"));
        assertDoesNotThrow(() -> paint(spec));
    }

    @Test
    void withNothingToShowGivesAnEmptyChartThatSaysSo() {
        ChartSpec spec = PerCapitaChart.build(comparison(new Object[] {"ARE", null, null}), USD);

        assertTrue(chart(spec).getSeriesCollection().isEmpty());
        assertFalse(chart(spec).getStyler().isLegendVisible());
        assertTrue(spec.caption().startsWith("Nothing to show"), spec.caption());
        assertDoesNotThrow(() -> paint(spec));
    }
}
