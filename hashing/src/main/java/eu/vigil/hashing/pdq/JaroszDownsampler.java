package eu.vigil.hashing.pdq;

/**
 * Downsamples luminance to 64x64 exactly as the PDQ reference does: two rounds of a box filter along
 * rows then along columns (approximating a tent filter), then sampling cell centres.
 *
 * <p>Bit-exactness rests on doing the same float operations in the same order as the reference's
 * one-vector-at-a-time running sum; only the order in which independent vectors are processed
 * differs. Row passes run four rows at once, with the divisions in a separate vectorised loop
 * ({@link RowBoxFilter}). The column passes keep one running sum per column and take in one row at a
 * time: per column that is the identical sequence of additions, subtractions and divisions, but
 * memory is read sequentially. Loops that index several arrays with the same index are the ones the
 * JIT vectorises, so rows are separate arrays.
 *
 * <p>The first round streams: each group of rows leaves the row pass into a small ring of rows
 * (the column window plus one group), the column pass consumes it at once, and each of its output
 * rows goes straight into the second round's row pass, which keeps only the 64 sampled columns
 * (stored compactly, 64 floats per row). So no full-size intermediate image is written or read
 * back, and the working set stays in the processor's caches. The second round's column pass then
 * runs over the 64 sampled columns and writes only the 64 sampled rows.
 *
 * <p>Not thread-safe: buffers are reused between images.
 */
final class JaroszDownsampler {

  static final int OUT = 64;
  private static final int ROWS_AT_ONCE = 4;

  /** Luminance rows of a source that does not hold them in one array. */
  private float[][] input = new float[ROWS_AT_ONCE][0];
  /** Round 1 rows after the row pass: row {@code r} in slot {@code r % ring.length}. */
  private float[][] ring = new float[0][];
  /** Round 1 output rows (after the column pass) waiting for round 2's row pass. */
  private float[][] pending = new float[ROWS_AT_ONCE][0];
  private float[][] scratch = new float[ROWS_AT_ONCE][0];
  private float[][] compact = new float[0][];
  private float[] rowDivisors = new float[0];
  private float[] sums = new float[0];
  private final int[] sampledColumns = new int[OUT];
  private final int[] sampledRows = new int[OUT];

  // State of the streaming passes for the current image.
  private int cols;
  private int windowAlongRows;
  private int windowAlongCols;
  private int columnCount;
  private int emitted;

  /** Window size of the reference for a side of {@code n} pixels: ceil(n / 128). */
  static int windowSize(int n) {
    return (n + 2 * OUT - 1) / (2 * OUT);
  }

  /** Downsamples the rows into {@code out64} (64x64, row-major). */
  void downsample(LumaRows source, float[] out64) {
    int width = source.width();
    int rows = source.height();
    if (rows == OUT && width == OUT) {
      // The reference skips filtering when the input is already 64x64 (the video-frame path).
      for (int r = 0; r < OUT; r++) {
        source.row(r, out64, r * OUT);
      }
      return;
    }
    cols = width;
    windowAlongRows = windowSize(width);
    windowAlongCols = windowSize(rows);
    ensureCapacity(rows, width, windowAlongCols + ROWS_AT_ONCE);
    for (int i = 0; i < OUT; i++) {
      sampledRows[i] = (int) (((i + 0.5) * rows) / OUT);
      sampledColumns[i] = (int) (((i + 0.5) * width) / OUT);
    }
    RowBoxFilter.divisors(width, windowAlongRows, rowDivisors);
    java.util.Arrays.fill(sums, 0, width, 0.0f);
    columnCount = 0;
    emitted = 0;

    // Round 1: rows a group at a time (read in place from a row-major array if possible), each row
    // then straight into the column pass, whose output rows feed round 2's row pass.
    float[] flat = source.values();
    float[][] ringRows = ring;
    int slots = ringRows.length;
    int r = 0;
    for (; r + ROWS_AT_ONCE <= rows; r += ROWS_AT_ONCE) {
      float[] o0 = ringRows[r % slots];
      float[] o1 = ringRows[(r + 1) % slots];
      float[] o2 = ringRows[(r + 2) % slots];
      float[] o3 = ringRows[(r + 3) % slots];
      if (flat != null) {
        int o = r * width;
        RowBoxFilter.sums4(flat, o, flat, o + width, flat, o + 2 * width, flat, o + 3 * width,
            o0, o1, o2, o3, width, windowAlongRows);
      } else {
        for (int i = 0; i < ROWS_AT_ONCE; i++) {
          source.row(r + i, input[i], 0);
        }
        RowBoxFilter.sums4(input[0], 0, input[1], 0, input[2], 0, input[3], 0, o0, o1, o2, o3, width,
            windowAlongRows);
      }
      for (int i = 0; i < ROWS_AT_ONCE; i++) {
        RowBoxFilter.divide(ringRows[(r + i) % slots], rowDivisors, width);
        columnStep(r + i);
      }
    }
    for (; r < rows; r++) {
      source.row(r, input[0], 0);
      float[] out = ringRows[r % slots];
      RowBoxFilter.sums1(input[0], out, width, windowAlongRows);
      RowBoxFilter.divide(out, rowDivisors, width);
      columnStep(r);
    }
    columnFinish(rows);
    for (int i = 0; i < emitted % ROWS_AT_ONCE; i++) {
      RowBoxFilter.sums1(pending[i], scratch[0], width, windowAlongRows);
      keepSampledColumns(scratch[0], compact[emitted - emitted % ROWS_AT_ONCE + i]);
    }

    // Round 2's column pass over the 64 sampled columns.
    boxSampledColumns(compact, rows, windowAlongCols, out64);
  }

  /**
   * Round 1's column pass, taking in row {@code ri} (in {@link #ring}): the reference's running sum
   * per column (add the entering row, then subtract the leaving one) and, once the window has
   * filled to its centre, one output row.
   */
  private void columnStep(int ri) {
    int w = windowAlongCols;
    int half = (w + 2) / 2;
    int n = cols;
    float[] s = sums;
    float[] entering = ring[ri % ring.length];
    if (ri < half - 1) {
      for (int c = 0; c < n; c++) {
        s[c] += entering[c];
      }
      columnCount++;
    } else if (ri < w) {
      columnCount++;
      float count = columnCount;
      float[] target = pending[emitted % ROWS_AT_ONCE];
      for (int c = 0; c < n; c++) {
        float v = s[c] + entering[c];
        s[c] = v;
        target[c] = v / count;
      }
      emit();
    } else {
      float full = columnCount;
      float[] leaving = ring[(ri - w) % ring.length];
      float[] target = pending[emitted % ROWS_AT_ONCE];
      for (int c = 0; c < n; c++) {
        float v = s[c] + entering[c];
        v -= leaving[c];
        s[c] = v;
        target[c] = v / full;
      }
      emit();
    }
  }

  /** The last {@code half - 1} outputs of round 1's column pass, as rows leave the window. */
  private void columnFinish(int rows) {
    int w = windowAlongCols;
    int half = (w + 2) / 2;
    int n = cols;
    float[] s = sums;
    for (int li = rows - w; li < rows - w + half - 1; li++) {
      columnCount--;
      float count = columnCount;
      float[] leaving = ring[li % ring.length];
      float[] target = pending[emitted % ROWS_AT_ONCE];
      for (int c = 0; c < n; c++) {
        float v = s[c] - leaving[c];
        s[c] = v;
        target[c] = v / count;
      }
      emit();
    }
  }

  /** Counts one round 1 output row; each full group goes through round 2's row pass. */
  private void emit() {
    emitted++;
    if (emitted % ROWS_AT_ONCE == 0) {
      float[][] p = pending;
      float[][] t = scratch;
      RowBoxFilter.sums4(p[0], 0, p[1], 0, p[2], 0, p[3], 0, t[0], t[1], t[2], t[3], cols, windowAlongRows);
      for (int i = 0; i < ROWS_AT_ONCE; i++) {
        keepSampledColumns(t[i], compact[emitted - ROWS_AT_ONCE + i]);
      }
    }
  }

  /** Makes the buffers large enough for {@code rows x cols} and a ring of {@code ringRows} rows. */
  private void ensureCapacity(int rows, int cols, int ringRows) {
    input = withRows(input, ROWS_AT_ONCE, cols);
    pending = withRows(pending, ROWS_AT_ONCE, cols);
    scratch = withRows(scratch, ROWS_AT_ONCE, cols);
    if (ring.length != ringRows) {
      ring = new float[ringRows][]; // its length is the modulus of the slot index
    }
    ring = withRows(ring, ringRows, cols);
    compact = withRows(compact, rows, OUT);
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
