package eu.vigil.hashing.pdq;

import java.util.Objects;

/**
 * An image's PDQ luminance, {@code 0.299R + 0.587G + 0.114B} in float32 (grey values as they are),
 * {@code height} rows of {@code width} values, row-major: what {@link PdqHasher} computes from
 * {@link Pixels} as its first step, for decoders that can produce it directly (for example
 * {@code ImageIoDecoder.decodeLuma}). Hashing a {@code Luma} gives exactly the hash of the pixels
 * it was computed from, for both definitions.
 *
 * <p>For speed the array is not copied: do not change it while a hasher uses it.
 *
 * @param width values per row, at least 1
 * @param height number of rows, at least 1
 * @param values {@code width * height} luminance values
 */
public record Luma(int width, int height, float[] values) {

  /** Checks the dimensions against the array. */
  public Luma {
    Objects.requireNonNull(values, "values must not be null");
    if (width < 1 || height < 1 || (long) width * height != values.length) {
      throw new IllegalArgumentException(
          "values must hold width*height values, got %d for %dx%d".formatted(values.length, width, height));
    }
  }

  /** The PDQ luminance of the pixels, as the hasher computes it. */
  public static Luma of(Pixels pixels) {
    Objects.requireNonNull(pixels, "pixels must not be null");
    int width = pixels.width();
    int height = pixels.height();
    float[] values = new float[width * height];
    LumaRows rows = LumaRows.of(pixels);
    for (int r = 0; r < height; r++) {
      rows.row(r, values, r * width);
    }
    return new Luma(width, height, values);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Luma that
        && width == that.width
        && height == that.height
        && java.util.Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(width, height, java.util.Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return "Luma[%dx%d]".formatted(width, height);
  }
}
