package org.strategyatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DocsImageCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesASmallerCopyWithTheSameAspectRatioAndColours() throws Exception {
        BufferedImage big = new BufferedImage(3334, 1875, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < big.getWidth(); x++) {
            for (int y = 0; y < big.getHeight(); y++) {
                big.setRGB(x, y, x < big.getWidth() / 2 ? 0x0072B2 : 0xFFFFFF);
            }
        }
        ImageIO.write(big, "png", temp.resolve("big.png").toFile());
        CommandLine cli = AtlasCommand.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));

        int code = cli.execute("docs-image", temp.resolve("big.png").toString(), temp.resolve("small.png").toString(),
                "--width", "1000");

        assertEquals(0, code);
        BufferedImage small = ImageIO.read(temp.resolve("small.png").toFile());
        assertEquals(1000, small.getWidth());
        // halving 3334x1875 once: 1667 x round(937.5) = 938; then to 1000 wide: round(938 * 1000 / 1667) = 563
        assertEquals(563, small.getHeight());
        assertEquals(new Color(0x0072B2), new Color(small.getRGB(100, 100)));
        assertEquals(Color.WHITE, new Color(small.getRGB(900, 100)));
    }
}
