package org.strategyatlas.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;

/** The investment chart's model on hand-made country_comparison rows; money in US$, bars in billions. */
class InvestmentChartTest {

    static final ChartContext USD = new ChartContext("test-run", 2025, "USD", "Sources: test");
    static final double NAN = Double.NaN;

    /** jurisdiction, low, high, budgeted, planned, pledged (lows), in US$. */
    static Table comparison(String currency, Object[]... rows) {
        String stem = "constant_" + currency;
        List<Column> columns = new ArrayList<>(List.of(Column.text("jurisdiction", ""),
                Column.decimal("investment_" + stem + "_low", "", ""),
                Column.decimal("investment_" + stem + "_high", "", "")));
        for (String funding : InvestmentChart.SEGMENTS) {
            columns.add(Column.decimal(funding + "_" + stem + "_low", "", ""));
        }
        return new Table("country_comparison", "t", columns, Arrays.stream(rows).map(Arrays::asList).toList());
    }

    static Table comparison(Object[]... rows) {
        return comparison("usd", rows);
    }

    static Object[] row(String jurisdiction, Double low, Double high, Double... funding) {
        Object[] row = new Object[3 + InvestmentChart.SEGMENTS.size()];
        row[0] = jurisdiction;
        row[1] = low;
        row[2] = high;
        System.arraycopy(funding, 0, row, 3, funding.length);
        return row;
    }

    static CategoryChart chart(ChartSpec spec) {
        return (CategoryChart) spec.chart();
    }

    static double[] y(ChartSpec spec, String series) {
        return chart(spec).getSeries(series).getYData();
    }

    /** Paints into memory: XChart checks log axes only when painting. Nothing about the pixels is asserted. */
    static void paint(ChartSpec spec) {
        BufferedImage image = new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            spec.chart().paint(g, spec.width(), spec.height());
        } finally {
            g.dispose();
        }
    }

    @Test
    void stacksFundingAsCumulativeTopsLargestLowFirstWithTheRangeBehind() {
        ChartSpec spec = InvestmentChart.build(comparison(
                row("DEU", 2e9, null, 1e9),                        // 1 bn public, 1 bn not stated, open high
                row("FRA", 20e9, 30e9, 5e9, 15e9),                 // 5 public + 15 private, high 30
                row("ARE", null, null),                            // no investment total: left out
                row("USA", 100e9, 100e9, null, 100e9)), USD);      // high = low: no range to draw

        List<String> names = chart(spec).getSeriesCollection().stream().map(CategorySeries::getName).toList();
        assertEquals(List.of(InvestmentChart.RANGE_SERIES, InvestmentChart.UNSPECIFIED_SERIES, "plans and requests",
                "budgeted public money"), names, "top of the stack first; no series for a class nobody has");
        assertEquals(List.of("USA", "FRA", "DEU"), List.copyOf(chart(spec).getSeries("budgeted public money").getXData()));
        assertArrayEquals(new double[] {NAN, 30, NAN}, y(spec, InvestmentChart.RANGE_SERIES), 1e-9);
        assertArrayEquals(new double[] {NAN, NAN, 2}, y(spec, InvestmentChart.UNSPECIFIED_SERIES), 1e-9);
        assertArrayEquals(new double[] {100, 20, NAN}, y(spec, "plans and requests"), 1e-9, "budgeted + planned");
        assertArrayEquals(new double[] {NAN, 5, 1}, y(spec, "budgeted public money"), 1e-9);
        assertTrue(chart(spec).getStyler().isOverlapped());
        assertTrue(chart(spec).getStyler().isLegendVisible());
        assertFalse(chart(spec).getStyler().isYAxisLogarithmic(), "100 / 2 = 50x");
    }

    @Test
    void statesUnitBaseAndSourcesAndCountsWhatIsLeftOut() {
        ChartSpec spec = InvestmentChart.build(comparison(row("FRA", 20e9, 30e9, 20e9), row("ARE", null, null)), USD);

        assertEquals("investment", spec.name());
        assertEquals("Announced AI investment by jurisdiction", spec.title());
        assertTrue(spec.subtitle().startsWith("constant 2025 US$ bn (GDP deflator of the issuing economy, 2025"
                + " exchange rate)"), spec.subtitle());
        assertEquals(USD.footer(), spec.footer());
        assertTrue(spec.caption().contains("1 jurisdiction in constant 2025 US$"), spec.caption());
        assertTrue(spec.caption().endsWith("; 1 jurisdiction without an investment total left out."), spec.caption());
        assertEquals("constant 2025 US$ bn", chart(spec).getYAxisTitle());
        assertTrue(chart(spec).getXAxisTitle().startsWith("jurisdiction"), chart(spec).getXAxisTitle());
        assertFalse(chart(spec).getStyler().isChartTitleVisible(), "the frame draws the title");
        assertArrayEquals(AtlasTheme.PALETTE, chart(spec).getStyler().getSeriesColors());
        assertEquals(ChartSpec.WIDTH, spec.width());
        assertEquals(ChartSpec.HEIGHT, spec.height());
    }

    @Test
    void readsTheColumnsOfTheRunCurrency() {
        ChartContext eur = new ChartContext("r", 2024, "EUR", "Sources: test");
        ChartSpec spec = InvestmentChart.build(comparison("eur", row("FRA", 20e9, 20e9, 20e9)), eur);

        assertEquals("constant 2024 EUR bn", chart(spec).getYAxisTitle());
        assertTrue(spec.subtitle().startsWith("constant 2024 EUR bn"), spec.subtitle());
        assertArrayEquals(new double[] {20}, y(spec, "budgeted public money"), 1e-9);
        assertFalse(chart(spec).getStyler().isLegendVisible(), "one series needs no legend");
    }

    @ParameterizedTest(name = "largest {0} bn, smallest {1} bn: log = {2}")
    @CsvSource({
        "100,   1,     false",  // exactly two orders of magnitude stays linear
        "100.1, 1,     true",
        "50,    1,     false",
        "1,     0.001, true",
    })
    void turnsLogarithmicExactlyWhenTotalsSpanMoreThanAHundredTimes(double largest, double smallest,
                                                                     boolean log) {
        ChartSpec spec = InvestmentChart.build(comparison(row("USA", largest * 1e9, null, largest * 1e9),
                row("DEU", smallest * 1e9, null, smallest * 1e9)), USD);

        assertEquals(log, chart(spec).getStyler().isYAxisLogarithmic());
        assertEquals(log, spec.subtitle().endsWith("; log scale"));
        if (log) {
            assertTrue(chart(spec).getStyler().getYAxisMin() < smallest, "a bar at the axis floor would vanish");
        }
    }

    @Test
    void startsALogAxisADecadeBelowTheSmallestSegmentAndLeavesZeroesOut() {
        ChartSpec spec = InvestmentChart.build(comparison(row("USA", 500e9, 500e9, 0.5e9, 499.5e9),
                row("SAU", 0.0, 4e9, null, null, 0.0)), USD);   // an up-to figure: low 0, high 4

        assertTrue(chart(spec).getStyler().isYAxisLogarithmic(), "totals 500 and 4: 125x; the 0 cannot count");
        assertEquals(0.1, chart(spec).getStyler().getYAxisMin(), 1e-12, "0.5 bn budgeted is the smallest top");
        assertArrayEquals(new double[] {NAN, 4}, y(spec, InvestmentChart.RANGE_SERIES), 1e-9);
        assertNull(chart(spec).getSeries("pledges"), "a zero segment is not drawn");
        assertDoesNotThrow(() -> paint(spec));
    }

    @Test
    void withNothingToShowGivesAnEmptyChartThatSaysSo() {
        for (Table table : List.of(comparison(), comparison(row("ARE", null, null)))) {
            ChartSpec spec = InvestmentChart.build(table, USD);

            assertTrue(chart(spec).getSeriesCollection().isEmpty());
            assertTrue(spec.caption().startsWith("Nothing to show"), spec.caption());
            assertFalse(chart(spec).getStyler().isYAxisLogarithmic());
            assertEquals(USD.footer(), spec.footer());
            assertDoesNotThrow(() -> paint(spec));
        }
    }
}
