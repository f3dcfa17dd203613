package org.strategyatlas.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link TableView} on as many pages as it needs: a title and note, then rows with wrapped cells,
 * numbers right-aligned, light stripes, and the header row repeated at the top of every page.
 */
final class PdfTable {

    static final float SIZE = 7.5f;
    static final float LEADING = 9f;
    static final float PAD = 3f;
    private static final float TITLE_SIZE = 13f;
    private static final float NOTE_SIZE = 8f;
    // a column wider than this wraps, so one long text column cannot squeeze the others
    private static final float MAX_NATURAL = 260f;
    private static final float MAX_WORD = 100f;
    private static final Color HEADER_FILL = new Color(0xE4E8EE);
    private static final Color STRIPE = new Color(0xF4F6F8);
    private static final Color RULE = new Color(0x8A94A3);

    private final PageFlow flow;
    private final PdfFont regular;
    private final PdfFont bold;
    private final TableView view;
    private final float[] widths;

    private PdfTable(PageFlow flow, PdfFont regular, PdfFont bold, TableView view, boolean newPage)
            throws IOException {
        this.flow = flow;
        this.regular = regular;
        this.bold = bold;
        this.view = view;
        if (newPage) {
            flow.newPage(view.landscape());
        } else {
            flow.down(14);
            flow.ensure(CONTINUE_ROOM); // a title with its header and a few rows, or a new page
        }
        this.widths = widths();
    }

    /** Room a table needs below its title to start on a page that already holds another. */
    private static final float CONTINUE_ROOM = 140f;

    /** Prints the table starting on a new page. */
    static void print(PageFlow flow, PdfFont regular, PdfFont bold, TableView view) throws IOException {
        new PdfTable(flow, regular, bold, view, true).print();
    }

    /** Prints the table below what the page holds, on a new page only when too little room is left. */
    static void printBelow(PageFlow flow, PdfFont regular, PdfFont bold, TableView view) throws IOException {
        new PdfTable(flow, regular, bold, view, false).print();
    }

    private void print() throws IOException {
        flow.paragraph(bold, TITLE_SIZE, TITLE_SIZE * 1.3f, PageFlow.TEXT, view.title());
        flow.down(2);
        flow.paragraph(regular, NOTE_SIZE, NOTE_SIZE * 1.3f, PageFlow.TEXT, view.note());
        flow.down(6);
        List<String> headers = view.columns().stream().map(TableView.Cell::header).toList();
        header(headers);
        if (view.rows().isEmpty()) {
            flow.down(4);
            flow.paragraph(regular, NOTE_SIZE, NOTE_SIZE * 1.3f, PageFlow.TEXT, "No rows in this run.");
            return;
        }
        for (int r = 0; r < view.rows().size(); r++) {
            List<Object> row = view.rows().get(r);
            List<String> texts = view.columns().stream().map(c -> c.text().apply(row)).toList();
            List<List<String>> lines = wrapAll(regular, texts);
            float height = height(lines);
            if (flow.y() - height < flow.bottom()) {
                flow.newPage(view.landscape());
                flow.paragraph(bold, NOTE_SIZE, NOTE_SIZE * 1.3f, PageFlow.TEXT, view.title() + " (continued)");
                flow.down(4);
                header(headers);
            }
            if (r % 2 == 1) {
                flow.fill(STRIPE, flow.left(), flow.y() - height, flow.width(), height);
            }
            cells(regular, lines);
            flow.down(height);
        }
        flow.rule(RULE, 0.5f, flow.left(), flow.y(), flow.left() + flow.width(), flow.y());
    }

    private void header(List<String> headers) throws IOException {
        List<List<String>> lines = wrapAll(bold, headers);
        float height = height(lines);
        flow.fill(HEADER_FILL, flow.left(), flow.y() - height, flow.width(), height);
        cells(bold, lines);
        flow.down(height);
        flow.rule(RULE, 0.6f, flow.left(), flow.y(), flow.left() + flow.width(), flow.y());
    }

    private void cells(PdfFont font, List<List<String>> lines) throws IOException {
        float x = flow.left();
        for (int c = 0; c < widths.length; c++) {
            float baseline = flow.y() - PAD - SIZE;
            boolean right = view.columns().get(c).numeric();
            for (String line : lines.get(c)) {
                float tx = right ? x + widths[c] - PAD - font.width(line, SIZE) : x + PAD;
                flow.text(font, SIZE, PageFlow.TEXT, tx, baseline, line);
                baseline -= LEADING;
            }
            x += widths[c];
        }
    }

    private List<List<String>> wrapAll(PdfFont font, List<String> texts) {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            lines.add(font.wrap(texts.get(c), SIZE, widths[c] - 2 * PAD));
        }
        return lines;
    }

    private static float height(List<List<String>> lines) {
        int most = lines.stream().mapToInt(List::size).max().orElse(1);
        return most * LEADING + 2 * PAD;
    }

    /**
     * Column widths that fill the text width. Numbers never wrap: a numeric column is as wide as its widest
     * cell (its header may wrap between words). Text columns share the rest: each gets at least its widest word
     * (capped), and the remaining width goes in proportion to how much more each needs for one-line cells.
     */
    private float[] widths() {
        int n = view.columns().size();
        float[] natural = new float[n];
        float[] least = new float[n];
        boolean[] fixed = new boolean[n];
        for (int c = 0; c < n; c++) {
            TableView.Cell column = view.columns().get(c);
            fixed[c] = column.numeric();
            float widestHeaderWord = bold.widestWord(column.header(), SIZE);
            natural[c] = fixed[c] ? widestHeaderWord : bold.width(bold.showable(column.header()), SIZE);
            least[c] = Math.min(MAX_WORD, widestHeaderWord);
            for (List<Object> row : view.rows()) {
                String text = column.text().apply(row);
                natural[c] = Math.max(natural[c], regular.width(regular.showable(text), SIZE));
                least[c] = Math.max(least[c], Math.min(MAX_WORD, regular.widestWord(text, SIZE)));
            }
            // half a point of slack: a word exactly as wide as its column must not wrap on rounding
            natural[c] = (fixed[c] ? natural[c] : Math.min(MAX_NATURAL, natural[c])) + 2 * PAD + 0.5f;
            least[c] = fixed[c] ? natural[c] : Math.min(natural[c], least[c] + 2 * PAD + 0.5f);
        }
        return share(natural, least, fixed, flow.width());
    }

    /** Shares {@code total} among columns: fixed ones keep their natural width unless nothing else can give. */
    static float[] share(float[] natural, float[] least, boolean[] fixed, float total) {
        int n = natural.length;
        float fixedWidth = 0;
        float sumNatural = 0;
        float sumLeast = 0;
        for (int c = 0; c < n; c++) {
            if (fixed[c]) {
                fixedWidth += natural[c];
            } else {
                sumNatural += natural[c];
                sumLeast += least[c];
            }
        }
        float[] widths = new float[n];
        float rest = total - fixedWidth;
        if (sumNatural == 0 || rest < sumLeast) {
            // only numbers, or not even each text column's widest word fits: scale everything alike
            float all = fixedWidth + (sumNatural == 0 ? 0 : sumLeast);
            for (int c = 0; c < n; c++) {
                widths[c] = (fixed[c] ? natural[c] : least[c]) * total / all;
            }
            return widths;
        }
        for (int c = 0; c < n; c++) {
            if (fixed[c]) {
                widths[c] = natural[c];
            } else if (sumNatural <= rest) {
                widths[c] = natural[c] * rest / sumNatural;
            } else {
                widths[c] = least[c] + (rest - sumLeast) * (natural[c] - least[c]) / (sumNatural - sumLeast);
            }
        }
        return widths;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
