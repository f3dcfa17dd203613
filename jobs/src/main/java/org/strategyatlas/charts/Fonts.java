package org.strategyatlas.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Liberation Sans (SIL OFL 1.1) every chart is set in, so a chart looks the same on every machine
 * and its PDF can embed the very font it was laid out with.
 */
public final class Fonts {

    /** Classpath locations inside com.github.librepdf:openpdf-fonts-extra. */
    static final String REGULAR_TTF = "/liberation/LiberationSans-Regular.ttf";
    static final String BOLD_TTF = "/liberation/LiberationSans-Bold.ttf";

    private Fonts() {
    }

    /** Liberation Sans Regular at the given size in points. */
    public static Font regular(float size) {
        return Loaded.REGULAR.deriveFont(Font.PLAIN, size);
    }

    /**
     * Liberation Sans Bold at the given size in points. The face is already bold; the BOLD style flag is set
     * only so that writers that describe fonts by family and weight (SVG) say bold too. Java does not
     * embolden a face whose own style is bold, so the glyphs are the real bold ones.
     */
    public static Font bold(float size) {
        return Loaded.BOLD.deriveFont(Font.BOLD, size);
    }

    /** A fresh stream over the regular TTF file, for embedding (the caller closes it). */
    public static InputStream regularTtf() {
        return new ByteArrayInputStream(Loaded.REGULAR_BYTES);
    }

    /** A fresh stream over the bold TTF file, for embedding (the caller closes it). */
    public static InputStream boldTtf() {
        return new ByteArrayInputStream(Loaded.BOLD_BYTES);
    }

    /** Loaded on first use; the holder idiom makes that lazy and thread-safe without a lock. */
    private static final class Loaded {
        static final byte[] REGULAR_BYTES = read(REGULAR_TTF);
        static final byte[] BOLD_BYTES = read(BOLD_TTF);
        static final Font REGULAR = create(REGULAR_TTF, REGULAR_BYTES);
        static final Font BOLD = create(BOLD_TTF, BOLD_BYTES);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath; charts need "
                        + "com.github.librepdf:openpdf-fonts-extra at runtime (see jobs/pom.xml)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource + " from the classpath", e);
        }
    }

    private static Font create(String resource, byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("font " + resource + " is not a usable TrueType file", e);
        }
    }
}
