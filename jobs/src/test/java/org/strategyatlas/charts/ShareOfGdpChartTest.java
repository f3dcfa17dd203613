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

/** The share-of-GDP chart on hand-made rows: % of GDP per year of the plan, the same for any currency. */
class ShareOfGdpChartTest {

    static Table comparison(Object[]... rows) {
        return new Table("country_comparison", "t", List.of(Column.text("jurisdiction", ""),
                Column.decimal("pct_gdp_per_year_low", "", ""), Column.decimal("pct_gdp_per_year_high", "", "")),
                Arrays.stream(rows).map(Arrays::asList).toList());
    }

    @Test
    void barsTheShareLargestFirstAndLeavesOutPlansWithoutHorizon() {
        ChartSpec spec = ShareOfGdpChart.build(comparison(
                new Object[] {"USA", 0.41, 0.41},
                new Object[] {"CAN", null, null},           // no plan with a known horizon
                new Object[] {"KOR", 0.756, 0.774}), USD);

        assertEquals(List.of("KOR", "USA"), List.copyOf(chart(spec).getSeries(PerCapitaChart.LOW_SERIES).getXData()));
        assertArrayEquals(new double[] {0.756, 0.41}, y(spec, PerCapitaChart.LOW_SERIES), 1e-12);
        assertArrayEquals(new double[] {0.774, NAN}, y(spec, InvestmentChart.RANGE_SERIES), 1e-12);
        assertFalse(chart(spec).getStyler().isYAxisLogarithmic());
        assertEquals("investment_pct_gdp_per_year", spec.name());
        assertEquals("% of GDP per year", chart(spec).getYAxisTitle());
        assertTrue(spec.subtitle().startsWith("% of GDP per year of the plan (GDP in current US$ of the price year;"),
                spec.subtitle());
        assertEquals(USD.footer(), spec.footer());
        assertTrue(spec.caption().endsWith("of 2 jurisdictions, largest first; 1 jurisdiction without an investment"
                + " total or a plan with a known horizon left out."), spec.caption());
    }

    @Test
    void goesLogarithmicBeyondAHundredTimes() {
        ChartSpec spec = ShareOfGdpChart.build(comparison(new Object[] {"KOR", 0.756, null},
                new Object[] {"AUS", 0.00107, 0.00107}), USD);

        assertTrue(chart(spec).getStyler().isYAxisLogarithmic());
        assertEquals(0.001, chart(spec).getStyler().getYAxisMin(), 1e-15);
        assertFalse(chart(spec).getStyler().isLegendVisible(), "no high above a low: one series");
        assertDoesNotThrow(() -> paint(spec));
    }

    @Test
    void withNothingToShowGivesAnEmptyChartThatSaysSo() {
        ChartSpec spec = ShareOfGdpChart.build(comparison(), USD);

        assertTrue(chart(spec).getSeriesCollection().isEmpty());
        assertTrue(spec.caption().startsWith("Nothing to show"), spec.caption());
        assertDoesNotThrow(() -> paint(spec));
    }
}
