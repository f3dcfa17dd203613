package org.strategyatlas.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The text of an HTML page as a reader sees it: tags removed, character references decoded, the contents of
 * {@code head}, {@code script}, {@code style}, {@code template} and comments dropped, runs of white space in the
 * source folded to one space, and a line break where a block element ({@code p}, {@code div}, {@code li},
 * {@code h1}...{@code h6}, {@code br}, {@code tr}...) starts or ends, so a paragraph is one line; line breaks inside
 * {@code pre} are kept. Each line is trimmed and empty lines are dropped. Line numbers and offsets of extracted
 * figures refer to this text, not to the HTML source.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "dd", "div",
            "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "body",
            "html", "title", "caption");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> DROPPED = Set.of("head", "script", "style", "template", "noscript", "svg");

    private HtmlText() {
    }

    static String text(String html) {
        StringBuilder out = new StringBuilder(html.length());
        StringBuilder run = new StringBuilder();
        boolean pre = false;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<' || i + 1 >= html.length() || !tagStart(html.charAt(i + 1))) {
                run.append(c);
                i++;
                continue;
            }
            flush(run, out, pre);
            if (html.startsWith("<!--", i)) {
                i = after(html, "-->", i + 4);
                continue;
            }
            int end = tagEnd(html, i);
            String name = tagName(html, i);
            boolean closing = html.charAt(i + 1) == '/';
            if (!closing && DROPPED.contains(name)) {
                end = closeOf(html, name, end);
            } else if (BLOCKS.contains(name)) {
                out.append('\n');
                pre = name.equals("pre") ? !closing : pre;
            } else if (CELLS.contains(name) && !closing) {
                out.append(' ');
            }
            i = end;
        }
        flush(run, out, pre);
        return tidy(out);
    }

    private static boolean tagStart(char c) {
        return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
    }

    /** Decodes and appends a run of text, its white space folded unless inside {@code pre}. */
    private static void flush(StringBuilder run, StringBuilder out, boolean pre) {
        if (run.length() == 0) {
            return;
        }
        String text = run.toString();
        if (!pre) {
            text = text.replaceAll("[ \\t\\n\\r\\f]+", " ");
        }
        out.append(HtmlEntities.decode(text));
        run.setLength(0);
    }

    /** The index after the {@code >} that ends the tag at {@code start}, skipping quoted attribute values. */
    private static int tagEnd(String html, int start) {
        char quote = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return html.length();
    }

    private static String tagName(String html, int start) {
        int i = start + 1;
        if (i < html.length() && html.charAt(i) == '/') {
            i++;
        }
        int from = i;
        while (i < html.length() && Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        return html.substring(from, i).toLowerCase(Locale.ROOT);
    }

    /** The index after the closing tag of {@code name} (case-insensitive), or the end of the page. */
    private static int closeOf(String html, String name, int from) {
        String lower = html.toLowerCase(Locale.ROOT);
        int close = lower.indexOf("</" + name, from);
        return close < 0 ? html.length() : tagEnd(html, close);
    }

    private static int after(String html, String marker, int from) {
        int at = html.indexOf(marker, from);
        return at < 0 ? html.length() : at + marker.length();
    }

    /** Trims each line and drops empty ones: one line per paragraph, heading or list item. */
    private static String tidy(StringBuilder text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.toString().split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                out.append(out.length() > 0 ? "\n" : "").append(trimmed);
            }
        }
        return out.toString();
    }
}
