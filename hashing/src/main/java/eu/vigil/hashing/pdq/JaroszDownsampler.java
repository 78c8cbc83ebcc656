package eu.vigil.hashing.pdq;

/**
 * Downsamples luminance to 64x64 exactly as the PDQ reference does: two rounds of a box filter along
 * rows then along columns (approximating a tent filter), then sampling cell centres.
 *
 * <p>Bit-exactness rests on doing the same float operations in the same order as the reference's
 * one-vector-at-a-time running sum. The column passes here walk the image row by row, keeping one
 * running sum per column: per column that is the identical sequence of additions, subtractions and
 * divisions, but memory is read sequentially. The last column pass only keeps the 64 sampled
 * columns, and only the 64 sampled rows are written.
 *
 * <p>Not thread-safe: buffers are reused between images.
 */
final class JaroszDownsampler {

  static final int OUT = 64;

  private float[] bufferA = new float[0];
  private float[] bufferB = new float[0];
  private float[] row = new float[0];
  private float[] sums = new float[0];
  private final int[] sampledColumns = new int[OUT];
  private final int[] sampledRows = new int[OUT];

  /** Window size of the reference for a side of {@code n} pixels: ceil(n / 128). */
  static int windowSize(int n) {
    return (n + 2 * OUT - 1) / (2 * OUT);
  }

  /** Downsamples the rows into {@code out64} (64x64, row-major). */
  void downsample(LumaRows source, float[] out64) {
    int cols = source.width();
    int rows = source.height();
    int pixels = rows * cols;
    if (bufferA.length < pixels) {
      bufferA = new float[pixels];
      bufferB = new float[pixels];
    }
    if (row.length < cols) {
      row = new float[cols];
      sums = new float[cols];
    }
    if (rows == OUT && cols == OUT) {
      // The reference skips filtering when the input is already 64x64 (the video-frame path).
      for (int r = 0; r < OUT; r++) {
        source.row(r, row);
        System.arraycopy(row, 0, out64, r * OUT, OUT);
      }
      return;
    }
    int windowAlongRows = windowSize(cols);
    int windowAlongCols = windowSize(rows);

    // Round 1: rows (luma fused in), then columns.
    for (int r = 0; r < rows; r++) {
      source.row(r, row);
      boxRow(row, 0, bufferB, r * cols, cols, windowAlongRows);
    }
    boxColumns(bufferB, bufferA, rows, cols, windowAlongCols);
    // Round 2: rows, then only the sampled columns.
    for (int r = 0; r < rows; r++) {
      boxRow(bufferA, r * cols, bufferB, r * cols, cols, windowAlongRows);
    }
    for (int i = 0; i < OUT; i++) {
      sampledRows[i] = (int) (((i + 0.5) * rows) / OUT);
      sampledColumns[i] = (int) (((i + 0.5) * cols) / OUT);
    }
    boxSampledColumns(bufferB, rows, cols, windowAlongCols, out64);
  }

  /**
   * One-dimensional box filter of {@code n} values with window {@code w}: a running float sum, the
   * window centred with {@code w - h} values before and {@code h - 1} after, {@code h = (w + 2) / 2},
   * clipped at both ends and divided by the number of values inside.
   */
  static void boxRow(float[] in, int inOff, float[] out, int outOff, int n, int w) {
    int half = (w + 2) / 2;
    int phase1 = half - 1;
    int phase2 = w - half + 1;
    int phase3 = n - w;
    int phase4 = half - 1;
    int ri = inOff;
    int li = inOff;
    int oi = outOff;
    float sum = 0.0f;
    int count = 0;
    for (int i = 0; i < phase1; i++) {
      sum += in[ri++];
      count++;
    }
    for (int i = 0; i < phase2; i++) {
      sum += in[ri++];
      count++;
      out[oi++] = sum / count;
    }
    float full = count;
    for (int i = 0; i < phase3; i++) {
      sum += in[ri++];
      sum -= in[li++];
      out[oi++] = sum / full;
    }
    for (int i = 0; i < phase4; i++) {
      sum -= in[li++];
      count--;
      out[oi++] = sum / count;
    }
  }

  /** The box filter along every column, computed row by row with one running sum per column. */
  private void boxColumns(float[] in, float[] out, int rows, int cols, int w) {
    int half = (w + 2) / 2;
    int phase1 = half - 1;
    int phase2 = w - half + 1;
    int phase3 = rows - w;
    int phase4 = half - 1;
    float[] s = sums;
    java.util.Arrays.fill(s, 0, cols, 0.0f);
    int ri = 0;
    int li = 0;
    int oi = 0;
    int count = 0;
    for (int i = 0; i < phase1; i++, ri += cols) {
      for (int c = 0; c < cols; c++) {
        s[c] += in[ri + c];
      }
      count++;
    }
    for (int i = 0; i < phase2; i++, ri += cols, oi += cols) {
      count++;
      float n = count;
      for (int c = 0; c < cols; c++) {
        float v = s[c] + in[ri + c];
        s[c] = v;
        out[oi + c] = v / n;
      }
    }
    float full = count;
    for (int i = 0; i < phase3; i++, ri += cols, li += cols, oi += cols) {
      for (int c = 0; c < cols; c++) {
        float v = s[c] + in[ri + c];
        v -= in[li + c];
        s[c] = v;
        out[oi + c] = v / full;
      }
    }
    for (int i = 0; i < phase4; i++, li += cols, oi += cols) {
      count--;
      float n = count;
      for (int c = 0; c < cols; c++) {
        float v = s[c] - in[li + c];
        s[c] = v;
        out[oi + c] = v / n;
      }
    }
  }

  /**
   * The final column pass restricted to the 64 sampled columns; writes the 64 sampled rows of them
   * into {@code out64}.
   */
  private void boxSampledColumns(float[] in, int rows, int cols, int w, float[] out64) {
    int half = (w + 2) / 2;
    int phase1 = half - 1;
    int phase2 = w - half + 1;
    int phase3 = rows - w;
    int phase4 = half - 1;
    float[] s = new float[OUT];
    int[] sc = sampledColumns;
    int ri = 0;
    int li = 0;
    int outRow = 0;
    int nextSample = 0;
    int count = 0;
    for (int i = 0; i < phase1; i++, ri += cols) {
      for (int j = 0; j < OUT; j++) {
        s[j] += in[ri + sc[j]];
      }
      count++;
    }
    for (int i = 0; i < phase2; i++, ri += cols, outRow++) {
      count++;
      for (int j = 0; j < OUT; j++) {
        s[j] += in[ri + sc[j]];
      }
      nextSample = emitIfSampled(s, count, outRow, nextSample, out64);
    }
    for (int i = 0; i < phase3; i++, ri += cols, li += cols, outRow++) {
      for (int j = 0; j < OUT; j++) {
        float v = s[j] + in[ri + sc[j]];
        s[j] = v - in[li + sc[j]];
      }
      nextSample = emitIfSampled(s, count, outRow, nextSample, out64);
    }
    for (int i = 0; i < phase4; i++, li += cols, outRow++) {
      count--;
      for (int j = 0; j < OUT; j++) {
        s[j] -= in[li + sc[j]];
      }
      nextSample = emitIfSampled(s, count, outRow, nextSample, out64);
    }
  }

  /** Writes sums/count to every output row sampled at {@code outRow}; returns the next pending one. */
  private int emitIfSampled(float[] s, int count, int outRow, int nextSample, float[] out64) {
    int next = nextSample;
    while (next < OUT && sampledRows[next] == outRow) {
      float n = count;
      int o = next * OUT;
      for (int j = 0; j < OUT; j++) {
        out64[o + j] = s[j] / n;
      }
      next++;
    }
    return next;
  }
}
