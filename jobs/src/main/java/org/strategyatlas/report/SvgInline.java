package org.strategyatlas.report;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an SVG file's text into an element that can sit inside an HTML page: the XML declaration, doctype and
 * anything else before {@code <svg} dropped, and every id prefixed, so that the clip paths of two charts on one
 * page never resolve to each other's. An SVG with a script, an event handler or foreign content is refused.
 */
final class SvgInline {

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern URL_REF = Pattern.compile("url\\(\\s*#([^)\\s]+)\\s*\\)");
    private static final Pattern HREF_REF = Pattern.compile("\\b((?:xlink:)?href)=\"#([^\"]+)\"");
    private static final Pattern ACTIVE = Pattern.compile(
            "<\\s*(script|foreignObject|iframe)\\b|\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

    private SvgInline() {
    }

    /** The {@code <svg>} element ready to inline, or empty when the file has none or carries active content. */
    static Optional<String> of(String svgFile, String idPrefix) {
        String text = svgFile.startsWith("\uFEFF") ? svgFile.substring(1) : svgFile;
        int start = text.toLowerCase(Locale.ROOT).indexOf("<svg");
        int end = text.toLowerCase(Locale.ROOT).lastIndexOf("</svg>");
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        String svg = text.substring(start, end + "</svg>".length());
        if (ACTIVE.matcher(svg).find()) {
            return Optional.empty();
        }
        String prefix = idPrefix.replaceAll("[^A-Za-z0-9_-]", "_") + "-";
        svg = replace(ID, svg, m -> "id=\"" + prefix + m.group(1) + "\"");
        svg = replace(URL_REF, svg, m -> "url(#" + prefix + m.group(1) + ")");
        svg = replace(HREF_REF, svg, m -> m.group(1) + "=\"#" + prefix + m.group(2) + "\"");
        return Optional.of(svg);
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }
}
