package org.strategyatlas.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategyatlas.charts.InvestmentChartTest.USD;
import static org.strategyatlas.charts.InvestmentChartTest.paint;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BubbleChart;
import org.knowm.xchart.BubbleSeries;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.ColumnType;
import org.strategyatlas.publish.Table;

/** The timeline on hand-made figures_normalised rows: counted investment initiatives by year and jurisdiction. */
class TimelineChartTest {

    static Table figures(Object[]... rows) {
        return new Table("figures_normalised", "t", List.of(Column.text("figure_id", ""),
                Column.text("initiative_id", ""), Column.text("jurisdiction", ""), Column.text("metric", ""),
                Column.integer("price_year", "year", ""), Column.decimal("constant_usd_low", "", ""),
                new Column("in_totals", ColumnType.BOOLEAN, "", "")), Arrays.stream(rows).map(Arrays::asList).toList());
    }

    static final Table FIGURES = figures(
            new Object[] {"f1", "usa-stargate", "USA", "investment", 2025, 500e9, true},
            new Object[] {"f2", "fra-summit", "FRA", "investment", 2025, 125e9, true},
            new Object[] {"f3", "fra-summit", "FRA", "investment", 2025, 123e9, true},   // same initiative
            new Object[] {"f4", "fra-2018", "FRA", "investment", 2018, 2e9, true},
            new Object[] {"f5", "fra-inside", "FRA", "investment", 2019, 20e9, false},   // contained: not counted
            new Object[] {"f6", "sau-up-to", "SAU", "investment", 2024, null, true},     // no constant low
            new Object[] {"f7", "fra-skills", "FRA", "people_trained", 2025, null, false});

    static BubbleChart chart(ChartSpec spec) {
        return (BubbleChart) spec.chart();
    }

    @Test
    void drawsEachCountedInitiativeOnceAtItsYearAndJurisdictionRow() {
        ChartSpec spec = TimelineChart.build(FIGURES, USD);

        BubbleSeries series = chart(spec).getSeries(TimelineChart.SERIES);
        assertEquals(1, chart(spec).getSeriesCollection().size());
        // largest first: USA 500, FRA summit 123 (the lower of its two figures), FRA 2018 2 bn
        assertArrayEquals(new double[] {2025, 2025, 2018}, series.getXData(), 0);
        assertArrayEquals(new double[] {0, 1, 1}, series.getYData(), 0, "FRA on the top row, USA below");
        assertArrayEquals(new double[] {TimelineChart.MAX_DIAMETER, 36 * Math.sqrt(123 / 500.0),
                TimelineChart.MIN_DIAMETER}, series.getExtraValues(), 1e-9, "36 x sqrt(2 / 500) = 2.3 px");
        assertFalse(chart(spec).getStyler().isLegendVisible());
        assertEquals(2017, chart(spec).getStyler().getXAxisMin(), 0);
        assertEquals(2026, chart(spec).getStyler().getXAxisMax(), 0);
        assertEquals(-1, chart(spec).getStyler().getYAxisMin(), 0);
        assertEquals(2, chart(spec).getStyler().getYAxisMax(), 0);
        Function<Double, String> rows = chart(spec).getStyler().getYAxisTickLabelsFormattingFunction();
        assertEquals(List.of("FRA", "USA"), List.of(rows.apply(1.0), rows.apply(0.0)));
        assertEquals("2025", chart(spec).getStyler().getXAxisTickLabelsFormattingFunction().apply(2025.0));
        assertDoesNotThrow(() -> paint(spec));
    }

    @Test
    void labelsRowsSoThatXChartKeepsOneTickPerRow() {
        Function<Double, String> labels = TimelineChart.rowLabels(List.of("FRA", "USA"));

        assertEquals("FRA", labels.apply(1.0));
        assertEquals("USA", labels.apply(0.0));
        assertEquals(List.of(" ", "  "), List.of(labels.apply(-1.0), labels.apply(2.0)),
                "the padding rows at the axis ends: blank, yet distinct");
        assertEquals(List.of("", ""), List.of(labels.apply(0.5), labels.apply(1.5)),
                "fractions share one label, so XChart rejects steps under a row");
        assertEquals("-2", labels.apply(-2.0), "beyond the axis: never drawn, only distinct");
    }

    @Test
    void statesUnitBaseAndWhatIsLeftOut() {
        ChartSpec spec = TimelineChart.build(FIGURES, USD);

        assertEquals("timeline", spec.name());
        assertTrue(chart(spec).getXAxisTitle().startsWith("year"), chart(spec).getXAxisTitle());
        assertEquals("jurisdiction", chart(spec).getYAxisTitle());
        assertTrue(spec.subtitle().contains("bubble area: amount in constant 2025 US$"), spec.subtitle());
        assertEquals(USD.footer(), spec.footer());
        assertEquals("Announced AI investment of 3 initiatives in 2 jurisdictions by the year of their prices, bubble"
                + " area proportional to the amount in constant 2025 US$; 1 initiative without an amount in constant"
                + " 2025 US$ or a year left out.", spec.caption());
    }

    @Test
    void withNothingToShowGivesAnEmptyChartThatSaysSo() {
        ChartSpec spec = TimelineChart.build(figures(
                new Object[] {"f7", "fra-skills", "FRA", "people_trained", 2025, null, false}), USD);

        assertTrue(chart(spec).getSeriesCollection().isEmpty());
        assertTrue(spec.caption().startsWith("Nothing to show"), spec.caption());
        assertDoesNotThrow(() -> paint(spec));
    }
}
