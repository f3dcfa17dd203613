package org.strategyatlas.cli;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code atlas docs-image}: a screen-sized copy of a chart PNG for the README (the run's PNGs are 300 dpi, far
 * larger than a page needs). Downscales in halving steps, which keeps thin lines and small text legible.
 */
@Command(name = "docs-image", mixinStandardHelpOptions = true,
        description = "Writes a smaller copy of a chart PNG, e.g. for docs/: "
                + "./atlas docs-image reports/latest/charts/investment.png docs/investment.png")
final class DocsImageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "a PNG, e.g. reports/latest/charts/investment.png")
    Path source;

    @Parameters(index = "1", paramLabel = "TARGET", description = "where to write the smaller PNG")
    Path target;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1000", description = "width in pixels (default 1000)")
    int width;

    @Override
    public Integer call() throws IOException {
        BufferedImage image = ImageIO.read(source.toFile());
        if (image == null) {
            spec.commandLine().getErr().println("atlas: " + source + " is not an image ImageIO can read");
            return ExitCodes.INPUT_ERRORS;
        }
        while (image.getWidth() / 2 >= width) {
            image = scale(image, image.getWidth() / 2);
        }
        if (image.getWidth() != width) {
            image = scale(image, width);
        }
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".docs-image", ".png");
        try {
            ImageIO.write(image, "png", temp.toFile());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        spec.commandLine().getErr().println("atlas: wrote " + target + " (" + image.getWidth() + "x"
                + image.getHeight() + ")");
        return ExitCodes.OK;
    }

    private static BufferedImage scale(BufferedImage image, int newWidth) {
        int newHeight = Math.max(1, Math.round(image.getHeight() * (float) newWidth / image.getWidth()));
        BufferedImage out = new BufferedImage(newWidth, newHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, newWidth, newHeight, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
