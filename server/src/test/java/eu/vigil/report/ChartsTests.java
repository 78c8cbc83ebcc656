package eu.vigil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ChartsTests {

    static final Instant T0 = Instant.parse("2026-03-15T10:00:00Z");

    @Test
    void aBarChartIsAFixedSizePngWithHighlightedBarsInVermillion() throws IOException {
        byte[] png = Charts.bars(List.of(new Charts.Bar("Kestrel Video", 40, false),
                new Charts.Bar("Nimbus Hosting", 95, true)), "minutes after activation", OptionalDouble.of(60),
                Locale.ENGLISH);

        BufferedImage image = read(png, "chart-bars");
        assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
        assertThat(count(image, Charts.BLUE)).isGreaterThan(1_000);
        assertThat(count(image, Charts.VERMILLION)).isGreaterThan(1_000);
        assertThat(count(image, Charts.ORANGE)).as("the limit line").isGreaterThan(50);
    }

    @Test
    void withoutALimitThereIsNoLimitLineAndWithoutHighlightNoVermillion() throws IOException {
        BufferedImage image = read(Charts.bars(List.of(new Charts.Bar("Garda", 3, false)), "minutes",
                OptionalDouble.empty(), Locale.FRENCH), "chart-bars-plain");
        assertThat(count(image, Charts.ORANGE)).isZero();
        assertThat(count(image, Charts.VERMILLION)).isZero();
        assertThat(count(image, Charts.BLUE)).isGreaterThan(1_000);
    }

    @Test
    void aStepChartShadesTheHighlightedSpans() throws IOException {
        var points = List.of(new Charts.Point(T0, 1), new Charts.Point(T0.plusSeconds(3_600), 2),
                new Charts.Point(T0.plusSeconds(6 * 3_600), 3));
        BufferedImage shaded = read(Charts.steps(points, "situation reports",
                List.of(new Charts.Span(T0.plusSeconds(3_600), T0.plusSeconds(6 * 3_600))), ZoneId.of("Europe/Paris"),
                Locale.GERMAN), "chart-steps");
        BufferedImage plain = read(Charts.steps(points, "situation reports", List.of(), ZoneId.of("Europe/Paris"),
                Locale.GERMAN), "chart-steps-plain");

        assertThat(shaded.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(count(shaded, Charts.BLUE)).isGreaterThan(500);
        assertThat(tinted(shaded)).isGreaterThan(tinted(plain) + 20_000);
    }

    @Test
    void nothingToChartIsRefusedSoThePageSaysSoInstead() {
        assertThatThrownBy(() -> Charts.bars(List.of(), "minutes", OptionalDouble.empty(), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Charts.steps(List.of(), "reports", List.of(), ZoneId.of("UTC"), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Charts.Bar("x", -1, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDataUriCarriesThePng() {
        byte[] png = Charts.bars(List.of(new Charts.Bar("a", 1, false)), "m", OptionalDouble.empty(), Locale.ENGLISH);
        String uri = Charts.dataUri(png);
        assertThat(uri).startsWith("data:image/png;base64,");
        assertThat(java.util.Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))).isEqualTo(png);
    }

    static BufferedImage read(byte[] png, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    static int count(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels with a visible red tint over white (the shade of a span). */
    private static int tinted(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() > 200 && c.getBlue() < 230 && c.getRed() - c.getBlue() > 25) {
                    n++;
                }
            }
        }
        return n;
    }
}
