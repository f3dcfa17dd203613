package org.strategyatlas.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.RunMetadata;
import org.strategyatlas.publish.Table;

/**
 * Inline inputs for the report and index page tests: run metadata whose sources carry markup, CJK and commas,
 * small comparison and disagreements tables, and chart files (a one-page vector PDF with embedded Liberation
 * text, an SVG with a prolog and a clip path id, a placeholder PNG) written into a run folder.
 */
final class ReportFixtures {

    static final String RUN_ID = "20240501T120000Z";
    static final String SCRIPT_SOURCE = "S002: <script>alert(1)</script> & \"quoted\" plan, Ministry 'X',"
            + " https://example.org/plan?a=1&b=2";
    static final String CJK_SOURCE = "S003: 65 名参与者 in 109 milliards d’euros, 中国政府, https://example.cn/ai/plan";
    static final String CHART_TEXT = "Chart text drawn in the chart PDF";

    private ReportFixtures() {
    }

    static RunMetadata meta() {
        return new RunMetadata(RUN_ID, 2024, "USD",
                List.of("Money is converted at the official annual average exchange rate of the price year.",
                        "Constant 2024 US$: amount x deflator(base)/deflator(price year), then at the 2024 rate."),
                List.of("S001: France 2030, Gouvernement, https://www.gouvernement.fr/france-2030",
                        SCRIPT_SOURCE,
                        CJK_SOURCE,
                        "S004: Korea, Rep. AI semiconductor plan, MSIT, https://www.msit.go.kr/eng/index.do",
                        "S005: Notes held by the editors, Strategy Atlas"),
                List.of("wdi_fx.csv: PA.NUS.FCRF from API_PA.NUS.FCRF_DS2_en_csv_v2.csv, last updated 2024-03-28,"
                        + " CC BY 4.0"));
    }

    static final List<Column> COMPARISON_COLUMNS = List.of(
            Column.text("jurisdiction", "ISO 3166-1 alpha-3 code"),
            Column.text("name", "World Bank name of the economy"),
            Column.integer("initiatives", "initiatives", "initiatives in the dataset"),
            Column.decimal("investment_constant_usd_low", "constant 2024 US$", "sum of lows"),
            Column.decimal("investment_constant_usd_high", "constant 2024 US$", "sum of highs"),
            Column.decimal("per_capita_usd_low", "constant 2024 US$ per inhabitant", "lows"),
            Column.decimal("per_capita_usd_high", "constant 2024 US$ per inhabitant", "highs"),
            Column.decimal("pct_gdp_per_year_low", "% of GDP per year of the plan", "lows"),
            Column.decimal("pct_gdp_per_year_high", "% of GDP per year of the plan", "highs"),
            Column.integer("rank_investment", "rank", "1 = largest investment low"),
            Column.text("status", "ok, or what limits the totals"));

    /** Four jurisdictions; values chosen so the printed forms are known by hand (1.2345e11 US$ = 123.45 bn). */
    static Table comparison() {
        return new Table("country_comparison", "Announced AI investment by jurisdiction", COMPARISON_COLUMNS,
                List.of(row("FRA", "France", 3L, 1.2345e11, 1.5e11, 1234.5, 2200.0, 0.0004, 0.25, 1L, "ok"),
                        row("KOR", "Korea, Rep.", 2L, new BigDecimal("48000000000"), null, 927.0, null, 0.081, null,
                                2L, "1 open-ended (at least) initiative(s): no high total"),
                        row("CHN", "China 中国", 1L, 8.2e9, 8.2e9, 5.81, 5.81, 0.0061, 0.0061, 3L, "ok"),
                        row("EUU", "European Union", 1L, null, null, null, null, null, null, null,
                                "no investment figure in totals")));
    }

    /**
     * Three initiatives of France (two counted in the headline, 1.2345e11 + 0 .. 1.5e11 US$, one contained) and one of
     * Korea: the rows behind {@link #comparison()}'s totals.
     */
    static Table breakdown() {
        List<Column> columns = List.of(Column.text("jurisdiction", ""), Column.text("initiative", ""),
                Column.text("counted_in", ""), Column.text("status", ""), Column.text("class", ""),
                Column.text("scope", ""), Column.decimal("ai_share_low", "fraction", ""),
                Column.decimal("ai_share_high", "fraction", ""), Column.text("funding", ""),
                Column.text("figures_counted", ""),
                Column.decimal("constant_usd_low", "constant 2024 US$", ""),
                Column.decimal("constant_usd_high", "constant 2024 US$", ""), Column.text("notes", ""));
        return new Table("totals_breakdown", "The initiatives behind every total", columns, List.of(
                row("FRA", "fra-plan", "headline", "counted", "pledged", "ai", null, null, "mixed", "fra-109bn",
                        1.2345e11, 1.2345e11, ""),
                row("FRA", "fra-upto", "headline", "counted", "pledged", "broader", 0.25, 0.5, "private", "fra-upto-1",
                        null, 2.655e10, "up to: adds 0 to the low"),
                row("FRA", "fra-part", "", "contained in fra-plan", "pledged", "ai", null, null, "private",
                        "fra-part-20bn", 2.26e10, 2.26e10, ""),
                row("KOR", "kor-plan", "headline", "counted", "planned", "ai", null, null, "public", "kor-1",
                        new BigDecimal("48000000000"), null, "at least: no high")));
    }

    /** {@code rows} jurisdictions with codes J000, J001, ... in rank order. */
    static Table longComparison(int rows) {
        List<List<Object>> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(row(String.format("J%03d", i), "Economy " + i, 1L, 1e9 * (rows - i), null, 10.0, null, 0.01,
                    null, (long) i + 1, "ok"));
        }
        return new Table("country_comparison", "Announced AI investment by jurisdiction", COMPARISON_COLUMNS, cells);
    }

    static Table disagreements() {
        return new Table("disagreements", "Figures stated differently by different sources", List.of(
                Column.text("initiative_id", "the initiative"),
                Column.text("jurisdiction", "its jurisdiction"),
                Column.text("metric", "the metric"),
                Column.integer("observations", "figures", "observations of this metric"),
                Column.decimal("low_min", "unit", "lowest low stated"),
                Column.decimal("high_max", "unit", "highest high stated"),
                Column.text("values", "each value with its sources")), List.of(
                row("FRA-summit-2025", "FRA", "investment", 3L, new BigDecimal("109000000000"),
                        new BigDecimal("109000000000"), "109000000000 [S001, S009]; 110000000000 [S010];"
                        + " a deliberately long explanation that has to wrap over several lines inside its cell"
                        + " because it is far wider than the column the page leaves for it"),
                row("CHN-hackathon", "CHN", "participants", 2L, new BigDecimal("63"), new BigDecimal("65"),
                        "63 [S011]; 65 名参与者 [S003]")));
    }

    /** Writes the three files of a chart under {@code run/charts/}: the PDF holds a rectangle and a text line. */
    static ChartFile chart(Path run, String name, String title, String caption) throws IOException {
        Path charts = Files.createDirectories(run.resolve("charts"));
        Path pdf = charts.resolve(name + ".pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(800, 450));
            document.addPage(page);
            PDType0Font font;
            try (InputStream in = ReportFixtures.class.getResourceAsStream(PdfFont.REGULAR)) {
                font = PDType0Font.load(document, in);
            }
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setNonStrokingColor(0f, 0.447f, 0.698f);
                out.addRect(60, 60, 300, 200);
                out.fill();
                out.beginText();
                out.setFont(font, 24);
                out.setNonStrokingColor(0f, 0f, 0f);
                out.newLineAtOffset(60, 400);
                out.showText(CHART_TEXT);
                out.endText();
            }
            document.save(pdf.toFile());
        }
        Path svg = charts.resolve(name + ".svg");
        Files.writeString(svg, svg(title), StandardCharsets.UTF_8);
        Path png = charts.resolve(name + ".png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return new ChartFile(name, title, caption, pdf, svg, png);
    }

    /** An SVG as VectorGraphics2D writes it: XML declaration, doctype, a clip path referenced by id. */
    static String svg(String label) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" width="400px" height="225px" viewBox="0 0 400 225">
                  <defs><clipPath id="clip1"><rect x="0" y="0" width="300" height="200"/></clipPath></defs>
                  <rect clip-path="url(#clip1)" x="20" y="20" width="300" height="180" style="fill:rgb(0,114,178)"/>
                  <text x="20" y="215">%s</text>
                </svg>
                """.formatted(label.replace("&", "&amp;").replace("<", "&lt;"));
    }

    static List<Object> row(Object... cells) {
        // Arrays.asList keeps nulls, which List.of refuses
        return Arrays.asList(cells);
    }
}
