package org.strategyatlas.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.intermediate.commands.Command;
import de.erichseifert.vectorgraphics2d.intermediate.commands.DrawStringCommand;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartCanvasTest {

    /** 800 pt less 12 pt padding on each side. */
    private static final float TEXT_WIDTH = 776f;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void titleSubtitleAndFooterAreDrawnAsStringsInThatOrder() {
        VectorGraphics2D g = new VectorGraphics2D();

        ChartCanvas.paint(RenderingFixtures.spec("budgets", RenderingFixtures.barChart()), g);

        List<DrawStringCommand> strings = new ArrayList<>();
        for (Command<?> command : g.getCommands()) {
            if (command instanceof DrawStringCommand text) {
                strings.add(text);
            }
        }
        assertEquals(List.of(RenderingFixtures.TITLE, RenderingFixtures.SUBTITLE, RenderingFixtures.FOOTER),
                strings.stream().map(Command::getValue).toList());
        assertTrue(strings.get(0).getY() < strings.get(1).getY(), "subtitle below title");
        // The footer's baseline sits inside the page, above the bottom padding.
        assertTrue(strings.get(2).getY() > 420 && strings.get(2).getY() < 450 - 12, "footer at the foot");
        assertEquals(12.0, strings.get(0).getX());
    }

    @Test
    void aShortFooterTakesOneLine() {
        ChartSpec spec = RenderingFixtures.spec("budgets", RenderingFixtures.barChart(), "Sources: OECD.AI | run r1");

        assertEquals(List.of("Sources: OECD.AI | run r1"), ChartCanvas.footerLines(spec));
    }

    @Test
    void aLongFooterWrapsOntoTwoLinesThatEachFit() {
        String footer = "Sources: Ministère de l'Économie (2025-02-10); MeitY IndiaAI Mission cabinet note"
                + " (2024-03-07); MSIT Korea AI semiconductor initiative (2024-04-09); World Bank WDI PA.NUS.FCRF,"
                + " NY.GDP.DEFL.KD.ZG and SP.POP.TOTL (vintage 2025-07) | Strategy Atlas run 2026-01-15T06-00-00Z";
        ChartSpec spec = RenderingFixtures.spec("budgets", RenderingFixtures.barChart(), footer);

        List<String> lines = ChartCanvas.footerLines(spec);

        assertEquals(2, lines.size());
        assertEquals(footer, String.join(" ", lines));
        Font font = Fonts.regular(8.5f);
        for (String line : lines) {
            assertTrue(font.getStringBounds(line, FRC).getWidth() <= TEXT_WIDTH, line);
        }
    }

    @Test
    void aWordWiderThanTheLineIsSplitWithoutLosingCharacters() {
        String url = "https://example.org/" + "a".repeat(400);
        Font font = Fonts.regular(8.5f);

        List<String> lines = ChartCanvas.wrap("Source: " + url, font, TEXT_WIDTH);

        assertEquals("Source: " + url, lines.get(0) + " " + String.join("", lines.subList(1, lines.size())));
        for (String line : lines) {
            assertTrue(font.getStringBounds(line, FRC).getWidth() <= TEXT_WIDTH, line);
        }
    }

    @Test
    void anEmptySubtitleTakesNoLine() {
        assertEquals(List.of(), ChartCanvas.wrap("  ", Fonts.regular(12f), TEXT_WIDTH));
    }

    @Test
    void aChartTooShortForItsTextsIsRefusedWithTheFix() {
        ChartSpec spec = new ChartSpec("budgets", RenderingFixtures.TITLE, RenderingFixtures.SUBTITLE,
                RenderingFixtures.FOOTER, "caption", RenderingFixtures.barChart(), 800, 160);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartCanvas.paint(spec, new VectorGraphics2D()));

        assertTrue(e.getMessage().startsWith(
                "chart budgets is 800 x 160 pt: after its title, subtitle and footer only"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(at least 120 needed); make it taller or shorten the texts"),
                e.getMessage());
    }
}
