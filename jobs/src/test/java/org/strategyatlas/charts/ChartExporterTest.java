package org.strategyatlas.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartExporterTest {

    @TempDir
    Path dir;

    @Test
    void writesPdfSvgAndPngNamedAfterTheChart() throws IOException {
        ChartExporter.Exported files = exportBarChart();

        assertEquals(List.of(dir.resolve("budgets.pdf"), dir.resolve("budgets.svg"), dir.resolve("budgets.png")),
                files.all());
        assertEquals(List.of("budgets.pdf", "budgets.png", "budgets.svg"), fileNames());
    }

    @Test
    void pdfKeepsTitleSubtitleAndFooterAsText() throws IOException {
        Path pdf = exportBarChart().pdf();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(RenderingFixtures.TITLE), text);
            assertTrue(text.contains(RenderingFixtures.SUBTITLE), text);
            assertTrue(text.contains(RenderingFixtures.FOOTER), text);
        }
    }

    @Test
    void pdfEmbedsLiberationSansRegularAndBoldAndNoOtherFont() throws IOException {
        Path pdf = exportBarChart().pdf();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            collectFonts(document.getPage(0).getResources(), fonts);
            // Subset fonts are named with a six-letter tag: ABCDEF+LiberationSans, ABCDEF+LiberationSans-Bold.
            List<String> names = fonts.stream()
                    .map(f -> f.getName().replaceFirst("^[A-Z]{6}\\+", ""))
                    .sorted()
                    .toList();
            assertEquals(List.of("LiberationSans", "LiberationSans-Bold"), names);
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
        }
    }

    @Test
    void pdfPageIsExactlyTheChartSize() throws IOException {
        Path pdf = exportBarChart().pdf();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(800f, page.getMediaBox().getWidth());
            assertEquals(450f, page.getMediaBox().getHeight());
            assertEquals(RenderingFixtures.TITLE, document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void svgKeepsTheTitleAsATextElementInLiberationSans() throws IOException {
        Path svg = exportBarChart().svg();

        String content = Files.readString(svg, StandardCharsets.UTF_8);
        Pattern boldTitle = Pattern.compile(
                "<text[^>]*font-weight:bold[^>]*>" + Pattern.quote(RenderingFixtures.TITLE) + "</text>");
        assertTrue(boldTitle.matcher(content).find(), "bold <text> element with the title");
        assertTrue(content.contains("font-family:&quot;Liberation Sans&quot;,Arial,Helvetica,sans-serif;"),
                "Liberation Sans with metric-compatible fallbacks");
        assertTrue(content.contains(">" + RenderingFixtures.SUBTITLE + "</text>"), "subtitle as text");
    }

    @Test
    void svgStatesTheTwelvePointSizeItsTextElementsLeaveOut() throws IOException {
        Path svg = exportBarChart().svg();

        String content = Files.readString(svg, StandardCharsets.UTF_8);
        // The 12 pt subtitle's <text> carries no font-size; without one on the root, viewers would use 16 px.
        assertTrue(Pattern.compile("<svg [^>]*font-size=\"12px\"").matcher(content).find(), "root font-size");
        assertTrue(content.contains("font-size:18px"), "title size");
        assertTrue(content.contains("font-size:8.5px"), "footer size");
    }

    @Test
    void outputsGetTheFolderUsualPermissionsNotPrivateTempFilePermissions() throws IOException {
        Path usual = Files.writeString(dir.resolve("usual.txt"), "x");

        ChartExporter.Exported files = exportBarChart();

        for (Path file : files.all()) {
            assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(file), file.toString());
        }
    }

    @Test
    void pngIsPrintResolutionWhiteAndShowsTheBars() throws IOException {
        Path png = exportBarChart().png();

        BufferedImage image = ImageIO.read(png.toFile());
        // 800 pt x 300/72 = 3333.33 px, rounded up so the whole chart fits; 450 pt x 300/72 = 1875 px exactly.
        assertEquals(3334, image.getWidth());
        assertEquals(1875, image.getHeight());
        assertEquals(0xFFFFFF, image.getRGB(0, 0) & 0xFFFFFF, "white corner");
        assertTrue(containsColour(image, 0x0072B2), "bars in the first Okabe-Ito colour");
    }

    @Test
    void pngDeclares300DotsPerInch() throws IOException {
        Path png = exportBarChart().png();

        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            reader.dispose();
            // 300 dots per inch / 0.0254 metres per inch = 11,811.02 per metre.
            assertEquals("11811", phys.getAttribute("pixelsPerUnitXAxis"));
            assertEquals("11811", phys.getAttribute("pixelsPerUnitYAxis"));
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
        }
    }

    @Test
    void xyChartExportsWithItsTextsToo() throws IOException {
        ChartSpec spec = RenderingFixtures.spec("trend", RenderingFixtures.lineChart());

        ChartExporter.Exported files = ChartExporter.write(spec, dir);


        try (PDDocument document = Loader.loadPDF(files.pdf().toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(RenderingFixtures.TITLE), text);
            assertTrue(text.contains(RenderingFixtures.FOOTER), text);
        }
        assertTrue(Files.readString(files.svg()).contains(">" + RenderingFixtures.TITLE + "</text>"));
        assertEquals(1875, ImageIO.read(files.png().toFile()).getHeight());
    }

    @Test
    void aChartThatCannotPaintLeavesNoFileAtAll() {
        ChartSpec spec = RenderingFixtures.spec("broken", RenderingFixtures.failingChart());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChartExporter.write(spec, dir));

        assertEquals("chart cannot paint", e.getMessage());
        assertEquals(List.of(), fileNames());
    }

    @Test
    void aFailedMoveTakesBackTheFilesAlreadyMoved() throws IOException {
        // A non-empty folder where the PNG should go: the PDF and SVG are moved in before the PNG move fails.
        Path blocker = Files.createDirectories(dir.resolve("budgets.png"));
        Files.writeString(blocker.resolve("keep.txt"), "x");

        assertThrows(IOException.class,
                () -> exportBarChart());

        assertEquals(List.of("budgets.png"), fileNames());
        assertTrue(Files.isDirectory(blocker));
        assertTrue(Files.exists(blocker.resolve("keep.txt")));
    }

    @Test
    void aReadOnlyFolderGetsNoFile() throws IOException {
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "running as root: permissions do not apply");
            ChartSpec spec = RenderingFixtures.spec("budgets", RenderingFixtures.barChart());

            assertThrows(IOException.class, () -> ChartExporter.write(spec, readOnly));

            try (Stream<Path> files = Files.list(readOnly)) {
                assertEquals(0, files.count());
            }
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSecondExportReplacesTheFirst() throws IOException {
        ChartExporter.write(RenderingFixtures.spec("budgets", RenderingFixtures.barChart(), "Old sources"), dir);

        ChartSpec second = RenderingFixtures.spec("budgets", RenderingFixtures.barChart(), "New sources");

        Path pdf = ChartExporter.write(second, dir).pdf();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("New sources"), text);
            assertFalse(text.contains("Old sources"), text);
        }
        assertEquals(List.of("budgets.pdf", "budgets.png", "budgets.svg"), fileNames());
    }

    private ChartExporter.Exported exportBarChart() throws IOException {
        return ChartExporter.write(RenderingFixtures.spec("budgets", RenderingFixtures.barChart()), dir);
    }

    private List<String> fileNames() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fonts of the page and of the form XObjects it draws (PdfBoxGraphics2D paints into a form). */
    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static boolean containsColour(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
