package org.strategyatlas.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.style.CategoryStyler;

class FontsTest {

    @Test
    void regularAndBoldAreLiberationSansAtTheAskedSize() {
        Font regular = Fonts.regular(12f);
        Font bold = Fonts.bold(18f);

        assertEquals("Liberation Sans", regular.getFontName());
        assertEquals(12f, regular.getSize2D());
        assertEquals("Liberation Sans Bold", bold.getFontName());
        assertEquals("Liberation Sans", bold.getFamily());
        assertEquals(18f, bold.getSize2D());
        assertTrue(bold.isBold());
    }

    @Test
    void ttfStreamsAreTrueTypeFilesAndFreshEachTime() throws IOException {
        // A TrueType file starts with the sfnt version 0x00010000.
        byte[] magic = {0, 1, 0, 0};
        try (InputStream first = Fonts.regularTtf(); InputStream second = Fonts.regularTtf();
                InputStream bold = Fonts.boldTtf()) {
            assertArrayEquals(magic, first.readNBytes(4));
            assertArrayEquals(magic, second.readNBytes(4));
            assertArrayEquals(magic, bold.readNBytes(4));
        }
    }

    @Test
    void themeSetsEveryChartFontToLiberationSansAtReadableSizes() {
        CategoryStyler styler = new CategoryChart(800, 450).getStyler();

        AtlasTheme.apply(styler);

        assertFont("Liberation Sans", 12f, styler.getAxisTickLabelsFont());
        assertFont("Liberation Sans", 12f, styler.getAxisTitleFont());
        assertFont("Liberation Sans", 12f, styler.getLegendFont());
        assertFont("Liberation Sans", 11f, styler.getAnnotationTextFont());
        assertFont("Liberation Sans", 11f, styler.getLabelsFont());
        assertEquals(AtlasTheme.PALETTE[0], styler.getSeriesColors()[0]);
    }

    private static void assertFont(String name, float size, Font font) {
        assertEquals(name, font.getFontName());
        assertEquals(size, font.getSize2D());
    }
}
