package org.strategyatlas.report;

import java.nio.charset.StandardCharsets;

/** HTML text and attribute escaping, and relative hrefs, for the index page. */
final class Html {

    private Html() {
    }

    /** Escapes {@code & < > " '} so data reads as text in element content and in quoted attributes alike. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A relative path ("tables/a b.csv") as an href: each segment percent-encoded (UTF-8) except unreserved
     * characters, so a name with spaces, "#" or "?" still points at the file; then HTML-escaped.
     */
    static String href(String relativePath) {
        StringBuilder out = new StringBuilder();
        for (byte b : relativePath.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return escape(out.toString());
    }
}
