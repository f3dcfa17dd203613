package org.strategyatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;

class IndexPageTest {

    private static final List<String> RUN_FILES = List.of("tables/country_comparison.csv",
            "tables/disagreements.csv", "tables/long table.csv", "atlas.xlsx", "report.pdf",
            "charts/investment_total.pdf", "manifest.json");

    @TempDir
    Path run;

    private Path index;
    private String html;

    @BeforeEach
    void writePage() throws IOException {
        List<ChartFile> charts = List.of(
                ReportFixtures.chart(run, "investment_total", "Investment <total> & more", "Totals, once each."),
                ReportFixtures.chart(run, "investment_per_capita", "Per inhabitant", "Per capita."));
        index = run.resolve("index.html");
        IndexPage.write(index, ReportFixtures.meta(), charts, List.of(ReportFixtures.comparison(),
                ReportFixtures.disagreements(), longTable(250)), RUN_FILES);
        html = Files.readString(index, StandardCharsets.UTF_8);
    }

    @Test
    void breaksEachJurisdictionsTotalDownInRankOrderWhenTheRunHasABreakdown() throws IOException {
        assertFalse(html.contains("id=\"breakdown\""), "no breakdown table, no section");
        assertFalse(html.contains("#breakdown"));
        Path other = run.resolve("with-breakdown.html");
        IndexPage.write(other, ReportFixtures.meta(), List.of(), List.of(ReportFixtures.comparison(),
                ReportFixtures.breakdown()), RUN_FILES);
        String page = Files.readString(other, StandardCharsets.UTF_8);
        assertTrue(page.contains("<a href=\"#breakdown\">Totals, line by line</a>"));
        int fra = page.indexOf("<h3>FRA France: headline 123.450 to 150.000 bn</h3>");
        int kor = page.indexOf("<h3>KOR Korea, Rep.: headline 48.000 or more bn</h3>");
        assertTrue(page.indexOf("<section id=\"breakdown\">") < fra && fra < kor, page);
        assertTrue(page.contains("<td>not counted: contained in fra-plan</td>"));
        assertTrue(page.contains("<td class=\"num\">(22.600)</td>"), "what a part does not add is in brackets");
        assertTrue(page.contains("<td class=\"num\">–</td>"), "an up-to figure's low is not computable");
    }

    @Test
    void isOneUtf8PageWithTitleRunBaseYearAndMethod() {
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<h1>Strategy Atlas: national AI strategies compared</h1>"));
        assertTrue(html.contains("Run <code>20240501T120000Z</code> of 2024-05-01 (UTC) &middot; base year 2024"));
        assertTrue(html.contains("<li>Money is converted at the official annual average exchange rate of the price"
                + " year.</li>"));
        assertTrue(html.contains("<li>wdi_fx.csv: PA.NUS.FCRF from API_PA.NUS.FCRF_DS2_en_csv_v2.csv"));
    }

    @Test
    void inlinesEachChartSvgWithoutItsPrologAndWithItsOwnIds() {
        assertEquals(2, count("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertFalse(html.contains("<?xml"));
        assertFalse(html.contains("<!DOCTYPE svg"));
        assertTrue(html.contains("<clipPath id=\"investment_total-clip1\">"));
        assertTrue(html.contains("clip-path=\"url(#investment_total-clip1)\""));
        assertTrue(html.contains("<clipPath id=\"investment_per_capita-clip1\">"));
        assertTrue(html.contains("<h3>Investment &lt;total&gt; &amp; more</h3>"));
        assertTrue(html.contains("<a href=\"charts/investment_total.pdf\">PDF</a>, <a href=\"charts/"
                + "investment_total.svg\">SVG</a>, <a href=\"charts/investment_total.png\">PNG</a>"));
    }

    @Test
    void escapesSourcesSoAScriptInATitleIsText() {
        assertTrue(html.contains("<strong>S002</strong> &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;"
                + " plan, Ministry &#39;X&#39;"));
        assertTrue(html.contains("<a class=\"url\" href=\"https://example.org/plan?a=1&amp;b=2\">"));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
        // CJK stays as it is: the page is UTF-8, unlike the PDF font
        assertTrue(html.contains("65 名参与者 in 109 milliards d’euros, 中国政府"));
        assertTrue(html.contains("<strong>S005</strong> Notes held by the editors, Strategy Atlas</li>"));
    }

    @Test
    void linksEveryRunFileRelatively() {
        for (String file : RUN_FILES) {
            String href = file.replace(" ", "%20");
            assertTrue(html.contains("<li><a href=\"" + href + "\">" + file + "</a></li>"), file);
        }
    }

    @Test
    void tablesShowCellsEscapedWithUnitsAndGroupedNumbers() {
        assertTrue(html.contains("<td>KOR</td><td>Korea, Rep.</td>"));
        assertTrue(html.contains("<td class=\"num\">123,450,000,000</td>"));
        // as the workbook shows them: money per inhabitant with cents, shares of GDP with six decimals
        assertTrue(html.contains("<td class=\"num\">1,234.50</td>"));
        assertTrue(html.contains("<td class=\"num\">0.000400</td>"));
        assertTrue(html.contains("<td>China 中国</td>"));
        assertTrue(html.contains("investment_constant_usd_low<br><span class=\"unit\">constant 2024 US$</span>"));
        assertTrue(html.contains("<td class=\"num\"></td>"), "an empty number stays empty");
        assertTrue(html.contains("full table: <a href=\"tables/country_comparison.csv\">CSV</a>"));
    }

    @Test
    void aLongTableShowsTwoHundredRowsAndLinksItsCsv() {
        assertTrue(html.contains("Showing the first 200 of 250 rows; every row is in <a href=\"tables/long%20table.csv"
                + "\">the CSV</a>"));
        assertTrue(html.contains("<td>row 199</td>"));
        assertFalse(html.contains("<td>row 200</td>"));
        // years are not grouped like amounts
        assertTrue(html.contains("<td class=\"num\">2024</td>"));
    }

    @Test
    void needsNothingFromOutsideThePage() {
        List<String> targets = new ArrayList<>();
        Matcher m = Pattern.compile("\\s(src|href)=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            targets.add(m.group(1) + "=" + m.group(2));
        }
        assertFalse(targets.isEmpty());
        for (String target : targets) {
            boolean external = target.contains("://");
            // only the sources' own pages are external, and only as links, never loaded
            assertTrue(!external || target.startsWith("href=https://"), target);
        }
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("<img"));
    }

    @Test
    void anSvgWithAScriptIsShownAsItsPngInstead() throws IOException {
        ChartFile chart = ReportFixtures.chart(run, "unsafe", "Unsafe", "Has a script.");
        Files.writeString(chart.svg(), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        IndexPage.write(index, ReportFixtures.meta(), List.of(chart), List.of(), List.of());
        String page = Files.readString(index, StandardCharsets.UTF_8);

        assertFalse(page.toLowerCase(Locale.ROOT).contains("<script"));
        assertTrue(page.contains("<img src=\"charts/unsafe.png\" alt=\"Unsafe\">"));
    }

    @Test
    void replacesThePageAndLeavesNoTemporaryFile() throws IOException {
        IndexPage.write(index, ReportFixtures.meta(), List.of(), List.of(), List.of("report.pdf"));

        assertFalse(Files.readString(index, StandardCharsets.UTF_8).contains("<svg"));
        try (Stream<Path> files = Files.list(run)) {
            assertEquals(List.of("charts", "index.html"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    private int count(String needle) {
        int n = 0;
        for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static Table longTable(int rows) {
        List<List<Object>> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(ReportFixtures.row("row " + i, 2024L));
        }
        return new Table("long table", "A long table", List.of(Column.text("label", "a label"),
                Column.integer("year", "", "a year")), cells);
    }
}
