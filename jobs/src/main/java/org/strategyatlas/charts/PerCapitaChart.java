package org.strategyatlas.charts;

import java.util.Locale;
import org.strategyatlas.normalise.Measure;
import org.strategyatlas.publish.Table;

/**
 * Announced AI investment per inhabitant by jurisdiction ({@code country_comparison}), the intensity view of
 * {@link InvestmentChart} beside the absolute one (drawn by {@link IntensityChart}).
 */
public final class PerCapitaChart {

    public static final String NAME = "investment_per_capita";
    public static final String LOW_SERIES = IntensityChart.LOW_SERIES;

    static final IntensityChart.Kind KIND = new IntensityChart.Kind(NAME, Measure.PER_CAPITA,
            "Announced AI investment per inhabitant",
            context -> String.format(Locale.ROOT, "constant %d %s per inhabitant", context.baseYear(),
                    context.currencySymbol()),
            "#,##0.##", "GDP deflator of the issuing economy, population of the price year",
            "investment per inhabitant", "an investment total");

    private PerCapitaChart() {
    }

    public static ChartSpec build(Table comparison, ChartContext context) {
        return IntensityChart.build(comparison, context, KIND);
    }
}
