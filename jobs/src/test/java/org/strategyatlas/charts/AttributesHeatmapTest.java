package org.strategyatlas.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strategyatlas.charts.InvestmentChartTest.USD;
import static org.strategyatlas.charts.InvestmentChartTest.paint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;

/** The attributes heat map on a hand-made attributes_matrix: jurisdictions by attribute, initiative counts. */
class AttributesHeatmapTest {

    static Table matrix(List<String> attributes, Object[]... rows) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("jurisdiction", "")));
        attributes.forEach(a -> columns.add(Column.integer(a, "initiatives", "")));
        return new Table("attributes_matrix", "t", columns, Arrays.stream(rows).map(Arrays::asList).toList());
    }

    static HeatMapChart chart(ChartSpec spec) {
        return (HeatMapChart) spec.chart();
    }

    @Test
    void putsJurisdictionsTopDownAndAttributesAcrossWithACellPerCount() {
        ChartSpec spec = AttributesHeatmap.build(matrix(List.of("compute_infrastructure", "skills", "startups"),
                new Object[] {"CAN", 5L, 1L, 0L},
                new Object[] {"FRA", 4L, 1L, 1L},
                new Object[] {"USA", 0L, 0L, 0L}), USD);

        HeatMapSeries series = chart(spec).getHeatMapSeries();
        assertEquals(List.of("compute infrastructure", "skills", "startups"), series.getXData());
        assertEquals(List.of("USA", "FRA", "CAN"), series.getYData(), "XChart draws the first y category lowest");
        List<List<Number>> cells = series.getHeatData().stream().map(Arrays::asList).toList();
        assertEquals(List.of(List.of(0, 1, 4L), List.of(1, 1, 1L), List.of(2, 1, 1L), List.of(0, 2, 5L),
                List.of(1, 2, 1L)), cells, "x index, y index, count; cells of none left blank");
        assertEquals(0, chart(spec).getStyler().getMin());
        assertEquals(5, chart(spec).getStyler().getMax());
        assertTrue(chart(spec).getStyler().isShowValue());
        assertFalse(chart(spec).getStyler().isLegendVisible(), "every cell prints its count");
        assertEquals("attributes_heatmap", spec.name());
        assertEquals("attribute (taxonomy)", chart(spec).getXAxisTitle());
        assertEquals("jurisdiction", chart(spec).getYAxisTitle());
        assertEquals(USD.footer(), spec.footer());
        assertEquals("How many initiatives of each of 3 jurisdictions have each of 3 taxonomy attributes, at most 5"
                + " in a cell.", spec.caption());
        assertEquals(ChartSpec.HEIGHT, spec.height());
        assertDoesNotThrow(() -> paint(spec));
    }

    @Test
    void growsTallerWithTheNumberOfJurisdictions() {
        Object[][] rows = new Object[30][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {String.format("J%02d", i), 1L};
        }
        ChartSpec spec = AttributesHeatmap.build(matrix(List.of("research"), rows), USD);

        assertEquals(200 + 30 * AttributesHeatmap.ROW_HEIGHT, spec.height());
        assertEquals(spec.height(), chart(spec).getHeight());
        assertEquals(30, chart(spec).getHeatMapSeries().getYData().size());
    }

    @Test
    void saysWhenNoInitiativeHasAnAttribute() {
        ChartSpec spec = AttributesHeatmap.build(matrix(List.of("research"), new Object[] {"ARE", 0L}), USD);

        assertEquals(List.of(List.of(0, 0, 0L)), chart(spec).getHeatMapSeries().getHeatData().stream()
                .map(Arrays::asList).toList(), "XChart needs a cell; the zero says none");
        assertArrayEquals(new Object[] {"ARE"}, chart(spec).getHeatMapSeries().getYData().toArray());
        assertEquals("No initiative in 1 jurisdiction has any of the 1 taxonomy attributes yet.", spec.caption());
        assertDoesNotThrow(() -> paint(spec));
    }

    @Test
    void withNothingToShowGivesAnEmptyChartThatSaysSo() {
        for (Table table : List.of(matrix(List.of("research")), matrix(List.of(), new Object[] {"FRA"}))) {
            ChartSpec spec = AttributesHeatmap.build(table, USD);

            assertNull(chart(spec).getHeatMapSeries());
            assertTrue(spec.caption().startsWith("Nothing to show"), spec.caption());
            assertDoesNotThrow(() -> paint(spec));
        }
    }
}
