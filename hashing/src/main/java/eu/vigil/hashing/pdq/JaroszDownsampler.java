package eu.vigil.hashing.pdq;

/**
 * Downsamples luminance to 64x64 exactly as the PDQ reference does: two rounds of a box filter along
 * rows then along columns (approximating a tent filter), then sampling cell centres.
 *
 * <p>Bit-exactness rests on doing the same float operations in the same order as the reference's
 * one-vector-at-a-time running sum; only the order in which independent vectors are processed
 * differs. Row passes run eight rows at once, with the divisions in a separate vectorised loop
 * ({@link RowBoxFilter}). The column passes walk the image row by row, keeping one running sum per
 * column: per column that is the identical sequence of additions, subtractions and divisions, but
 * memory is read sequentially. Images are held as one array per row: loops that index several
 * arrays with the same index are the ones the JIT vectorises. The second round keeps only the 64 sampled columns of its row pass
 * (stored compactly) and writes only the 64 sampled rows of its column pass.
 *
 * <p>Not thread-safe: buffers are reused between images.
 */
final class JaroszDownsampler {

  static final int OUT = 64;
  private static final int ROWS_AT_ONCE = 8;

  private float[][] bufferA = new float[0][];
  private float[][] bufferB = new float[0][];
  private float[][] compact = new float[0][];
  private float[][] scratch = new float[0][];
  private float[] rowDivisors = new float[0];
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
    if (rows == OUT && cols == OUT) {
      // The reference skips filtering when the input is already 64x64 (the video-frame path).
      for (int r = 0; r < OUT; r++) {
        source.row(r, out64, r * OUT);
      }
      return;
    }
    ensureCapacity(rows, cols);
    float[][] a = bufferA;
    float[][] b = bufferB;
    int windowAlongRows = windowSize(cols);
    int windowAlongCols = windowSize(rows);
    for (int i = 0; i < OUT; i++) {
      sampledRows[i] = (int) (((i + 0.5) * rows) / OUT);
      sampledColumns[i] = (int) (((i + 0.5) * cols) / OUT);
    }
    RowBoxFilter.divisors(cols, windowAlongRows, rowDivisors);

    // Round 1: luminance and rows (a few rows at a time, while they are in cache), then columns.
    int r = 0;
    for (; r + ROWS_AT_ONCE <= rows; r += ROWS_AT_ONCE) {
      for (int i = 0; i < ROWS_AT_ONCE; i++) {
        source.row(r + i, a[r + i], 0);
      }
      RowBoxFilter.sums8(a, r, b, r, cols, windowAlongRows);
      for (int i = 0; i < ROWS_AT_ONCE; i++) {
        RowBoxFilter.divide(b[r + i], rowDivisors, cols);
      }
    }
    for (; r < rows; r++) {
      source.row(r, a[r], 0);
      RowBoxFilter.sums1(a[r], b[r], cols, windowAlongRows);
      RowBoxFilter.divide(b[r], rowDivisors, cols);
    }
    boxColumns(b, a, rows, cols, windowAlongCols);

    // Round 2: rows, keeping only the 64 sampled columns, then the sampled columns.
    float[][] t = scratch;
    r = 0;
    for (; r + ROWS_AT_ONCE <= rows; r += ROWS_AT_ONCE) {
      RowBoxFilter.sums8(a, r, t, 0, cols, windowAlongRows);
      for (int i = 0; i < ROWS_AT_ONCE; i++) {
        keepSampledColumns(t[i], compact[r + i]);
      }
    }
    for (; r < rows; r++) {
      RowBoxFilter.sums1(a[r], t[0], cols, windowAlongRows);
      keepSampledColumns(t[0], compact[r]);
    }
    boxSampledColumns(compact, rows, windowAlongCols, out64);
  }

  /** Makes the buffers hold at least {@code rows} rows of at least {@code cols} floats. */
  private void ensureCapacity(int rows, int cols) {
    bufferA = withRows(bufferA, rows, cols);
    bufferB = withRows(bufferB, rows, cols);
    compact = withRows(compact, rows, OUT);
    scratch = withRows(scratch, ROWS_AT_ONCE, cols);
    if (rowDivisors.length < cols) {
      rowDivisors = new float[cols];
      sums = new float[cols];
    }
  }

  /** Row arrays are grown one by one, so a wide image after a tall one does not allocate both. */
  private static float[][] withRows(float[][] buffer, int rows, int cols) {
    float[][] b = buffer.length >= rows ? buffer : java.util.Arrays.copyOf(buffer, rows);
    for (int r = 0; r < rows; r++) {
      if (b[r] == null || b[r].length < cols) {
        b[r] = new float[cols];
      }
    }
    return b;
  }

  /** Divides the sums at the 64 sampled columns of one row and stores them compactly. */
  private void keepSampledColumns(float[] rowSums, float[] target) {
    for (int j = 0; j < OUT; j++) {
      int c = sampledColumns[j];
      target[j] = rowSums[c] / rowDivisors[c];
    }
  }

  /** The box filter along every column, computed row by row with one running sum per column. */
  private void boxColumns(float[][] in, float[][] out, int rows, int cols, int w) {
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
    for (int i = 0; i < phase1; i++) {
      float[] entering = in[ri++];
      for (int c = 0; c < cols; c++) {
        s[c] += entering[c];
      }
      count++;
    }
    for (int i = 0; i < phase2; i++) {
      count++;
      float n = count;
      float[] entering = in[ri++];
      float[] target = out[oi++];
      for (int c = 0; c < cols; c++) {
        float v = s[c] + entering[c];
        s[c] = v;
        target[c] = v / n;
      }
    }
    float full = count;
    for (int i = 0; i < phase3; i++) {
      float[] entering = in[ri++];
      float[] leaving = in[li++];
      float[] target = out[oi++];
      for (int c = 0; c < cols; c++) {
        float v = s[c] + entering[c];
        v -= leaving[c];
        s[c] = v;
        target[c] = v / full;
      }
    }
    for (int i = 0; i < phase4; i++) {
      count--;
      float n = count;
      float[] leaving = in[li++];
      float[] target = out[oi++];
      for (int c = 0; c < cols; c++) {
        float v = s[c] - leaving[c];
        s[c] = v;
        target[c] = v / n;
      }
    }
  }

  /**
   * The final column pass over the 64 sampled columns ({@code rows} arrays of 64); writes the 64
   * sampled rows into {@code out64}.
   */
  private void boxSampledColumns(float[][] in, int rows, int w, float[] out64) {
    int half = (w + 2) / 2;
    int phase1 = half - 1;
    int phase2 = w - half + 1;
    int phase3 = rows - w;
    int phase4 = half - 1;
    float[] s = new float[OUT];
    int ri = 0;
    int li = 0;
    int outRow = 0;
    int nextSample = 0;
    int count = 0;
    for (int i = 0; i < phase1; i++) {
      float[] entering = in[ri++];
      for (int j = 0; j < OUT; j++) {
        s[j] += entering[j];
      }
      count++;
    }
    for (int i = 0; i < phase2; i++, outRow++) {
      count++;
      float[] entering = in[ri++];
      for (int j = 0; j < OUT; j++) {
        s[j] += entering[j];
      }
      nextSample = emitIfSampled(s, count, outRow, nextSample, out64);
    }
    for (int i = 0; i < phase3; i++, outRow++) {
      float[] entering = in[ri++];
      float[] leaving = in[li++];
      for (int j = 0; j < OUT; j++) {
        float v = s[j] + entering[j];
        s[j] = v - leaving[j];
      }
      nextSample = emitIfSampled(s, count, outRow, nextSample, out64);
    }
    for (int i = 0; i < phase4; i++, outRow++) {
      count--;
      float[] leaving = in[li++];
      for (int j = 0; j < OUT; j++) {
        s[j] -= leaving[j];
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
