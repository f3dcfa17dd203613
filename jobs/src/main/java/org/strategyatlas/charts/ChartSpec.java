package org.strategyatlas.charts;

import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart ready to export: its file name stem, title, subtitle (unit and base), footer (sources and run id),
 * caption (one sentence for the report), the XChart model with its data, and its size in points (1/72 in).
 */
public record ChartSpec(String name, String title, String subtitle, String footer, String caption,
                        Chart<?, ?> chart, int width, int height) {

    /** A4 landscape-friendly default: 16:9 at a size that prints at full column width. */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 450;

    public ChartSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(chart, "chart");
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("chart name must be a file stem of a-z, 0-9 and _: " + name);
        }
        if (footer.isBlank()) {
            throw new IllegalArgumentException("chart " + name + " needs a footer naming its sources");
        }
    }
}
