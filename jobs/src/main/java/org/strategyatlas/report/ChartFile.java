package org.strategyatlas.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One exported chart as the report and the index page receive it: its file stem, title, caption and the
 * three files written for it (a one-page vector PDF with embedded fonts, an SVG and a PNG).
 */
public record ChartFile(String name, String title, String caption, Path pdf, Path svg, Path png) {

    public ChartFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(png, "png");
    }
}
