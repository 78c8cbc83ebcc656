package eu.vigil.hashing.pdq;

/**
 * The PDQ box filter along rows, split into its two halves so that both run fast and give the
 * reference's bits: the running sums (a chain of dependent float additions per row, computed for
 * four rows at once so that the processor overlaps the chains) and the divisions by the number
 * of values in the window (a separate loop over whole rows that the JIT vectorises).
 *
 * <p>Per row this performs exactly the reference's float operations in the reference's order: add
 * {@code v[0..h-2]}; then for each output first add the entering value, then subtract the leaving
 * one; output {@code k} is the sum after its step divided by the count of values inside the window
 * ({@link #divisors}). Storing the sum and dividing later yields the same float as dividing at once.
 */
final class RowBoxFilter {

  private RowBoxFilter() {}

  /**
   * The divisor of each of the {@code n} outputs of a box filter with window {@code w}: the number of
   * values inside the clipped window.
   */
  static void divisors(int n, int w, float[] out) {
    int half = (w + 2) / 2;
    int phase2 = w - half + 1;
    int phase3 = n - w;
    int phase4 = half - 1;
    int count = half - 1;
    int k = 0;
    for (int i = 0; i < phase2; i++) {
      out[k++] = ++count;
    }
    for (int i = 0; i < phase3; i++) {
      out[k++] = count;
    }
    for (int i = 0; i < phase4; i++) {
      out[k++] = --count;
    }
  }

  /**
   * The undivided running sums of four rows, {@code n} values each starting at {@code in0[i0]},
   * {@code in1[i1]}, {@code in2[i2]} and {@code in3[i3]}, into {@code out0..out3[0..n)}: four
   * independent chains of additions that the processor overlaps. (Four rather than eight: with
   * eight the JIT runs out of registers.)
   */
  static void sums4(float[] in0, int i0, float[] in1, int i1, float[] in2, int i2, float[] in3, int i3,
      float[] out0, float[] out1, float[] out2, float[] out3, int n, int w) {
    int half = (w + 2) / 2;
    float s0 = 0.0f;
    float s1 = 0.0f;
    float s2 = 0.0f;
    float s3 = 0.0f;
    // Each loop is controlled by the index it advances (r, o): about twice as fast as counting
    // phases with a separate counter, as the JIT then removes the bounds checks.
    int r = 0;
    for (; r < half - 1; r++) {
      s0 += in0[i0 + r];
      s1 += in1[i1 + r];
      s2 += in2[i2 + r];
      s3 += in3[i3 + r];
    }
    int o = 0;
    for (; o < w - half + 1; r++, o++) {
      s0 += in0[i0 + r];
      s1 += in1[i1 + r];
      s2 += in2[i2 + r];
      s3 += in3[i3 + r];
      out0[o] = s0;
      out1[o] = s1;
      out2[o] = s2;
      out3[o] = s3;
    }
    int l = 0;
    for (; r < n; r++, l++, o++) {
      s0 += in0[i0 + r];
      s1 += in1[i1 + r];
      s2 += in2[i2 + r];
      s3 += in3[i3 + r];
      s0 -= in0[i0 + l];
      s1 -= in1[i1 + l];
      s2 -= in2[i2 + l];
      s3 -= in3[i3 + l];
      out0[o] = s0;
      out1[o] = s1;
      out2[o] = s2;
      out3[o] = s3;
    }
    for (; o < n; l++, o++) {
      s0 -= in0[i0 + l];
      s1 -= in1[i1 + l];
      s2 -= in2[i2 + l];
      s3 -= in3[i3 + l];
      out0[o] = s0;
      out1[o] = s1;
      out2[o] = s2;
      out3[o] = s3;
    }
  }

  /** The undivided running sums of one row of {@code n} values. */
  static void sums1(float[] in, float[] out, int n, int w) {
    int half = (w + 2) / 2;
    int phase1 = half - 1;
    int phase2 = w - half + 1;
    int phase3 = n - w;
    int phase4 = half - 1;
    float s = 0.0f;
    int r = 0;
    int l = 0;
    int o = 0;
    for (int i = 0; i < phase1; i++) {
      s += in[r++];
    }
    for (int i = 0; i < phase2; i++) {
      s += in[r++];
      out[o++] = s;
    }
    for (int i = 0; i < phase3; i++) {
      s += in[r++];
      s -= in[l++];
      out[o++] = s;
    }
    for (int i = 0; i < phase4; i++) {
      s -= in[l++];
      out[o++] = s;
    }
  }

  /**
   * Divides the first {@code n} sums of a row in place by {@code divisors[0..n)}. (Same index for
   * both arrays, so the JIT can vectorise the loop.)
   */
  static void divide(float[] row, float[] divisors, int n) {
    for (int k = 0; k < n; k++) {
      row[k] = row[k] / divisors[k];
    }
  }
}
