package org.strategyatlas.report;

import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.strategyatlas.publish.RunMetadata;

/**
 * Draws the report's text sections (cover, method note, charts, sources) through a {@link PageFlow}; tables
 * are drawn by {@link PdfTable}. Each section starts on a new page.
 */
final class ReportSections {

    static final float HEADING = 16f;
    static final float BODY = 9.5f;
    static final float BODY_LEADING = 12.5f;
    private static final float CHART_TITLE = 12f;
    private static final float CAPTION = 9f;
    private static final float CAPTION_LEADING = 11.5f;
    private static final float BULLET_INDENT = 11f;
    private static final float SOURCE_LEADING = 11.5f;
    private static final float URL_SIZE = 8.5f;
    private static final Color MUTED = new Color(0x4A5361);

    private final PageFlow flow;
    private final PdfFont regular;
    private final PdfFont bold;

    ReportSections(PageFlow flow, PdfFont regular, PdfFont bold) {
        this.flow = flow;
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * Fills the cover (page 1, drawn last so it can list where each section starts): the title sized to fit one
     * line, the run's facts and the contents.
     */
    void cover(PDPage page, RunMetadata meta, List<ReportWriter.Section> contents) throws IOException {
        flow.append(page);
        String title = bold.showable(ReportWriter.TITLE);
        float size = Math.min(26f, flow.width() / bold.width(title, 1f));
        float y = flow.top() - 150;
        flow.text(bold, size, PageFlow.TEXT, flow.left(), y, title);
        y -= size * 1.6f;
        flow.text(regular, 12f, MUTED, flow.left(), y, "Announced AI budgets made comparable: constant money,"
                + " per capita, share of GDP");
        y -= 48;
        String date = RunDate.of(meta.runId()).map(DateTimeFormatter.ISO_LOCAL_DATE::format)
                .map(d -> d + " (UTC)").orElse("not stated in the run id");
        String symbol = "USD".equals(meta.currency()) ? "US$" : meta.currency();
        List<String[]> facts = List.of(new String[] {"Run id", meta.runId()}, new String[] {"Run date", date},
                new String[] {"Base year", Integer.toString(meta.baseYear())},
                new String[] {"Currency", meta.currency() + " (money in constant " + meta.baseYear() + " " + symbol
                        + ")"});
        for (String[] fact : facts) {
            flow.text(bold, 11f, PageFlow.TEXT, flow.left(), y, fact[0]);
            flow.text(regular, 11f, PageFlow.TEXT, flow.left() + 80, y, regular.showable(fact[1]));
            y -= 17;
        }
        y -= 30;
        flow.text(bold, 11f, PageFlow.TEXT, flow.left(), y, "Contents");
        y -= 17;
        for (ReportWriter.Section entry : contents) {
            String pageNo = Integer.toString(entry.pageIndex() + 1);
            flow.text(regular, 10.5f, PageFlow.TEXT, flow.left(), y, regular.showable(entry.title()));
            flow.text(regular, 10.5f, PageFlow.TEXT, flow.left() + 300 - regular.width(pageNo, 10.5f), y, pageNo);
            y -= 15;
        }
    }

    /** The method lines as bullets, then the reference data's vintage and licence. */
    void method(RunMetadata meta) throws IOException {
        flow.newPage();
        heading("Method");
        bullets(meta.method());
        flow.down(10);
        subheading("Reference data");
        bullets(meta.reference().isEmpty() ? List.of("No reference file recorded for this run.") : meta.reference());
    }

    /**
     * Each chart as a vector form scaled to the text width under its title, with its caption below; a chart
     * goes to the next page when it does not fit, so 16:9 charts print two to a page.
     */
    void chart(ChartFile chart, PDFormXObject form, int number) throws IOException {
        if (number == 1) {
            flow.newPage();
            heading("Charts");
        }
        String label = "Figure " + number + ". " + chart.title();
        List<String> title = bold.wrap(label, CHART_TITLE, flow.width());
        List<String> caption = regular.wrap(chart.caption(), CAPTION, flow.width());
        float titleHeight = title.size() * CHART_TITLE * 1.25f;
        float captionHeight = caption.size() * CAPTION_LEADING;
        PDRectangle box = form.getBBox();
        float scale = flow.width() / box.getWidth();
        float room = flow.pageHeight() - HEADING * 2 - titleHeight - captionHeight - 10;
        scale = Math.min(scale, room / box.getHeight());
        float chartHeight = box.getHeight() * scale;
        flow.ensure(titleHeight + 4 + chartHeight + 6 + captionHeight);
        flow.paragraph(bold, CHART_TITLE, CHART_TITLE * 1.25f, PageFlow.TEXT, label);
        flow.down(4);
        float x = flow.left() + (flow.width() - box.getWidth() * scale) / 2;
        flow.form(form, x, flow.y() - chartHeight, scale);
        flow.down(chartHeight + 6);
        flow.paragraph(regular, CAPTION, CAPTION_LEADING, MUTED, chart.caption());
        flow.down(20);
    }

    /** Each source: its id in bold, then its description and URL (a link) indented, kept on one page. */
    void sources(List<SourceLine> sources) throws IOException {
        flow.newPage();
        heading("Sources");
        if (sources.isEmpty()) {
            flow.paragraph(regular, BODY, BODY_LEADING, PageFlow.TEXT, "No source is cited in this run.");
            return;
        }
        float x = flow.left() + BULLET_INDENT;
        float width = flow.width() - BULLET_INDENT;
        for (SourceLine s : sources) {
            int lines = (s.id().isEmpty() ? 0 : bold.wrap(s.id(), BODY, flow.width()).size())
                    + (s.description().isEmpty() ? 0 : regular.wrap(s.description(), BODY, width).size())
                    + (s.url().isEmpty() ? 0 : regular.wrap(s.url(), URL_SIZE, width).size());
            flow.ensure(lines * SOURCE_LEADING);
            if (!s.id().isEmpty()) {
                flow.paragraph(bold, BODY, SOURCE_LEADING, PageFlow.TEXT, s.id());
            }
            if (!s.description().isEmpty()) {
                flow.paragraph(regular, BODY, SOURCE_LEADING, PageFlow.TEXT, s.description(), x, width, "");
            }
            if (!s.url().isEmpty()) {
                flow.paragraph(regular, URL_SIZE, SOURCE_LEADING, PageFlow.LINK, s.url(), x, width, s.url());
            }
            flow.down(5);
        }
    }

    private void heading(String text) throws IOException {
        flow.paragraph(bold, HEADING, HEADING * 1.3f, PageFlow.TEXT, text);
        flow.down(8);
    }

    private void subheading(String text) throws IOException {
        flow.ensure(40);
        flow.paragraph(bold, 11.5f, 15f, PageFlow.TEXT, text);
        flow.down(4);
    }

    private void bullets(List<String> items) throws IOException {
        for (String item : items) {
            flow.ensure(BODY_LEADING);
            flow.text(regular, BODY, PageFlow.TEXT, flow.left() + 2, flow.y() - BODY, "•");
            flow.paragraph(regular, BODY, BODY_LEADING, PageFlow.TEXT, item, flow.left() + BULLET_INDENT,
                    flow.width() - BULLET_INDENT, "");
            flow.down(4);
        }
    }
}
