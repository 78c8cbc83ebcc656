package eu.vigil.hashing.imageio;

import eu.vigil.hashing.pdq.Dihedral;
import eu.vigil.hashing.pdq.Luma;
import eu.vigil.hashing.pdq.Pixels;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes image files (JPEG, PNG, GIF, BMP, and whatever other ImageIO readers are installed) into
 * {@link Pixels} for hashing.
 *
 * <pre>{@code
 * Pixels pixels = new ImageIoDecoder().decode(Path.of("photo.jpg"));
 * PdqResult result = new PdqHasher().hash(pixels);
 * }</pre>
 *
 * <p>Pixels are taken from the decoded raster: grey images stay grey (luminance = grey value),
 * palette images are looked up by colour, 1-bit images become 0/255, 16-bit samples are scaled to 8
 * bits, alpha is ignored (not composited), CMYK JPEGs are converted without a colour profile. By
 * default the EXIF orientation is <em>not</em> applied (what every hash exchange's tooling does);
 * {@link #withExifOrientation(boolean)} turns it on.
 *
 * <p>Baseline grey and YCbCr JPEGs are decoded by our own decoder, which gives the same bytes as
 * ImageIO (see {@link #withFastJpeg(boolean)}); {@link #decodeLuma} returns the PDQ luminance
 * directly.
 *
 * <p>Strict: truncated or corrupt data, unknown formats and images above the pixel limit are
 * rejected with an {@link UnreadableImageException}. Immutable and thread-safe.
 */
public final class ImageIoDecoder {

  /** Default largest image accepted: 100 megapixels (a decoded image needs 3 bytes per pixel). */
  public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

  private final boolean applyExifOrientation;
  private final long maxPixels;
  private final boolean fastJpeg;

  /**
   * A decoder that keeps the stored orientation, accepts up to {@link #DEFAULT_MAX_PIXELS} and
   * decodes baseline JPEGs to their luma plane (see {@link #withJpegLuma(boolean)}).
   */
  public ImageIoDecoder() {
    this(false, DEFAULT_MAX_PIXELS, true);
  }

  private ImageIoDecoder(boolean applyExifOrientation, long maxPixels, boolean fastJpeg) {
    this.applyExifOrientation = applyExifOrientation;
    this.maxPixels = maxPixels;
    this.fastJpeg = fastJpeg;
  }

  /** A decoder that does or does not rotate/mirror images upright by their EXIF orientation. */
  public ImageIoDecoder withExifOrientation(boolean apply) {
    return new ImageIoDecoder(apply, maxPixels, fastJpeg);
  }

  /**
   * A decoder that does (the default) or does not take the fast path for baseline JPEGs: a grey or
   * YCbCr JPEG that is baseline (sequential, Huffman-coded, 8-bit, one scan), has 4:4:4, 4:2:2 or
   * 4:2:0 chroma and no ICC profile is decoded by our own decoder, which repeats the arithmetic of
   * ImageIO's libjpeg (integer inverse DCT, "fancy" chroma upsampling, fixed-point YCbCr to RGB) and
   * so gives <b>the same bytes</b> as ImageIO, faster: decode + hash of 1 MP JPEGs about 1.2x with
   * {@link #decode} and about 1.5x with {@link #decodeLuma}, which skips the RGB bytes (see
   * {@code docs/benchmarks.md}). Any other file, and any JPEG the fast path does not decode
   * cleanly, goes through ImageIO (so the error messages stay ImageIO's).
   * Turning it off is only useful for comparisons.
   */
  public ImageIoDecoder withFastJpeg(boolean enabled) {
    return new ImageIoDecoder(applyExifOrientation, maxPixels, enabled);
  }

  /** A decoder that rejects images with more than {@code limit} pixels before decoding them. */
  public ImageIoDecoder withMaxPixels(long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    return new ImageIoDecoder(applyExifOrientation, limit, fastJpeg);
  }

  /**
   * Reads and decodes a file.
   *
   * @throws UnreadableImageException if the content is not a decodable image
   * @throws IOException if the file cannot be read
   */
  public Pixels decode(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    byte[] data = Files.readAllBytes(file);
    try {
      return decode(data);
    } catch (UnreadableImageException e) {
      throw new UnreadableImageException(file + ": " + e.getMessage(), e.getCause());
    }
  }

  /**
   * Reads a file and returns its PDQ luminance; see {@link #decodeLuma(byte[])}.
   *
   * @throws UnreadableImageException if the content is not a decodable image
   * @throws IOException if the file cannot be read
   */
  public Luma decodeLuma(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    byte[] data = Files.readAllBytes(file);
    try {
      return decodeLuma(data);
    } catch (UnreadableImageException e) {
      throw new UnreadableImageException(file + ": " + e.getMessage(), e.getCause());
    }
  }

  /**
   * Decodes the bytes of an image file to its PDQ luminance: always exactly
   * {@code Luma.of(decode(data))}, so {@code hasher.hash(decodeLuma(data))} is
   * {@code hasher.hash(decode(data))}; faster for the JPEGs of the fast path (see
   * {@link #withFastJpeg(boolean)}), which go from luma and chroma samples to luminance without
   * the RGB bytes in between.
   *
   * @throws UnreadableImageException if the content is not a decodable image
   */
  public Luma decodeLuma(byte[] data) throws UnreadableImageException {
    Objects.requireNonNull(data, "data must not be null");
    if (isJpeg(data) && (!applyExifOrientation || ExifOrientation.of(data).correction() == Dihedral.ORIGINAL)) {
      Luma luma = JpegFastDecoder.decodeLuma(data, maxPixels);
      if (luma != null) {
        return luma;
      }
    }
    return Luma.of(decode(data));
  }

  private boolean isJpeg(byte[] data) {
    return fastJpeg && data.length > 2 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8;
  }

  /**
   * Decodes the bytes of an image file.
   *
   * @throws UnreadableImageException if the content is not a decodable image
   */
  public Pixels decode(byte[] data) throws UnreadableImageException {
    Objects.requireNonNull(data, "data must not be null");
    if (data.length == 0) {
      throw new UnreadableImageException("empty input, not an image");
    }
    Pixels pixels = isJpeg(data) ? JpegFastDecoder.decode(data, maxPixels) : null;
    if (pixels == null) {
      pixels = decodeWithImageIo(data);
    }
    if (applyExifOrientation) {
      pixels = pixels.transform(ExifOrientation.of(data).correction());
    }
    return pixels;
  }

  private Pixels decodeWithImageIo(byte[] data) throws UnreadableImageException {
    Pixels pixels;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new UnreadableImageException("unknown or unsupported image format" + describeStart(data));
      }
      ImageReader reader = readers.next();
      try {
        pixels = read(reader, in, data);
      } finally {
        reader.dispose();
      }
    } catch (UnreadableImageException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UnreadableImageException("corrupt image data: " + describe(e), e);
    }
    return pixels;
  }

  private Pixels read(ImageReader reader, ImageInputStream in, byte[] data) throws IOException {
    String format = reader.getFormatName().toLowerCase(Locale.ROOT);
    reader.setInput(in, true, true);
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener(warningCollector(warnings));
    int width = reader.getWidth(0);
    int height = reader.getHeight(0);
    if (width < 1 || height < 1) {
      throw new UnreadableImageException("image has no pixels (%dx%d)".formatted(width, height));
    }
    if ((long) width * height > maxPixels) {
      throw new UnreadableImageException(
          "image is %dx%d pixels, more than the limit of %d".formatted(width, height, maxPixels));
    }
    Pixels pixels;
    try {
      BufferedImage image = reader.read(0);
      pixels = RasterConversion.toPixels(image);
    } catch (IIOException e) {
      if (!format.contains("jpeg") || !JpegStructure.hasFourComponents(data)) {
        throw e;
      }
      // The JDK's JPEG reader refuses CMYK/YCCK as a BufferedImage but reads the raw raster.
      Raster raster = reader.readRaster(0, null);
      if (raster.getNumBands() != 4) {
        throw e;
      }
      int transform = JpegStructure.adobeTransform(data);
      Raster cmyk = transform == 2 ? JpegStructure.ycckToCmyk(raster) : raster;
      pixels = RasterConversion.fromCmyk(cmyk, transform >= 0);
    }
    for (String warning : warnings) {
      String w = warning.toLowerCase(Locale.ROOT);
      if (w.contains("premature end") || w.contains("truncat") || w.contains("corrupt")) {
        throw new UnreadableImageException("truncated or corrupt image data: " + warning);
      }
    }
    return pixels;
  }

  private static IIOReadWarningListener warningCollector(List<String> warnings) {
    return (source, warning) -> warnings.add(warning);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String describeStart(byte[] data) {
    StringBuilder out = new StringBuilder(" (starts with");
    for (int i = 0; i < Math.min(8, data.length); i++) {
      out.append(String.format(" %02x", data[i] & 0xff));
    }
    return out.append(')').toString();
  }
}
