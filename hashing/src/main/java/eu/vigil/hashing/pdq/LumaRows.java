package eu.vigil.hashing.pdq;

/**
 * A source of luminance rows: the PDQ pipeline pulls one row at a time so that the luminance
 * conversion is fused with the first box-filter pass and no full-size luminance buffer is needed.
 */
interface LumaRows {

  // Coefficients of the reference (float32 constants; products and sums are evaluated left to right).
  float LUMA_FROM_R = 0.299f;
  float LUMA_FROM_G = 0.587f;
  float LUMA_FROM_B = 0.114f;

  int width();

  int height();

  /** Writes the luminance of row {@code r} into {@code dst[0..width-1]}. */
  default void row(int r, float[] dst) {
    row(r, dst, 0);
  }

  /** Writes the luminance of row {@code r} into {@code dst[offset..offset+width-1]}. */
  void row(int r, float[] dst, int offset);

  /**
   * The rows as one row-major array of {@code width * height} values, if they are held that way
   * (then the downsampler reads them in place); {@code null} otherwise.
   */
  default float[] values() {
    return null;
  }

  /** Rows of the given pixels at full resolution. */
  static LumaRows of(Pixels pixels) {
    return new Sampled(pixels, pixels.width(), pixels.height());
  }

  /**
   * Rows of the given pixels resized by nearest neighbour to {@code width x height}: source column
   * {@code floor(x * W / width)}, source row {@code floor(y * H / height)}, as the upstream tool's
   * resize does.
   */
  static LumaRows resized(Pixels pixels, int width, int height) {
    return new Sampled(pixels, width, height);
  }

  /** Rows of a luminance image resized by nearest neighbour, as {@link #resized(Pixels, int, int)}. */
  static LumaRows resized(Luma luma, int width, int height) {
    int sourceWidth = luma.width();
    int sourceHeight = luma.height();
    float[] values = luma.values();
    int[] cols = new int[width];
    for (int x = 0; x < width; x++) {
      cols[x] = (int) ((double) x * sourceWidth / width);
    }
    return new LumaRows() {
      @Override
      public int width() {
        return width;
      }

      @Override
      public int height() {
        return height;
      }

      @Override
      public void row(int r, float[] dst, int offset) {
        int base = (int) ((double) r * sourceHeight / height) * sourceWidth;
        for (int x = 0; x < width; x++) {
          dst[offset + x] = values[base + cols[x]];
        }
      }
    };
  }

  /** Rows of an existing row-major luminance matrix. */
  static LumaRows of(float[] luma, int width, int height) {
    return new LumaRows() {
      @Override
      public int width() {
        return width;
      }

      @Override
      public int height() {
        return height;
      }

      @Override
      public void row(int r, float[] dst, int offset) {
        System.arraycopy(luma, r * width, dst, offset, width);
      }

      @Override
      public float[] values() {
        return luma;
      }
    };
  }

  /** Luminance from 8-bit pixels, optionally resampled by nearest neighbour. */
  final class Sampled implements LumaRows {
    private final Pixels pixels;
    private final int width;
    private final int height;
    private final int[] sourceColumns;

    Sampled(Pixels pixels, int width, int height) {
      this.pixels = pixels;
      this.width = width;
      this.height = height;
      if (width == pixels.width()) {
        sourceColumns = null;
      } else {
        sourceColumns = new int[width];
        for (int x = 0; x < width; x++) {
          // floor(x * W / width) in double; exact for all image sizes.
          sourceColumns[x] = (int) ((double) x * pixels.width() / width);
        }
      }
    }

    @Override
    public int width() {
      return width;
    }

    @Override
    public int height() {
      return height;
    }

    @Override
    public void row(int r, float[] dst, int offset) {
      int sourceRow = height == pixels.height() ? r : (int) ((double) r * pixels.height() / height);
      byte[] s = pixels.samples();
      int c = pixels.format().channels();
      int base = sourceRow * pixels.width() * c;
      int[] cols = sourceColumns;
      switch (pixels.format()) {
        case GREY -> {
          for (int x = 0; x < width; x++) {
            dst[offset + x] = s[base + (cols == null ? x : cols[x])] & 0xff;
          }
        }
        case RGB -> {
          for (int x = 0; x < width; x++) {
            int p = base + 3 * (cols == null ? x : cols[x]);
            dst[offset + x] = LUMA_FROM_R * (s[p] & 0xff) + LUMA_FROM_G * (s[p + 1] & 0xff) + LUMA_FROM_B * (s[p + 2] & 0xff);
          }
        }
        case BGR -> {
          for (int x = 0; x < width; x++) {
            int p = base + 3 * (cols == null ? x : cols[x]);
            dst[offset + x] = LUMA_FROM_R * (s[p + 2] & 0xff) + LUMA_FROM_G * (s[p + 1] & 0xff) + LUMA_FROM_B * (s[p] & 0xff);
          }
        }
        default -> throw new AssertionError(pixels.format());
      }
    }
  }
}
