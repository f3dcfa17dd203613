package org.strategyatlas.charts;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.HorizontalBarStyler;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

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

    /*
     * Sizes in points of an 800 x 450 pt chart. Printed at A4 width the chart shrinks to roughly 0.6 to 0.7, so
     * 12 pt labels come out near 8 pt: the smallest that stays comfortable in a report.
     */
    public static final float TITLE_SIZE = 18f;
    public static final float SUBTITLE_SIZE = 12f;
    public static final float LABEL_SIZE = 12f;
    public static final float AXIS_TITLE_SIZE = 12f;
    /** Values printed on bars and annotations sit inside the plot, where a point less avoids collisions. */
    public static final float ANNOTATION_SIZE = 11f;
    public static final float FOOTER_SIZE = 8.5f;

    /** Main text near-black rather than black, secondary text a grey that still passes WCAG AA on white. */
    public static final Color TEXT = new Color(0x1A1A1A);
    public static final Color MUTED = new Color(0x595959);

    /** Space around the chart, shared by the frame (title, footer) and XChart so their left edges line up. */
    public static final int PADDING = 12;

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
        styler.setChartPadding(PADDING);
        styler.setChartFontColor(TEXT);
        applyFonts(styler);
    }

    /** Every font XChart would otherwise take from the JVM's logical SansSerif, which differs between machines. */
    private static void applyFonts(Styler styler) {
        Font label = Fonts.regular(LABEL_SIZE);
        Font annotation = Fonts.regular(ANNOTATION_SIZE);
        styler.setBaseFont(label);
        styler.setChartTitleFont(Fonts.bold(TITLE_SIZE));
        styler.setLegendFont(label);
        styler.setAnnotationTextFont(annotation);
        styler.setAnnotationTextPanelFont(annotation);
        styler.setToolTipFont(annotation);
        if (styler instanceof AxesChartStyler axes) {
            axes.setAxisTickLabelsFont(label);
            axes.setAxisTitleFont(Fonts.regular(AXIS_TITLE_SIZE));
        }
        if (styler instanceof CategoryStyler category) {
            category.setLabelsFont(annotation);
        }
        if (styler instanceof HorizontalBarStyler bars) {
            bars.setLabelsFont(annotation);
        }
        if (styler instanceof XYStyler xy) {
            xy.setCursorFont(annotation);
        }
        if (styler instanceof HeatMapStyler heatMap) {
            heatMap.setValueFont(annotation);
        }
        if (styler instanceof PieStyler pie) {
            pie.setLabelsFont(annotation);
            pie.setSumFont(label);
        }
    }
}
