package org.strategyatlas.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A Liberation Sans face embedded (as a subset) in one report, with what laying text out needs: making any
 * Unicode text showable (characters the font has no glyph for, such as CJK, become "?"), measuring and wrapping.
 */
final class PdfFont {

    static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    private final PDType0Font font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    private PdfFont(PDType0Font font) {
        this.font = font;
    }

    static PdfFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is not on the classpath; it comes with"
                        + " com.github.librepdf:openpdf-fonts-extra, check the jobs module's dependencies");
            }
            return new PdfFont(PDType0Font.load(document, in));
        }
    }

    PDType0Font pdfFont() {
        return font;
    }

    /**
     * The text as this font can show it: NFC-composed, each control character (tab, line break) and each
     * space the font lacks a space, invisible format marks it lacks dropped, any other character without a glyph
     * in the font "?", so data in any script never makes the report fail.
     */
    String showable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (encodable.computeIfAbsent(cp, this::canEncode)) {
                out.appendCodePoint(cp);
            } else if (Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT) {
                // an invisible mark (zero-width space, BOM, direction mark) the font lacks: drop it
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean canEncode(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width in points of already {@link #showable} text at {@code size}. */
    float width(String showable, float size) {
        try {
            return font.getStringWidth(showable) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Breaks text into lines no wider than {@code maxWidth}: at spaces, and inside a word (a URL, a long id)
     * only when the word alone is wider than a line. Returns at least one line.
     */
    List<String> wrap(String text, float size, float maxWidth) {
        String[] words = showable(text).strip().split(" +");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size) > maxWidth) {
                int cut = fitting(rest, size, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** How many chars of {@code word} fit a line (at least one code point, so wrapping always progresses). */
    private int fitting(String word, float size, float maxWidth) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), size) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** The widest single word of the text, so a column is never narrower than its words when there is room. */
    float widestWord(String text, float size) {
        float widest = 0;
        for (String word : showable(text).strip().split(" +")) {
            widest = Math.max(widest, width(word, size));
        }
        return widest;
    }
}
