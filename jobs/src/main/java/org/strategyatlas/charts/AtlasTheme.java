package org.strategyatlas.charts;

import java.awt.Color;
import org.knowm.xchart.style.Styler;

/**
 * The one look of every Strategy Atlas chart: the Okabe-Ito colour-blind-safe palette, the bundled Liberation
 * Sans font, readable sizes for A4 and 16:9, no chart title inside the plot (the frame draws title, subtitle
 * and footer around it).
 */
public final class AtlasTheme {

    /** Okabe & Ito (2008), safe for the common forms of colour blindness. */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0xD55E00), // vermillion
        new Color(0xF0E442), // yellow
        new Color(0x000000), // black
    };

    private AtlasTheme() {
    }

    /** Applies palette, fonts and sizes to any XChart styler. */
    public static void apply(Styler styler) {
        styler.setSeriesColors(PALETTE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setChartTitleVisible(false);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setAntiAlias(true);
    }
}
