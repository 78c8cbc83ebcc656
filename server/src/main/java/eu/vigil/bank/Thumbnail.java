package eu.vigil.bank;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A small PNG copy of an uploaded image, shown inline on the match-test page as a {@code data:} address, so the
 * upload itself is never stored or served.
 *
 * @param width   pixels, at most the side it was made for
 * @param height  pixels, at most the side it was made for
 * @param dataUri {@code data:image/png;base64,…}
 */
public record Thumbnail(int width, int height, String dataUri) {

    /** Longest side of the thumbnails of the match-test page. */
    public static final int SIDE = 200;

    /**
     * Reads the image with ImageIO, subsampled while decoding so that only about twice the thumbnail's pixels are
     * held, and scales it to fit {@code side}; empty when ImageIO cannot read the format or the image has more than
     * {@code maxPixels} pixels. Callers bound the work like any decode (see {@link ImageHashing}).
     */
    static Optional<Thumbnail> of(byte[] image, int side, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < 1 || h < 1 || (long) w * h > maxPixels) {
                    return Optional.empty();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(w, h) / (2 * side));
                param.setSourceSubsampling(step, step, 0, 0);
                return Optional.of(scaled(reader.read(0, param), side));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Thumbnail scaled(BufferedImage source, int side) throws IOException {
        double scale = Math.min(1.0, (double) side / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(target, "png", png)) {
            throw new IOException("no PNG writer");
        }
        return new Thumbnail(w, h, "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));
    }
}
