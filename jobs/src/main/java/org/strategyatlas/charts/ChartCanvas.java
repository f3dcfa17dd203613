package org.strategyatlas.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Paints a {@link ChartSpec} onto any Graphics2D of its size in points: title and subtitle above the XChart
 * plot, the sources footer (always) below, all text drawn with drawString so vector outputs keep it as text.
 */
public final class ChartCanvas {

    /** The plot needs at least this much height, or its axes and labels overlap. */
    static final int MIN_PLOT_HEIGHT = 120;
    private static final float GAP_BELOW_TITLE = 2f;
    private static final float GAP_AROUND_PLOT = 4f;

    /*
     * Layout is measured with one fixed context (no device transform, fractional metrics) so the same spec
     * wraps the same way in PDF, SVG and PNG, whatever each Graphics2D would report.
     */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private ChartCanvas() {
    }

    /** Paints the whole chart with its top-left corner at the origin of {@code g}; {@code g} keeps its state. */
    public static void paint(ChartSpec spec, Graphics2D g) {
        float width = spec.width();
        float textWidth = width - 2f * AtlasTheme.PADDING;
        TextBlock title = TextBlock.of(spec.title(), Fonts.bold(AtlasTheme.TITLE_SIZE), textWidth);
        TextBlock subtitle = TextBlock.of(spec.subtitle(), Fonts.regular(AtlasTheme.SUBTITLE_SIZE), textWidth);
        TextBlock footer = TextBlock.of(spec.footer(), Fonts.regular(AtlasTheme.FOOTER_SIZE), textWidth);

        float plotTop = AtlasTheme.PADDING + title.height() + GAP_BELOW_TITLE + subtitle.height() + GAP_AROUND_PLOT;
        float footerTop = spec.height() - AtlasTheme.PADDING - footer.height();
        int top = (int) Math.ceil(plotTop);
        int plotHeight = (int) Math.floor(footerTop - GAP_AROUND_PLOT) - top;
        if (plotHeight < MIN_PLOT_HEIGHT) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "chart %s is %d x %d pt: after its title, subtitle and footer only %d pt are left for the plot"
                            + " (at least %d needed); make it taller or shorten the texts",
                    spec.name(), spec.width(), spec.height(), plotHeight, MIN_PLOT_HEIGHT));
        }

        Graphics2D frame = (Graphics2D) g.create();
        try {
            frame.setColor(Color.WHITE);
            frame.fillRect(0, 0, spec.width(), spec.height());
            float y = title.draw(frame, AtlasTheme.TEXT, AtlasTheme.PADDING);
            subtitle.draw(frame, AtlasTheme.MUTED, y + GAP_BELOW_TITLE);
            footer.draw(frame, AtlasTheme.MUTED, footerTop);
        } finally {
            frame.dispose();
        }
        // XChart changes clip, stroke and hints freely, so it gets a graphics of its own.
        Graphics2D plot = (Graphics2D) g.create();
        try {
            plot.translate(0, top);
            plot.clipRect(0, 0, spec.width(), plotHeight);
            spec.chart().paint(plot, spec.width(), plotHeight);
        } finally {
            plot.dispose();
        }
    }

    /** Lines of {@code text} broken at spaces to fit {@code maxWidth}; a word wider than a line is split. */
    static List<String> wrap(String text, Font font, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + ' ' + word;
            if (width(candidate, font) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = word;
            while (width(line, font) > maxWidth && line.codePointCount(0, line.length()) > 1) {
                int cut = longestFittingPrefix(line, font, maxWidth);
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** End of the longest prefix (at least one code point) of {@code word} that fits, e.g. inside a long URL. */
    private static int longestFittingPrefix(String word, Font font, float maxWidth) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (width(word.substring(0, next), font) > maxWidth) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    private static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }

    /** Wrapped lines in one font; an empty text takes no space. */
    private record TextBlock(List<String> lines, Font font, float ascent, float lineHeight) {

        static TextBlock of(String text, Font font, float maxWidth) {
            LineMetrics metrics = font.getLineMetrics("Ag", MEASURE);
            return new TextBlock(wrap(text, font, maxWidth), font, metrics.getAscent(), metrics.getHeight());
        }

        float height() {
            return lines.size() * lineHeight;
        }

        /** Draws the lines from {@code top} down at the left padding and returns the y below the last one. */
        float draw(Graphics2D g, Color color, float top) {
            g.setFont(font);
            g.setColor(color);
            float y = top;
            for (String line : lines) {
                g.drawString(line, (float) AtlasTheme.PADDING, y + ascent);
                y += lineHeight;
            }
            return y;
        }
    }

    /** Exposed for tests: the footer lines the canvas would draw for this spec. */
    static List<String> footerLines(ChartSpec spec) {
        return wrap(spec.footer(), Fonts.regular(AtlasTheme.FOOTER_SIZE), spec.width() - 2f * AtlasTheme.PADDING);
    }
}
