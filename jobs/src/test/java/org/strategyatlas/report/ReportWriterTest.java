package org.strategyatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportWriterTest {

    // cover, method, ceil(3 / 2) chart pages, comparison, disagreements, sources
    private static final int PAGES = 1 + 1 + 2 + 1 + 1 + 1;
    private static final int FIRST_CHART_PAGE = 3;
    private static final int COMPARISON_PAGE = 5;
    private static final int SOURCES_PAGE = 7;

    @TempDir
    Path run;

    private Path pdf;
    private List<ChartFile> charts;

    @BeforeEach
    void writeReport() throws IOException {
        charts = List.of(
                ReportFixtures.chart(run, "investment_total", "Announced AI investment, constant 2024 US$",
                        "Totals add each initiative once; ranges show low and high."),
                ReportFixtures.chart(run, "investment_per_capita", "Investment per inhabitant",
                        "Per capita: constant amount divided by the population of the price year."),
                ReportFixtures.chart(run, "investment_pct_gdp", "Share of GDP per year",
                        "Only plans with a known horizon have a per-year share."));
        pdf = run.resolve("report.pdf");
        ReportWriter.write(pdf, ReportFixtures.meta(), charts, ReportFixtures.comparison(),
                ReportFixtures.disagreements());
    }

    @Test
    void hasCoverMethodTwoChartsAPageThenTablesAndSources() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(PAGES, document.getNumberOfPages());
            assertTrue(document.getPages().iterator().next().getMediaBox().getWidth() < 596);
            assertTrue(text(document, 2).startsWith("Method"));
            assertTrue(text(document, FIRST_CHART_PAGE).contains("Investment per inhabitant"));
            assertTrue(text(document, FIRST_CHART_PAGE + 1).contains("Share of GDP per year"));
            assertTrue(text(document, COMPARISON_PAGE).startsWith("Announced AI investment by jurisdiction"));
            assertTrue(text(document, COMPARISON_PAGE + 1).startsWith("Figures stated differently"));
            // the comparison fits portrait; the disagreements, with every column, print landscape
            PDRectangle comparison = document.getPage(COMPARISON_PAGE - 1).getMediaBox();
            PDRectangle disagreements = document.getPage(COMPARISON_PAGE).getMediaBox();
            assertTrue(comparison.getWidth() < comparison.getHeight());
            assertTrue(disagreements.getWidth() > disagreements.getHeight());
            assertTrue(text(document, SOURCES_PAGE).startsWith("Sources"));
        }
    }

    @ParameterizedTest(name = "{0} charts: {1} pages")
    @CsvSource({"0, 5", "1, 6", "2, 6", "4, 7", "5, 8"})
    void chartPagesAreHalfTheChartsRoundedUp(int chartCount, int pages) throws IOException {
        List<ChartFile> some = new ArrayList<>();
        for (int i = 0; i < chartCount; i++) {
            some.add(ReportFixtures.chart(run, "chart_" + i, "Chart " + i, "Caption " + i + "."));
        }
        Path other = run.resolve("other.pdf");

        ReportWriter.write(other, ReportFixtures.meta(), some, ReportFixtures.comparison(),
                ReportFixtures.disagreements());

        try (PDDocument document = Loader.loadPDF(other.toFile())) {
            assertEquals(pages, document.getNumberOfPages());
            assertTrue(text(document, 1).contains("page 1 of " + pages));
        }
    }

    @Test
    void coverStatesTitleRunBaseYearCurrencyDateAndContents() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String cover = text(document, 1);

            assertTrue(cover.contains("Strategy Atlas: national AI strategies compared"), cover);
            assertTrue(cover.contains("Run id " + ReportFixtures.RUN_ID), cover);
            assertTrue(cover.contains("Run date 2024-05-01 (UTC)"), cover);
            assertTrue(cover.contains("Base year 2024"), cover);
            assertTrue(cover.contains("Currency USD (money in constant 2024 US$)"), cover);
            assertTrue(cover.contains("Charts 3"), cover);
            assertTrue(cover.contains("Sources 7"), cover);
            assertTrue(cover.contains("page 1 of " + PAGES), cover);
        }
    }

    @Test
    void everyPageHasItsNumberOfTheTotal() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= PAGES; p++) {
                assertTrue(text(document, p).contains("page " + p + " of " + PAGES), "page " + p);
            }
        }
    }

    @Test
    void textIsExtractableMethodCaptionsTableAndSources() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(document);

            assertTrue(all.contains("Money is converted at the official annual average exchange rate"));
            assertTrue(all.contains("wdi_fx.csv: PA.NUS.FCRF"));
            assertTrue(all.contains("Totals add each initiative once; ranges show low and high."));
            assertTrue(all.contains("Korea, Rep."));
            assertTrue(all.contains("https://www.gouvernement.fr/france-2030"));
        }
    }

    @Test
    void comparisonNumbersAreScaledGroupedAndEmptyValuesMarked() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String table = text(document, COMPARISON_PAGE);

            // 1.2345e11 US$ = 123.45 bn; 1.5e11 = 150.00 bn; per capita 1,234.50; 0.0004 % shows as <0.001
            assertTrue(table.contains("FRA France 123.45 150.00 1,234.50 2,200.00 <0.001 0.250 1"), table);
            assertTrue(table.contains("KOR Korea, Rep. 48.00 – 927.00 – 0.081 – 2"), table);
            // Liberation has no CJK glyphs: each becomes "?"
            assertTrue(table.contains("CHN China ?? 8.20 8.20 5.81 5.81 0.006 0.006 3"), table);
            assertTrue(table.contains("EUU European Union – – – – – – –"), table);
        }
    }

    @Test
    void longComparisonRepeatsItsHeaderOnEveryPage() throws IOException {
        Path other = run.resolve("long.pdf");
        ReportWriter.write(other, ReportFixtures.meta(), List.of(), ReportFixtures.longComparison(150),
                ReportFixtures.disagreements());

        try (PDDocument document = Loader.loadPDF(other.toFile())) {
            List<Integer> tablePages = new ArrayList<>();
            for (int p = 3; p <= document.getNumberOfPages(); p++) {
                if (text(document, p).contains("Announced AI investment by jurisdiction")) {
                    tablePages.add(p);
                }
            }
            assertTrue(tablePages.size() >= 3, "150 rows need several pages: " + tablePages);
            assertEquals(document.getNumberOfPages() - 2, tablePages.get(tablePages.size() - 1));
            StringBuilder rows = new StringBuilder();
            for (int p : tablePages) {
                String page = text(document, p);
                assertTrue(page.contains("Code Name Investment"), "header on page " + p);
                assertTrue(p == tablePages.get(0) || page.contains("(continued)"), "page " + p);
                rows.append(page);
            }
            int previous = -1;
            for (int i = 0; i < 150; i++) {
                int at = rows.indexOf(String.format("J%03d Economy %d ", i, i));
                assertTrue(at > previous, "row " + i + " in order");
                previous = at;
            }
        }
    }

    @Test
    void everyFontOfEveryPageAndChartIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.getName().contains("LiberationSans-Bold")));
        }
    }

    @Test
    void chartsAreVectorFormsNotImages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage page = document.getPage(FIRST_CHART_PAGE - 1);
            List<PDXObject> xobjects = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                xobjects.add(page.getResources().getXObject(name));
            }

            assertEquals(2, xobjects.stream().filter(x -> x instanceof PDFormXObject).count());
            assertEquals(0, countImages(page.getResources(), 0));
            // the chart's own text stays text inside the form
            assertTrue(text(document, FIRST_CHART_PAGE).contains(ReportFixtures.CHART_TEXT));
        }
    }

    @Test
    void sourcesWithMarkupCjkAndCommasPrintAsTextWithLinks() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String sources = text(document, SOURCES_PAGE);

            assertTrue(sources.contains("S002 <script>alert(1)</script> & \"quoted\" plan, Ministry 'X'"), sources);
            assertTrue(sources.contains("S003 65 ???? in 109 milliards d’euros, ????"), sources);
            assertTrue(sources.contains("S004 Korea, Rep. AI semiconductor plan, MSIT"), sources);
            assertTrue(sources.contains("S005 Notes held by the editors, Strategy Atlas"), sources);
            List<String> uris = new ArrayList<>();
            for (PDAnnotation annotation : document.getPage(SOURCES_PAGE - 1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertEquals(List.of("https://www.gouvernement.fr/france-2030", "https://example.org/plan?a=1&b=2",
                    "https://example.cn/ai/plan", "https://www.msit.go.kr/eng/index.do"), uris);
        }
    }

    @Test
    void replacesAnExistingReportAndLeavesNoTemporaryFile() throws IOException {
        ReportWriter.write(pdf, ReportFixtures.meta(), List.of(), ReportFixtures.comparison(),
                ReportFixtures.disagreements());

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(PAGES - 2, document.getNumberOfPages());
        }
        try (Stream<Path> files = Files.list(run)) {
            assertEquals(List.of("charts", "report.pdf"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aMissingChartFailsAndKeepsThePreviousReport() throws IOException {
        byte[] before = Files.readAllBytes(pdf);
        ChartFile missing = new ChartFile("gone", "Gone", "Gone.", run.resolve("charts/gone.pdf"),
                run.resolve("charts/gone.svg"), run.resolve("charts/gone.png"));

        assertThrows(NoSuchFileException.class, () -> ReportWriter.write(pdf, ReportFixtures.meta(),
                List.of(charts.get(0), missing), ReportFixtures.comparison(), ReportFixtures.disagreements()));

        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(pdf)));
        try (Stream<Path> files = Files.list(run)) {
            assertEquals(List.of("charts", "report.pdf"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aComparisonWithoutAPrintedColumnIsRefusedNamingIt() {
        var table = new org.strategyatlas.publish.Table("country_comparison", "t",
                ReportFixtures.COMPARISON_COLUMNS.subList(0, 3), List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportWriter.write(
                run.resolve("x.pdf"), ReportFixtures.meta(), List.of(), table, ReportFixtures.disagreements()));

        assertTrue(e.getMessage().contains("has no column investment_constant_usd_low"), e.getMessage());
        assertFalse(Files.exists(run.resolve("x.pdf")));
    }

    @Test
    void printsTheBreakdownOfEachJurisdictionWithWhatIsNotAddedInBrackets() throws IOException {
        Path withBreakdown = run.resolve("breakdown.pdf");
        ReportWriter.write(withBreakdown, ReportFixtures.meta(), charts, ReportFixtures.comparison(),
                ReportFixtures.breakdown(), ReportFixtures.disagreements());
        try (PDDocument document = Loader.loadPDF(withBreakdown.toFile())) {
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // in the comparison's (rank) order; 1.2345e11 = 123.450 bn, 1.5e11 = 150.000 bn; KOR has no high
            int fra = all.indexOf("FRA France: headline 123.450 to 150.000 bn");
            int kor = all.indexOf("KOR Korea, Rep.: headline 48.000 or more bn");
            assertTrue(fra > 0 && kor > fra, all);
            assertTrue(all.contains("not counted: contained in fra-plan"), all);
            assertTrue(all.contains("(22.600)"), "what a contained part does not add is in brackets");
            assertTrue(all.contains("broader (AI 0.25–0.50)"), all);
            assertTrue(all.contains("Totals, line by line"), "the cover lists the section");
        }
    }

    /** Page {@code page} (1-based) as PDFBox extracts it, with runs of spaces and line breaks as one space. */
    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ").strip();
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }

    private static int countImages(PDResources resources, int depth) throws IOException {
        int images = 0;
        if (resources == null || depth > 5) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                images++;
            } else if (x instanceof PDFormXObject form) {
                images += countImages(form.getResources(), depth + 1);
            }
        }
        return images;
    }
}
