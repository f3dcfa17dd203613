package org.strategyatlas.charts;

import java.util.List;
import org.strategyatlas.publish.Table;
import org.strategyatlas.reference.ReferenceData;

/** The charts of a run, in report order, built from its published tables. */
public final class RunCharts {

    private RunCharts() {
    }

    /**
     * @param comparison {@code country_comparison}
     * @param matrix     {@code attributes_matrix}
     * @param figures    {@code figures_normalised}
     */
    public static List<ChartSpec> build(Table comparison, Table matrix, Table figures, ReferenceData reference,
                                        ChartContext context) {
        return List.of(
                InvestmentChart.build(comparison, context),
                PerCapitaChart.build(comparison, context),
                ShareOfGdpChart.build(comparison, context),
                AnnualVsGdpChart.build(comparison, reference, context),
                AttributesHeatmap.build(matrix, context),
                CountsPerMillionChart.build(comparison, context),
                TimelineChart.build(figures, context));
    }
}
