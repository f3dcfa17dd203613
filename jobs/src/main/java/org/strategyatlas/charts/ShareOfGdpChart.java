package org.strategyatlas.charts;

import org.strategyatlas.normalise.Measure;
import org.strategyatlas.publish.Table;

/**
 * Announced AI investment per year as a share of GDP by jurisdiction ({@code country_comparison}), the second
 * intensity view of {@link InvestmentChart} (drawn by {@link IntensityChart}). Only plans with a known horizon
 * have a yearly share, so jurisdictions can be missing here that the other two charts show.
 */
public final class ShareOfGdpChart {

    public static final String NAME = "investment_pct_gdp_per_year";
    public static final String LOW_SERIES = IntensityChart.LOW_SERIES;

    static final IntensityChart.Kind KIND = new IntensityChart.Kind(NAME, Measure.PCT_GDP_PER_YEAR,
            "Announced AI investment per year, share of GDP", context -> "% of GDP per year", "#,##0.####",
            "GDP in current US$ of the price year; plans with a known horizon only",
            "investment per year as a share of GDP", "an investment total or a plan with a known horizon");

    private ShareOfGdpChart() {
    }

    public static ChartSpec build(Table comparison, ChartContext context) {
        return IntensityChart.build(comparison, context, KIND);
    }
}
