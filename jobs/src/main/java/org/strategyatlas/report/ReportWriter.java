package org.strategyatlas.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.strategyatlas.publish.RunMetadata;
import org.strategyatlas.publish.Table;

/**
 * Writes a run's {@code report.pdf} (A4): a cover, the method note, the charts as vector forms two to a page,
 * the country comparison, the disagreements and the sources, with "page N of M" on every page.
 *
 * <p>Pages: 1 cover + 1 method (more only if the method and reference lines overflow a page) + ceil(charts / 2)
 * for 16:9 charts whose title and caption take up to two lines each (0 without charts) + the pages of each
 * table (header repeated on each) + 1 sources page (more with many sources). All text is set in the embedded
 * Liberation Sans; a character it has no glyph for (CJK, emoji) prints as "?".
 */
public final class ReportWriter {

    public static final String TITLE = "Strategy Atlas: national AI strategies compared";
    private static final float FOOTER_SIZE = 8f;
    private static final Color FOOTER = new Color(0x4A5361);

    private ReportWriter() {
    }

    /**
     * Writes the report to {@code pdf}, replacing it; written to a temporary file in the same folder and moved
     * into place, so a failure never leaves a partial report. The sources are {@code meta.sources()}.
     *
     * @param charts        each chart's one-page PDF is embedded as a vector form, never as a bitmap
     * @param comparison    {@code country_comparison}, printed as a subset of its columns
     * @param disagreements {@code disagreements}, printed with every column, long text wrapped
     * @throws IllegalArgumentException if the comparison lacks a column the report prints
     */
    public static void write(Path pdf, RunMetadata meta, List<ChartFile> charts, Table comparison,
                             Table disagreements) throws IOException {
        write(pdf, meta, charts, comparison, null, disagreements);
    }

    /** @param breakdown {@code totals_breakdown}, printed per jurisdiction after the comparison; null for none */
    public static void write(Path pdf, RunMetadata meta, List<ChartFile> charts, Table comparison, Table breakdown,
                             Table disagreements) throws IOException {
        // shape the tables first: a missing column fails before any file is touched
        TableView comparisonView = TableView.comparison(comparison, meta.currency());
        List<TableView> breakdownViews = breakdown == null ? List.of()
                : TableView.breakdown(breakdown, comparison, meta.currency());
        TableView disagreementsView = TableView.all(disagreements, "The same metric of the same initiative stated"
                + " with different numbers by different sources; every value is listed with its sources, never"
                + " averaged. Values are in the row's unit.");
        List<SourceLine> sources = meta.sources().stream().map(SourceLine::parse).toList();
        List<PDDocument> chartDocuments = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PdfFont regular = PdfFont.load(document, PdfFont.REGULAR);
            PdfFont bold = PdfFont.load(document, PdfFont.BOLD);
            List<Section> contents = new ArrayList<>();
            try (PageFlow flow = new PageFlow(document)) {
                ReportSections sections = new ReportSections(flow, regular, bold);
                flow.newPage();
                PDPage cover = flow.page();
                // every section starts on a new page, so its first page is the page count before it
                contents.add(new Section("Method", document.getNumberOfPages()));
                sections.method(meta);
                if (!charts.isEmpty()) {
                    contents.add(new Section("Charts", document.getNumberOfPages()));
                }
                LayerUtility layers = new LayerUtility(document);
                for (int i = 0; i < charts.size(); i++) {
                    sections.chart(charts.get(i), importChart(charts.get(i), layers, chartDocuments), i + 1);
                }
                contents.add(new Section(comparisonView.title(), document.getNumberOfPages()));
                PdfTable.print(flow, regular, bold, comparisonView);
                for (int i = 0; i < breakdownViews.size(); i++) {
                    if (i == 0) {
                        contents.add(new Section("Totals, line by line", document.getNumberOfPages()));
                        PdfTable.print(flow, regular, bold, breakdownViews.get(i));
                    } else {
                        PdfTable.printBelow(flow, regular, bold, breakdownViews.get(i));
                    }
                }
                contents.add(new Section(disagreementsView.title(), document.getNumberOfPages()));
                PdfTable.print(flow, regular, bold, disagreementsView);
                contents.add(new Section("Sources", document.getNumberOfPages()));
                sections.sources(sources);

                sections.cover(cover, meta, contents);
                pageNumbers(document, flow, regular, meta.runId());
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            for (Section section : contents) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(section.title());
                item.setDestination(document.getPage(section.pageIndex()));
                outline.addLast(item);
            }
            document.getDocumentCatalog().setDocumentOutline(outline);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(TITLE);
            info.setSubject("Strategy Atlas run " + meta.runId());
            info.setCreator("Strategy Atlas");
            AtomicFile.write(pdf, document::save);
        } finally {
            // imported forms share streams with the chart files, so those stay open until the report is saved
            for (PDDocument chartDocument : chartDocuments) {
                chartDocument.close();
            }
        }
    }

    private static PDFormXObject importChart(ChartFile chart, LayerUtility layers, List<PDDocument> open)
            throws IOException {
        PDDocument source = Loader.loadPDF(chart.pdf().toFile());
        open.add(source);
        if (source.getNumberOfPages() < 1) {
            throw new IOException("chart " + chart.name() + ": " + chart.pdf() + " has no page; the chart export"
                    + " must write a one-page PDF");
        }
        return layers.importPageAsForm(source, 0);
    }

    private static void pageNumbers(PDDocument document, PageFlow flow, PdfFont font, String runId)
            throws IOException {
        int total = document.getNumberOfPages();
        String left = font.showable("Strategy Atlas, run " + runId);
        for (int i = 0; i < total; i++) {
            flow.append(document.getPage(i));
            float baseline = PageFlow.MARGIN / 2;
            String right = String.format(Locale.ROOT, "page %d of %d", i + 1, total);
            flow.text(font, FOOTER_SIZE, FOOTER, flow.left(), baseline, left);
            flow.text(font, FOOTER_SIZE, FOOTER, flow.left() + flow.width() - font.width(right, FOOTER_SIZE),
                    baseline, right);
        }
    }

    /** A section of the report and the index of its first page, for the cover's contents and the outline. */
    record Section(String title, int pageIndex) {
    }
}
