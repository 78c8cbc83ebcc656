package eu.vigil.hashing.imageio;

/**
 * Chroma upsampling and YCbCr-to-RGB conversion exactly as the libjpeg (6b) inside ImageIO does
 * them: "fancy" (triangle-filter) upsampling for 2x1 and 2x2 chroma ({@code jdsample.c}), with the
 * first and last chroma rows repeated beyond the edges, and the fixed-point tables of
 * {@code jdcolor.c}. Together with {@link JpegFastDecoder}'s inverse DCT this gives ImageIO's RGB
 * bytes bit for bit.
 */
final class YccToRgb {

  private static final int SCALEBITS = 16;
  private static final int ONE_HALF = 1 << (SCALEBITS - 1);
  private static final float LUMA_FROM_R = 0.299f;
  private static final float LUMA_FROM_G = 0.587f;
  private static final float LUMA_FROM_B = 0.114f;

  private YccToRgb() {}

  private static int fix(double x) {
    return (int) (x * (1L << SCALEBITS) + 0.5);
  }

  /** Interleaved RGB bytes of the image. {@code hY x vY} is the luma sampling (chroma is 1x1). */
  static byte[] rgb(byte[] luma, byte[] cb, byte[] cr, int width, int height, int hY, int vY,
      int chromaWidth, int chromaHeight) {
    byte[] out = new byte[3 * width * height];
    Rows rows = new Rows(cb, cr, hY, vY, chromaWidth, chromaHeight);
    LumaScratch scratch = new LumaScratch(width);
    for (int y = 0; y < height; y++) {
      rows.upsample(y);
      colourRows(luma, y * width, rows.cbRow, rows.crRow, width, scratch);
      int[] red = scratch.red;
      int[] green = scratch.green;
      int[] blue = scratch.blue;
      for (int x = 0, o = 3 * y * width; x < width; x++, o += 3) {
        out[o] = (byte) red[x];
        out[o + 1] = (byte) green[x];
        out[o + 2] = (byte) blue[x];
      }
    }
    return out;
  }

  /**
   * PDQ luminance {@code 0.299R + 0.587G + 0.114B} (float32, left to right, as the hasher computes
   * it from RGB bytes) of the RGB that {@link #rgb} would produce, row-major.
   */
  static float[] luma(byte[] luma, byte[] cb, byte[] cr, int width, int height, int hY, int vY,
      int chromaWidth, int chromaHeight) {
    float[] out = new float[width * height];
    Rows rows = new Rows(cb, cr, hY, vY, chromaWidth, chromaHeight);
    LumaScratch scratch = new LumaScratch(width);
    for (int y = 0; y < height; y++) {
      rows.upsample(y);
      lumaRow(luma, y * width, rows.cbRow, rows.crRow, width, out, scratch);
    }
    return out;
  }

  /** The upsampled chroma of one output row. */
  private static final class Rows {
    final byte[] cb;
    final byte[] cr;
    final int hY;
    final int vY;
    final int chromaWidth;
    final int chromaHeight;
    final int[] cbRow;
    final int[] crRow;
    final Scratch scratch;

    Rows(byte[] cb, byte[] cr, int hY, int vY, int chromaWidth, int chromaHeight) {
      this.cb = cb;
      this.cr = cr;
      this.hY = hY;
      this.vY = vY;
      this.chromaWidth = chromaWidth;
      this.chromaHeight = chromaHeight;
      int upWidth = hY == 2 ? 2 * chromaWidth : chromaWidth;
      cbRow = new int[upWidth];
      crRow = new int[upWidth];
      scratch = new Scratch(chromaWidth);
    }

    void upsample(int y) {
      if (vY == 2) {
        int near = y >> 1;
        int far = (y & 1) == 0 ? Math.max(0, near - 1) : Math.min(chromaHeight - 1, near + 1);
        upsample2x2(cb, near * chromaWidth, far * chromaWidth, chromaWidth, scratch, cbRow);
        upsample2x2(cr, near * chromaWidth, far * chromaWidth, chromaWidth, scratch, crRow);
      } else if (hY == 2) {
        upsample2x1(cb, y * chromaWidth, chromaWidth, scratch, cbRow);
        upsample2x1(cr, y * chromaWidth, chromaWidth, scratch, crRow);
      } else {
        int base = y * chromaWidth;
        for (int x = 0; x < chromaWidth; x++) {
          cbRow[x] = cb[base + x] & 0xff;
          crRow[x] = cr[base + x] & 0xff;
        }
      }
    }
  }

  // The jdcolor.c tables as arithmetic (same integers): Cr_r_tab, Cb_b_tab, Cb_g_tab + Cr_g_tab.
  private static final int FIX_CR_R = fix(1.40200);
  private static final int FIX_CB_B = fix(1.77200);
  private static final int FIX_CR_G = fix(0.71414);
  private static final int FIX_CB_G = fix(0.34414);

  /** Row buffers for {@link #colourRows} and {@link #lumaRow}. */
  private static final class LumaScratch {
    final byte[] yBytes;
    final int[] y;
    final int[] red;
    final int[] green;
    final int[] blue;
    final float[] luma;

    LumaScratch(int width) {
      yBytes = new byte[width];
      y = new int[width];
      red = new int[width];
      green = new int[width];
      blue = new int[width];
      luma = new float[width];
    }
  }

  /**
   * One row of luminance. Written as simple loops over row buffers that all use the index
   * {@code x}, so that C2 vectorises each (one fused loop runs about 5x slower).
   */
  private static void lumaRow(byte[] lumaPlane, int base, int[] cb, int[] cr, int width, float[] out,
      LumaScratch s) {
    colourRows(lumaPlane, base, cb, cr, width, s);
    int[] red = s.red;
    int[] green = s.green;
    int[] blue = s.blue;
    float[] luma = s.luma;
    for (int x = 0; x < width; x++) {
      luma[x] = LUMA_FROM_R * red[x] + LUMA_FROM_G * green[x] + LUMA_FROM_B * blue[x];
    }
    System.arraycopy(luma, 0, out, base, width);
  }

  /** {@code ycc_rgb_convert} of one row into {@code s.red}, {@code s.green}, {@code s.blue}. */
  private static void colourRows(byte[] lumaPlane, int base, int[] cb, int[] cr, int width, LumaScratch s) {
    byte[] yBytes = s.yBytes;
    int[] y = s.y;
    int[] red = s.red;
    int[] green = s.green;
    int[] blue = s.blue;
    System.arraycopy(lumaPlane, base, yBytes, 0, width);
    for (int x = 0; x < width; x++) {
      y[x] = yBytes[x] & 0xff;
    }
    for (int x = 0; x < width; x++) {
      red[x] = Math.min(255, Math.max(0, y[x] + ((FIX_CR_R * (cr[x] - 128) + ONE_HALF) >> SCALEBITS)));
    }
    for (int x = 0; x < width; x++) {
      green[x] = Math.min(255, Math.max(0,
          y[x] + ((-FIX_CB_G * (cb[x] - 128) + ONE_HALF - FIX_CR_G * (cr[x] - 128)) >> SCALEBITS)));
    }
    for (int x = 0; x < width; x++) {
      blue[x] = Math.min(255, Math.max(0, y[x] + ((FIX_CB_B * (cb[x] - 128) + ONE_HALF) >> SCALEBITS)));
    }
  }

  /**
   * {@code h2v2_fancy_upsample}: one output row from its nearer and farther chroma rows. The even
   * and odd outputs are computed by separate plain loops that C2 vectorises; only the final
   * interleaving is scalar.
   */
  private static void upsample2x2(byte[] plane, int near, int far, int width, Scratch s, int[] out) {
    byte[] a = s.nearBytes;
    byte[] b = s.farBytes;
    int[] sums = s.padded;
    int[] even = s.even;
    int[] odd = s.odd;
    System.arraycopy(plane, near, a, 0, width);
    System.arraycopy(plane, far, b, 0, width);
    for (int x = 0; x < width; x++) {
      sums[x] = (a[x] & 0xff) * 3 + (b[x] & 0xff);
    }
    even[0] = (sums[0] * 4 + 8) >> 4;
    for (int x = 1; x < width; x++) {
      even[x] = (sums[x] * 3 + sums[x - 1] + 8) >> 4;
    }
    for (int x = 0; x < width - 1; x++) {
      odd[x] = (sums[x] * 3 + sums[x + 1] + 7) >> 4;
    }
    odd[width - 1] = (sums[width - 1] * 4 + 7) >> 4;
    interleave(even, odd, width, out);
  }

  /**
   * {@code h2v1_fancy_upsample}, organised as {@link #upsample2x2}.
   */
  private static void upsample2x1(byte[] plane, int base, int width, Scratch s, int[] out) {
    byte[] a = s.nearBytes;
    int[] v = s.padded;
    int[] even = s.even;
    int[] odd = s.odd;
    System.arraycopy(plane, base, a, 0, width);
    for (int x = 0; x < width; x++) {
      v[x] = a[x] & 0xff;
    }
    even[0] = v[0];
    for (int x = 1; x < width; x++) {
      even[x] = (v[x] * 3 + v[x - 1] + 1) >> 2;
    }
    for (int x = 0; x < width - 1; x++) {
      odd[x] = (v[x] * 3 + v[x + 1] + 2) >> 2;
    }
    odd[width - 1] = v[width - 1];
    interleave(even, odd, width, out);
  }

  private static void interleave(int[] even, int[] odd, int width, int[] out) {
    for (int x = 0; x < width; x++) {
      out[2 * x] = even[x];
      out[2 * x + 1] = odd[x];
    }
  }

  /** Row buffers of the upsamplers. */
  private static final class Scratch {
    final byte[] nearBytes;
    final byte[] farBytes;
    final int[] padded;
    final int[] even;
    final int[] odd;

    Scratch(int chromaWidth) {
      nearBytes = new byte[chromaWidth];
      farBytes = new byte[chromaWidth];
      padded = new int[chromaWidth];
      even = new int[chromaWidth];
      odd = new int[chromaWidth];
    }
  }
}
