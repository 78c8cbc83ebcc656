package eu.vigil.hashing.imageio;

/**
 * Chroma upsampling and YCbCr-to-RGB conversion exactly as the libjpeg (6b) inside ImageIO does
 * them: "fancy" (triangle-filter) upsampling for 2x1 and 2x2 chroma ({@code jdsample.c}), with the
 * first and last chroma rows repeated beyond the edges, and the fixed-point tables of
 * {@code jdcolor.c}. Together with {@link JpegScan}'s inverse DCT this gives ImageIO's RGB bytes
 * bit for bit.
 *
 * <p>Written for the JIT's auto-vectorisation: per row, simple loops in which every array is
 * indexed by the same expression, and luma bytes are widened to ints in a loop of its own (a loop
 * that mixes byte and int arrays is not vectorised and runs several times slower). Cb and Cr come
 * packed in one int ({@link JpegPlanes#chroma()}): the upsampling sums stay below 2<sup>12</sup>
 * per half, so one integer operation filters both, and the one loop that cannot be vectorised
 * (interleaving the even and odd outputs) runs once per row, not twice.
 */
final class YccToRgb {

  private static final int SCALEBITS = 16;
  private static final int ONE_HALF = 1 << (SCALEBITS - 1);
  private static final float LUMA_FROM_R = 0.299f;
  private static final float LUMA_FROM_G = 0.587f;
  private static final float LUMA_FROM_B = 0.114f;
  /** Keeps the low byte of each 16-bit half after a shift of packed sums. */
  private static final int BYTE_PER_HALF = 0x00ff00ff;

  // The jdcolor.c tables as arithmetic (same integers): Cr_r_tab, Cb_b_tab, Cb_g_tab + Cr_g_tab.
  private static final int FIX_CR_R = fix(1.40200);
  private static final int FIX_CB_B = fix(1.77200);
  private static final int FIX_CR_G = fix(0.71414);
  private static final int FIX_CB_G = fix(0.34414);

  private YccToRgb() {}

  private static int fix(double x) {
    return (int) (x * (1L << SCALEBITS) + 0.5);
  }

  /** Interleaved RGB bytes of the image. */
  static byte[] rgb(JpegPlanes planes) {
    int width = planes.width();
    byte[] out = new byte[3 * width * planes.height()];
    Rows rows = new Rows(planes);
    for (int y = 0; y < planes.height(); y++) {
      rows.colour(y);
      int[] red = rows.red;
      int[] green = rows.green;
      int[] blue = rows.blue;
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
  static float[] luma(JpegPlanes planes) {
    int width = planes.width();
    float[] out = new float[width * planes.height()];
    Rows rows = new Rows(planes);
    for (int y = 0; y < planes.height(); y++) {
      rows.colour(y);
      int[] red = rows.red;
      int[] green = rows.green;
      int[] blue = rows.blue;
      int base = y * width;
      for (int x = 0; x < width; x++) {
        out[base + x] = LUMA_FROM_R * red[x] + LUMA_FROM_G * green[x] + LUMA_FROM_B * blue[x];
      }
    }
    return out;
  }

  /** Row buffers, and the upsampling and colour conversion of one output row. */
  private static final class Rows {
    private final JpegPlanes planes;
    private final int width;
    private final int chromaWidth;
    private final byte[] bytes;
    private final int[] yRow;
    private final int[] near;
    private final int[] far;
    /** Packed chroma sums of the row (centre), and shifted by one to the left and to the right. */
    private final int[] sums;
    private final int[] previous;
    private final int[] next;
    private final int[] even;
    private final int[] odd;
    /** Packed upsampled chroma of the output row, {@code cb | cr << 16}. */
    private final int[] chroma;
    final int[] red;
    final int[] green;
    final int[] blue;

    Rows(JpegPlanes planes) {
      this.planes = planes;
      width = planes.width();
      chromaWidth = planes.chromaWidth();
      bytes = new byte[width];
      yRow = new int[width];
      near = new int[chromaWidth];
      far = new int[chromaWidth];
      sums = new int[chromaWidth];
      previous = new int[chromaWidth];
      next = new int[chromaWidth];
      even = new int[chromaWidth];
      odd = new int[chromaWidth];
      chroma = new int[Math.max(width, planes.hY() * chromaWidth)];
      red = new int[width];
      green = new int[width];
      blue = new int[width];
    }

    /** Fills {@link #red}, {@link #green} and {@link #blue} for output row {@code y}. */
    void colour(int y) {
      upsample(y);
      byte[] yBytes = bytes;
      int[] luma = yRow;
      System.arraycopy(planes.y(), y * width, yBytes, 0, width);
      for (int x = 0; x < width; x++) {
        luma[x] = yBytes[x] & 0xff;
      }
      int[] c = chroma;
      int[] r = red;
      int[] g = green;
      int[] b = blue;
      // ycc_rgb_convert: y + Cr_r_tab[cr], y + ((Cb_g_tab[cb] + Cr_g_tab[cr]) >> 16), y + Cb_b_tab[cb].
      for (int x = 0; x < width; x++) {
        r[x] = Math.min(255, Math.max(0,
            luma[x] + ((FIX_CR_R * ((c[x] >>> 16) - 128) + ONE_HALF) >> SCALEBITS)));
      }
      for (int x = 0; x < width; x++) {
        g[x] = Math.min(255, Math.max(0, luma[x]
            + ((-FIX_CB_G * ((c[x] & 0xff) - 128) + ONE_HALF - FIX_CR_G * ((c[x] >>> 16) - 128)) >> SCALEBITS)));
      }
      for (int x = 0; x < width; x++) {
        b[x] = Math.min(255, Math.max(0,
            luma[x] + ((FIX_CB_B * ((c[x] & 0xff) - 128) + ONE_HALF) >> SCALEBITS)));
      }
    }

    /** Fills {@link #chroma} for output row {@code y}. */
    private void upsample(int y) {
      int cw = chromaWidth;
      int[] plane = planes.chroma();
      if (planes.vY() == 2) {
        // h2v2_fancy_upsample: 3 * nearer chroma row + farther row, then 3:1 between columns.
        int nearRow = y >> 1;
        int farRow = (y & 1) == 0 ? Math.max(0, nearRow - 1) : Math.min(planes.chromaHeight() - 1, nearRow + 1);
        System.arraycopy(plane, nearRow * cw, near, 0, cw);
        System.arraycopy(plane, farRow * cw, far, 0, cw);
        int[] a = near;
        int[] b = far;
        int[] s = sums;
        for (int x = 0; x < cw; x++) {
          s[x] = 3 * a[x] + b[x];
        }
        horizontal(8, 7, 4);
      } else if (planes.hY() == 2) {
        System.arraycopy(plane, y * cw, sums, 0, cw);
        horizontal(1, 2, 2); // h2v1_fancy_upsample
      } else {
        System.arraycopy(plane, y * cw, chroma, 0, cw);
      }
    }

    /**
     * The horizontal half of fancy upsampling on packed {@link #sums}: even output
     * {@code (3 * s[x] + s[x - 1] + evenBias) >> shift}, odd output {@code (3 * s[x] + s[x + 1] +
     * oddBias) >> shift}, with the edge columns repeated (libjpeg's special first and last columns
     * are exactly these formulas with the neighbour replaced by the column itself).
     */
    private void horizontal(int evenBias, int oddBias, int shift) {
      int cw = chromaWidth;
      int[] s = sums;
      int[] p = previous;
      int[] n = next;
      System.arraycopy(s, 0, p, 1, cw - 1);
      p[0] = s[0];
      System.arraycopy(s, 1, n, 0, cw - 1);
      n[cw - 1] = s[cw - 1];
      int[] e = even;
      int[] o = odd;
      int evenAdd = evenBias | evenBias << 16;
      int oddAdd = oddBias | oddBias << 16;
      for (int x = 0; x < cw; x++) {
        e[x] = ((3 * s[x] + p[x] + evenAdd) >>> shift) & BYTE_PER_HALF;
      }
      for (int x = 0; x < cw; x++) {
        o[x] = ((3 * s[x] + n[x] + oddAdd) >>> shift) & BYTE_PER_HALF;
      }
      int[] c = chroma;
      for (int x = 0; x < cw; x++) {
        c[2 * x] = e[x];
        c[2 * x + 1] = o[x];
      }
    }
  }
}
