package org.strategyatlas.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategyatlas.charts.InvestmentChartTest.USD;
import static org.strategyatlas.charts.InvestmentChartTest.paint;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BubbleChart;
import org.knowm.xchart.BubbleSeries;
import org.strategyatlas.TestPaths;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;
import org.strategyatlas.reference.Indicators;
import org.strategyatlas.reference.ReferenceData;

/** The bubble chart of annual investment against GDP, with GDP and population from a hand-made lookup. */
class AnnualVsGdpChartTest {

    static Table comparison(Object[]... rows) {
        return new Table("country_comparison", "t", List.of(Column.text("jurisdiction", ""),
                Column.decimal("annual_constant_usd_low", "", "")), Arrays.stream(rows).map(Arrays::asList).toList());
    }

    /** GDP in current US$ and population by "indicator economy year". */
    static AnnualVsGdpChart.Lookup lookup(Map<String, Double> values) {
        return (indicator, economy, year) -> Optional.ofNullable(values.get(indicator + " " + economy + " " + year))
                .map(BigDecimal::valueOf);
    }

    static final AnnualVsGdpChart.Lookup REFERENCE = lookup(Map.of(
            Indicators.GDP_CURRENT_USD + " USA 2025", 30e12, Indicators.POPULATION + " USA 2025", 340e6,
            Indicators.GDP_CURRENT_USD + " CHN 2025", 19.5e12, Indicators.POPULATION + " CHN 2025", 1400e6,
            Indicators.GDP_CURRENT_USD + " IND 2024", 3.9e12, Indicators.POPULATION + " IND 2024", 1450e6,
            Indicators.POPULATION + " ARE 2025", 10e6));   // no GDP

    static BubbleChart chart(ChartSpec spec) {
        return (BubbleChart) spec.chart();
    }

    @Test
    void placesOneLabelledBubblePerJurisdictionLargestPopulationFirst() {
        ChartSpec spec = AnnualVsGdpChart.build(comparison(
                new Object[] {"USA", 126.8e9},
                new Object[] {"CHN", 7.58e9},
                new Object[] {"IND", 0.2386e9},
                new Object[] {"CAN", null},           // no plan with a known horizon
                new Object[] {"ARE", 5e9}), REFERENCE, USD);

        List<BubbleSeries> series = List.copyOf(chart(spec).getSeriesCollection());
        assertEquals(List.of("IND", "CHN", "USA"), series.stream().map(BubbleSeries::getName).toList());
        assertArrayEquals(new double[] {3900}, series.get(0).getXData(), 1e-9, "IND falls back to 2024");
        assertArrayEquals(new double[] {0.2386}, series.get(0).getYData(), 1e-12);
        assertArrayEquals(new double[] {19500}, series.get(1).getXData(), 1e-9);
        assertArrayEquals(new double[] {126.8}, series.get(2).getYData(), 1e-9);
        // diameters in pixels, area proportional to population
        assertArrayEquals(new double[] {AnnualVsGdpChart.MAX_DIAMETER}, series.get(0).getExtraValues(), 1e-9);
        assertArrayEquals(new double[] {60 * Math.sqrt(1400 / 1450.0)}, series.get(1).getExtraValues(), 1e-9);
        assertArrayEquals(new double[] {60 * Math.sqrt(340 / 1450.0)}, series.get(2).getExtraValues(), 1e-9);
        assertFalse(chart(spec).getStyler().isLegendVisible(), "the labels on the plot name the bubbles");
        assertFalse(chart(spec).getStyler().isXAxisLogarithmic(), "GDP 30000 / 3900 < 100");
        assertTrue(chart(spec).getStyler().isYAxisLogarithmic(), "126.8 / 0.2386 > 100");
        assertTrue(chart(spec).getStyler().getYAxisMin() < 0.2386, "padded so the bubble is not cut");
        assertTrue(chart(spec).getStyler().getYAxisMax() > 126.8);
        assertDoesNotThrow(() -> paint(spec));
    }

    @Test
    void statesAxesSourcesAndWhatIsLeftOut() {
        ChartSpec spec = AnnualVsGdpChart.build(comparison(new Object[] {"IND", 0.2386e9},
                new Object[] {"ARE", 5e9}, new Object[] {"CAN", null}), REFERENCE, USD);

        assertEquals("annual_vs_gdp", spec.name());
        assertEquals("GDP, current US$ bn (2025)", chart(spec).getXAxisTitle());
        assertEquals("investment per year, constant 2025 US$ bn", chart(spec).getYAxisTitle());
        assertTrue(spec.subtitle().startsWith("x: GDP, current US$ bn (NY.GDP.MKTP.CD, 2025 or the latest year"
                + " before); y: constant 2025 US$ bn per year of the plan"), spec.subtitle());
        assertTrue(spec.subtitle().contains("bubble area: population (SP.POP.TOTL)"), spec.subtitle());
        assertEquals(USD.footer(), spec.footer());
        assertTrue(spec.caption().startsWith("Announced AI investment per year of 1 jurisdiction against GDP"),
                spec.caption());
        assertTrue(spec.caption().contains("; 2 jurisdictions without an investment per year"), spec.caption());
    }

    @Test
    void neverDrawsABubbleSmallerThanTheMinimum() {
        AnnualVsGdpChart.Lookup tiny = lookup(Map.of(
                Indicators.GDP_CURRENT_USD + " CHN 2025", 19.5e12, Indicators.POPULATION + " CHN 2025", 1400e6,
                Indicators.GDP_CURRENT_USD + " LUX 2025", 0.09e12, Indicators.POPULATION + " LUX 2025", 0.7e6));
        ChartSpec spec = AnnualVsGdpChart.build(comparison(new Object[] {"CHN", 7e9}, new Object[] {"LUX", 0.1e9}),
                tiny, USD);

        assertArrayEquals(new double[] {AnnualVsGdpChart.MIN_DIAMETER},
                chart(spec).getSeries("LUX").getExtraValues(), 1e-9, "60 x sqrt(0.7 / 1400) = 1.3 px");
        assertTrue(chart(spec).getStyler().isXAxisLogarithmic(), "GDP 19500 / 90 > 100");
        assertFalse(chart(spec).getStyler().isYAxisLogarithmic(), "7 / 0.1 = 70");
    }

    @Test
    void looksUpGdpAndPopulationInTheReferenceData() throws Exception {
        // toy reference of the comparison tests: GDP 25,000 / 2,000 bn, population 300 / 50 million in 2025
        ReferenceData reference = ReferenceData.load(TestPaths.resource("datasets/compare/reference"));
        ChartSpec spec = AnnualVsGdpChart.build(comparison(new Object[] {"USA", 100e9}, new Object[] {"FRA", 5e9}),
                reference, USD);

        assertArrayEquals(new double[] {25000}, chart(spec).getSeries("USA").getXData(), 1e-9);
        assertArrayEquals(new double[] {2000}, chart(spec).getSeries("FRA").getXData(), 1e-9);
        assertArrayEquals(new double[] {60 * Math.sqrt(50 / 300.0)}, chart(spec).getSeries("FRA").getExtraValues(),
                1e-9);
        assertFalse(spec.subtitle().contains("latest year before"), "every value is of the base year");
    }

    @Test
    void withNothingToShowGivesAnEmptyChartThatSaysSo() {
        ChartSpec spec = AnnualVsGdpChart.build(comparison(new Object[] {"CAN", null}), REFERENCE, USD);

        assertTrue(chart(spec).getSeriesCollection().isEmpty());
        assertTrue(spec.caption().startsWith("Nothing to show"), spec.caption());
        assertDoesNotThrow(() -> paint(spec));
    }
}
