package eu.vigil.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The match-test page's thumbnail: a bounded PNG made in memory, keeping the aspect ratio and the colours. */
class ThumbnailUnitTests {

    @Test
    void aLargeImageIsReducedToFitTheSideKeepingItsShapeAndColour() throws IOException {
        Thumbnail t = Thumbnail.of(image(1600, 900, "jpg", Color.RED), Thumbnail.SIDE, 25_000_000).orElseThrow();
        assertThat(t.width()).isEqualTo(200);
        assertThat(t.height()).isEqualTo(113);
        BufferedImage png = decode(t);
        assertThat(png.getWidth()).isEqualTo(200);
        assertThat(png.getHeight()).isEqualTo(113);
        Color centre = new Color(png.getRGB(100, 56));
        assertThat(centre.getRed()).isGreaterThan(200);
        assertThat(centre.getGreen()).isLessThan(60);
    }

    @Test
    void aSmallImageIsNotEnlargedAndAPortraitFitsByItsHeight() throws IOException {
        Thumbnail small = Thumbnail.of(image(64, 48, "png", Color.BLUE), 200, 25_000_000).orElseThrow();
        assertThat(small.width()).isEqualTo(64);
        assertThat(small.height()).isEqualTo(48);
        Thumbnail portrait = Thumbnail.of(image(300, 1200, "png", Color.GREEN), 200, 25_000_000).orElseThrow();
        assertThat(portrait.width()).isEqualTo(50);
        assertThat(portrait.height()).isEqualTo(200);
    }

    @Test
    void aPhotoOfTheTestSetGivesAPngDataAddress() throws IOException {
        byte[] photo = Files.readAllBytes(BankFixture.testImage("pdq/images/bridge-mods/aaa-orig.jpg"));
        Thumbnail t = Thumbnail.of(photo, Thumbnail.SIDE, 25_000_000).orElseThrow();
        assertThat(t.dataUri()).startsWith("data:image/png;base64,");
        assertThat(Math.max(t.width(), t.height())).isEqualTo(Thumbnail.SIDE);
        assertThat(decode(t).getWidth()).isEqualTo(t.width());
    }

    @Test
    void unreadableBytesAndImagesOverThePixelLimitGiveNoThumbnail() throws IOException {
        assertThat(Thumbnail.of("not an image".getBytes(), 200, 25_000_000)).isEmpty();
        assertThat(Thumbnail.of(image(1000, 1000, "png", Color.BLACK), 200, 999_999)).isEmpty();
    }

    private static BufferedImage decode(Thumbnail t) throws IOException {
        String base64 = t.dataUri().substring("data:image/png;base64,".length());
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    private static byte[] image(int width, int height, String format, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
