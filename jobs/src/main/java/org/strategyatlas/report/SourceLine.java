package org.strategyatlas.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One cited source split for display: its id, the rest of its description (title and publisher) and its URL,
 * parsed from a {@code RunMetadata} sources line "id: title, publisher, url" (the URL is optional).
 *
 * @param url an http(s) URL, or "" when the line ends with none; other schemes are never made links
 */
public record SourceLine(String id, String description, String url) {

    private static final Pattern URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    public SourceLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(url, "url");
        if (!url.isEmpty() && !URL.matcher(url).matches()) {
            throw new IllegalArgumentException("source " + id + ": url must be http(s) without spaces, or empty: "
                    + url);
        }
    }

    /** Splits a sources line; a line without "id: " keeps all its text as the description. */
    public static SourceLine parse(String line) {
        String text = line.strip();
        int colon = text.indexOf(": ");
        String id = colon > 0 ? text.substring(0, colon).strip() : "";
        String rest = colon > 0 ? text.substring(colon + 2).strip() : text;
        int comma = rest.lastIndexOf(", ");
        String last = comma < 0 ? rest : rest.substring(comma + 2).strip();
        if (URL.matcher(last).matches()) {
            return new SourceLine(id, comma < 0 ? "" : rest.substring(0, comma).strip(), last);
        }
        return new SourceLine(id, rest, "");
    }
}
