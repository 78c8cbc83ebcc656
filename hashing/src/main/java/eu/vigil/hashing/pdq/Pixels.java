package eu.vigil.hashing.pdq;

import java.util.Arrays;
import java.util.Objects;

/**
 * A decoded 8-bit image: {@code height} rows of {@code width} pixels, row-major, each pixel
 * {@code format.channels()} bytes, no padding.
 *
 * <p>For speed the sample array is not copied: do not change it while a hasher uses it. Alpha is not
 * represented (PDQ ignores it); decoders drop it.
 *
 * @param width pixels per row, at least 1
 * @param height number of rows, at least 1
 * @param format layout of each pixel's bytes
 * @param samples {@code width * height * format.channels()} bytes
 */
public record Pixels(int width, int height, PixelFormat format, byte[] samples) {

  /** Checks the dimensions against the sample array. */
  public Pixels {
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(samples, "samples must not be null");
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("width and height must be at least 1, got %dx%d".formatted(width, height));
    }
    long expected = (long) width * height * format.channels();
    if (samples.length != expected) {
      throw new IllegalArgumentException(
          "samples must hold width*height*%d = %d bytes for %dx%d %s, got %d"
              .formatted(format.channels(), expected, width, height, format, samples.length));
    }
  }

  /** Grey pixels, one byte each. */
  public static Pixels grey(int width, int height, byte[] samples) {
    return new Pixels(width, height, PixelFormat.GREY, samples);
  }

  /** Colour pixels, red, green and blue bytes each. */
  public static Pixels rgb(int width, int height, byte[] samples) {
    return new Pixels(width, height, PixelFormat.RGB, samples);
  }

  /**
   * The image transformed by a rotation or reflection (for instance to apply an EXIF orientation).
   * Returns {@code this} for {@link Dihedral#ORIGINAL}.
   */
  public Pixels transform(Dihedral transform) {
    Objects.requireNonNull(transform, "transform must not be null");
    if (transform == Dihedral.ORIGINAL) {
      return this;
    }
    int c = format.channels();
    int newWidth = transform.swapsSides() ? height : width;
    int newHeight = transform.swapsSides() ? width : height;
    byte[] out = new byte[samples.length];
    int o = 0;
    for (int y = 0; y < newHeight; y++) {
      for (int x = 0; x < newWidth; x++) {
        int sourceRow;
        int sourceCol;
        switch (transform) {
          case ROTATE_90 -> { sourceRow = x; sourceCol = width - 1 - y; }
          case ROTATE_180 -> { sourceRow = height - 1 - y; sourceCol = width - 1 - x; }
          case ROTATE_270 -> { sourceRow = height - 1 - x; sourceCol = y; }
          case FLIP_X -> { sourceRow = height - 1 - y; sourceCol = x; }
          case FLIP_Y -> { sourceRow = y; sourceCol = width - 1 - x; }
          case FLIP_PLUS_1 -> { sourceRow = x; sourceCol = y; }
          case FLIP_MINUS_1 -> { sourceRow = height - 1 - x; sourceCol = width - 1 - y; }
          default -> throw new AssertionError(transform);
        }
        System.arraycopy(samples, (sourceRow * width + sourceCol) * c, out, o, c);
        o += c;
      }
    }
    return new Pixels(newWidth, newHeight, format, out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Pixels that
        && width == that.width
        && height == that.height
        && format == that.format
        && Arrays.equals(samples, that.samples);
  }

  @Override
  public int hashCode() {
    return Objects.hash(width, height, format, Arrays.hashCode(samples));
  }

  @Override
  public String toString() {
    return "Pixels[%dx%d %s]".formatted(width, height, format);
  }
}
