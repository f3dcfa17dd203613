package org.strategyatlas.report;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays content down A4 pages (portrait, or landscape for wide tables) from top to bottom: keeps the current
 * page, its content stream and the vertical position, and starts a new page when a block does not fit.
 * Coordinates are PDF points, origin bottom left.
 */
final class PageFlow implements Closeable {

    static final PDRectangle PORTRAIT = PDRectangle.A4;
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    /** 2 cm on every side; the footer sits inside the bottom margin. */
    static final float MARGIN = 56.69f;
    static final Color TEXT = Color.BLACK;
    static final Color LINK = new Color(0x0057A0);

    private final PDDocument document;
    private PDRectangle size = PORTRAIT;
    private PDPage page;
    private PDPageContentStream out;
    private float y;

    PageFlow(PDDocument document) {
        this.document = document;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float top() {
        return size.getHeight() - MARGIN;
    }

    float bottom() {
        return MARGIN;
    }

    /** The height a block may have on an empty page. */
    float pageHeight() {
        return top() - bottom();
    }

    float y() {
        return y;
    }

    int pageIndex() {
        return document.getNumberOfPages() - 1;
    }

    PDPageContentStream out() {
        return out;
    }

    PDPage page() {
        return page;
    }

    /** Starts a new portrait page. */
    void newPage() throws IOException {
        newPage(false);
    }

    void newPage(boolean landscape) throws IOException {
        close();
        size = landscape ? LANDSCAPE : PORTRAIT;
        page = new PDPage(size);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = top();
    }

    /** Continues drawing on an existing page, over what it has (the cover's contents, page numbers). */
    void append(PDPage existing) throws IOException {
        close();
        page = existing;
        size = existing.getMediaBox();
        out = new PDPageContentStream(document, existing, PDPageContentStream.AppendMode.APPEND, true, true);
        y = top();
    }

    /**
     * Starts a new page (of the current orientation) unless a block of {@code height} fits below the current
     * position or the page is still empty.
     */
    void ensure(float height) throws IOException {
        if (out == null || (y - height < bottom() && y < top())) {
            newPage(size == LANDSCAPE);
        }
    }

    void down(float height) {
        y -= height;
    }

    /** Draws one line of showable text with its baseline at {@code baseline}. */
    void text(PdfFont font, float size, Color color, float x, float baseline, String showable) throws IOException {
        out.beginText();
        out.setFont(font.pdfFont(), size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, baseline);
        out.showText(showable);
        out.endText();
    }

    /** Wrapped text across the text width, moving down one leading per line and onto new pages as needed. */
    void paragraph(PdfFont font, float size, float leading, Color color, String text) throws IOException {
        paragraph(font, size, leading, color, text, left(), width(), "");
    }

    /**
     * Wrapped text from {@code x} within {@code width}; when {@code uri} is not empty every line is also a link
     * to it (a URL broken over lines stays clickable on each).
     */
    void paragraph(PdfFont font, float size, float leading, Color color, String text, float x, float width,
                   String uri) throws IOException {
        for (String line : font.wrap(text, size, width)) {
            ensure(leading);
            float baseline = y - size;
            text(font, size, color, x, baseline, line);
            if (!uri.isEmpty()) {
                link(x, baseline - size * 0.25f, font.width(line, size), size * 1.2f, uri);
            }
            y -= leading;
        }
    }

    /** Draws a form XObject scaled by {@code scale} with its bounding box's lower left at (x, yBottom). */
    void form(PDFormXObject form, float x, float yBottom, float scale) throws IOException {
        PDRectangle box = form.getBBox();
        out.saveGraphicsState();
        out.transform(new Matrix(scale, 0, 0, scale, x - box.getLowerLeftX() * scale,
                yBottom - box.getLowerLeftY() * scale));
        out.drawForm(form);
        out.restoreGraphicsState();
    }

    void fill(Color color, float x, float yBottom, float w, float h) throws IOException {
        out.setNonStrokingColor(color);
        out.addRect(x, yBottom, w, h);
        out.fill();
    }

    void rule(Color color, float lineWidth, float x1, float y1, float x2, float y2) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(lineWidth);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    /** Makes a rectangle of the current page a link to {@code uri}, without a visible border. */
    void link(float x, float yBottom, float w, float h, String uri) throws IOException {
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, yBottom, w, h));
        link.setAction(action);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        page.getAnnotations().add(link);
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
