package eu.vigil.hashing.pdq;

/**
 * The PDQ box filter along rows, split into its two halves so that both run fast and give the
 * reference's bits: the running sums (a chain of dependent float additions per row, computed for
 * eight rows at once so that the processor overlaps the chains) and the divisions by the number
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
   * The undivided running sums of the 8 rows {@code in[inRow .. inRow+7]} into
   * {@code out[outRow .. outRow+7]}: 8 independent chains of additions that the processor overlaps.
   */
  static void sums8(float[][] in, int inRow, float[][] out, int outRow, int n, int w) {
    int half = (w + 2) / 2;
    int phase1 = half - 1;
    int phase2 = w - half + 1;
    int phase3 = n - w;
    int phase4 = half - 1;
    float[] in0 = in[inRow + 0];
    float[] in1 = in[inRow + 1];
    float[] in2 = in[inRow + 2];
    float[] in3 = in[inRow + 3];
    float[] in4 = in[inRow + 4];
    float[] in5 = in[inRow + 5];
    float[] in6 = in[inRow + 6];
    float[] in7 = in[inRow + 7];
    float[] out0 = out[outRow + 0];
    float[] out1 = out[outRow + 1];
    float[] out2 = out[outRow + 2];
    float[] out3 = out[outRow + 3];
    float[] out4 = out[outRow + 4];
    float[] out5 = out[outRow + 5];
    float[] out6 = out[outRow + 6];
    float[] out7 = out[outRow + 7];
    float s0 = 0.0f;
    float s1 = 0.0f;
    float s2 = 0.0f;
    float s3 = 0.0f;
    float s4 = 0.0f;
    float s5 = 0.0f;
    float s6 = 0.0f;
    float s7 = 0.0f;
    int r = 0;
    int l = 0;
    int o = 0;
    for (int i = 0; i < phase1; i++, r++) {
      s0 += in0[r];
      s1 += in1[r];
      s2 += in2[r];
      s3 += in3[r];
      s4 += in4[r];
      s5 += in5[r];
      s6 += in6[r];
      s7 += in7[r];
    }
    for (int i = 0; i < phase2; i++, r++, o++) {
      s0 += in0[r];
      s1 += in1[r];
      s2 += in2[r];
      s3 += in3[r];
      s4 += in4[r];
      s5 += in5[r];
      s6 += in6[r];
      s7 += in7[r];
      out0[o] = s0;
      out1[o] = s1;
      out2[o] = s2;
      out3[o] = s3;
      out4[o] = s4;
      out5[o] = s5;
      out6[o] = s6;
      out7[o] = s7;
    }
    for (int i = 0; i < phase3; i++, r++, l++, o++) {
      s0 += in0[r];
      s1 += in1[r];
      s2 += in2[r];
      s3 += in3[r];
      s4 += in4[r];
      s5 += in5[r];
      s6 += in6[r];
      s7 += in7[r];
      s0 -= in0[l];
      s1 -= in1[l];
      s2 -= in2[l];
      s3 -= in3[l];
      s4 -= in4[l];
      s5 -= in5[l];
      s6 -= in6[l];
      s7 -= in7[l];
      out0[o] = s0;
      out1[o] = s1;
      out2[o] = s2;
      out3[o] = s3;
      out4[o] = s4;
      out5[o] = s5;
      out6[o] = s6;
      out7[o] = s7;
    }
    for (int i = 0; i < phase4; i++, l++, o++) {
      s0 -= in0[l];
      s1 -= in1[l];
      s2 -= in2[l];
      s3 -= in3[l];
      s4 -= in4[l];
      s5 -= in5[l];
      s6 -= in6[l];
      s7 -= in7[l];
      out0[o] = s0;
      out1[o] = s1;
      out2[o] = s2;
      out3[o] = s3;
      out4[o] = s4;
      out5[o] = s5;
      out6[o] = s6;
      out7[o] = s7;
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
