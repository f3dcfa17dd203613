package org.strategyatlas.charts;

import de.erichseifert.vectorgraphics2d.GraphicsState;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.DataUtils;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a {@link ChartSpec} as {@code <name>.pdf} (vector, embedded Liberation Sans), {@code <name>.svg} and
 * {@code <name>.png} (300 dpi) into a folder, all three or none.
 */
public final class ChartExporter {

    /** The three files of one exported chart. */
    public record Exported(Path pdf, Path svg, Path png) {

        public List<Path> all() {
            return List.of(pdf, svg, png);
        }
    }

    /** Print resolution of the PNG: an 800 x 450 pt chart becomes 3334 x 1875 pixels. */
    public static final int PNG_DPI = 300;

    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    /** VectorGraphics2D formats numbers with shared static DecimalFormats, which are not thread-safe. */
    private static final Object SVG_LOCK = new Object();

    private ChartExporter() {
    }

    /**
     * Renders the three files to temporary files in {@code dir} and only then moves them into place, so a
     * failure (a chart that cannot paint, a full disk, a read-only folder) leaves neither an empty or partial
     * file nor a temporary one, and never only some of the three: files this call already moved into place are
     * removed again, even where they replaced an earlier export.
     */
    public static Exported write(ChartSpec spec, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Path, Path> staged = new LinkedHashMap<>();
        List<Path> placed = new ArrayList<>();
        try {
            Path pdf = stage(dir, spec.name() + ".pdf", out -> writePdf(spec, out), staged);
            Path svg = stage(dir, spec.name() + ".svg", out -> writeSvg(spec, out), staged);
            Path png = stage(dir, spec.name() + ".png", out -> writePng(spec, out), staged);
            for (Map.Entry<Path, Path> file : staged.entrySet()) {
                moveIntoPlace(file.getValue(), file.getKey());
                placed.add(file.getKey());
            }
            return new Exported(pdf, svg, png);
        } catch (Throwable failure) {
            deleteAll(staged.values(), failure);
            deleteAll(placed, failure);
            throw failure;
        }
    }

    /** Cleans up after {@code failure}; what cannot be deleted is reported with it rather than hiding it. */
    private static void deleteAll(Collection<Path> paths, Throwable failure) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Renders one file to a temporary sibling and records it under its final path; returns the final path.
     * Not Files.createTempFile: its files are private (0600), and the move would carry that over to the output.
     */
    private static Path stage(Path dir, String fileName, Renderer renderer, Map<Path, Path> staged)
            throws IOException {
        Path temp = dir.resolve("." + fileName + "." + UUID.randomUUID() + ".tmp");
        Path target = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
            staged.put(target, temp);
            renderer.render(out);
        }
        return target;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on unusual file systems; the file is complete either way.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * One page of exactly the chart's size. Text goes through a font drawer that knows Liberation Sans, so it
     * stays real text in a subset-embedded font (XChart's own PDF export turns it into outlines).
     */
    static void writePdf(ChartSpec spec, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument();
                PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            register(fonts, document, Fonts.regular(1f).getFontName(), Fonts.regularTtf());
            register(fonts, document, Fonts.bold(1f).getFontName(), Fonts.boldTtf());
            PDPage page = new PDPage(new PDRectangle(spec.width(), spec.height()));
            document.addPage(page);

            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, spec.width(), spec.height());
            g.setFontTextDrawer(fonts);
            ChartCanvas.paint(spec, g);
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.getDocumentInformation().setTitle(spec.title());
            document.getDocumentInformation().setCreator("Strategy Atlas");
            document.save(out);
        }
    }

    /** The drawer maps a java.awt.Font to a PDF font by {@link java.awt.Font#getFontName()}. */
    private static void register(PdfBoxGraphics2DFontTextDrawer fonts, PDDocument document, String fontName,
                                 InputStream ttf) throws IOException {
        try (ttf) {
            fonts.registerFont(fontName, PDType0Font.load(document, ttf, true));
        }
    }

    /** SVG 1.1 in points as user units; text stays {@code <text>} in Liberation Sans. */
    static void writeSvg(ChartSpec spec, OutputStream out) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        ChartCanvas.paint(spec, g);
        g.dispose();
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        synchronized (SVG_LOCK) {
            new SVGProcessor()
                    .getDocument(g.getCommands(), new PageSize(0, 0, spec.width(), spec.height()))
                    .writeTo(svg);
        }
        out.write(completeFonts(svg.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * VectorGraphics2D leaves out any font size equal to its default font's, which viewers would then read as
     * their own default (16 px), so the root states it; and it names no fallback for Liberation Sans, so Arial
     * (same metrics, so lines keep their width) and sans-serif follow it.
     */
    static String completeFonts(String svg) {
        String defaultSize = DataUtils.format(GraphicsState.DEFAULT_FONT.getSize2D());
        return svg.replaceFirst("<svg ", "<svg font-size=\"" + defaultSize + "px\" ")
                .replace("font-family:&quot;Liberation Sans&quot;;",
                        "font-family:&quot;Liberation Sans&quot;,Arial,Helvetica,sans-serif;");
    }

    /** Pixels for a length in points at {@link #PNG_DPI}, rounded up so the whole chart fits. */
    static int pixels(int points) {
        return (int) Math.ceil(points * PNG_DPI / 72.0);
    }

    /** White, antialiased, scaled from points to 300 dpi, with a pHYs chunk so tools know the print size. */
    static void writePng(ChartSpec spec, OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(pixels(spec.width()), pixels(spec.height()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(PNG_DPI / 72.0, PNG_DPI / 72.0);
            ChartCanvas.paint(spec, g);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(PNG_METADATA, physicalDimensions());
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** PNG stores resolution per metre: 300 dpi / 0.0254 m = 11,811 pixels per metre. */
    private static IIOMetadataNode physicalDimensions() {
        String perMetre = Long.toString(Math.round(PNG_DPI / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        root.appendChild(phys);
        return root;
    }

    @FunctionalInterface
    private interface Renderer {
        void render(OutputStream out) throws IOException;
    }
}
