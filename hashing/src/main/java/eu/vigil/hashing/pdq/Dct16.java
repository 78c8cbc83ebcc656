package eu.vigil.hashing.pdq;

import eu.vigil.hashing.PdqHash;
import java.util.Arrays;

/**
 * The PDQ steps after downsampling: quality metric, partial 2-D DCT keeping frequencies 1..16 in
 * each direction, the dihedral sign/transpose rules and the median threshold. Float operations are
 * in the reference's order.
 */
final class Dct16 {

  static final int N = 16;
  private static final int IN = JaroszDownsampler.OUT;

  /** D[k][n] (row k = frequency k+1), row-major 16x64. */
  static final float[] MATRIX = matrix();

  private Dct16() {}

  private static float[] matrix() {
    float[] d = new float[N * IN];
    float scale = (float) Math.sqrt(2.0 / IN);
    for (int k = 0; k < N; k++) {
      for (int n = 0; n < IN; n++) {
        d[k * IN + n] = (float) (scale * Math.cos(Math.PI / 2.0 / IN * (k + 1) * (2 * n + 1)));
      }
    }
    return d;
  }

  /**
   * Quality 0..100: the sum of quantised absolute differences between neighbouring cells of the
   * 64x64 buffer, scaled down and capped.
   */
  static int quality(float[] b) {
    int gradientSum = 0;
    for (int i = 0; i < IN - 1; i++) {
      for (int j = 0; j < IN; j++) {
        int d = (int) (((b[i * IN + j] - b[(i + 1) * IN + j]) * 100) / 255);
        gradientSum += Math.abs(d);
      }
    }
    for (int i = 0; i < IN; i++) {
      for (int j = 0; j < IN - 1; j++) {
        int d = (int) (((b[i * IN + j] - b[i * IN + j + 1]) * 100) / 255);
        gradientSum += Math.abs(d);
      }
    }
    return Math.min(100, gradientSum / 90);
  }

  /** C = D * B * D^T into {@code out16} (16x16), via {@code t} (16x64). */
  static void dct(float[] b, float[] t, float[] out16) {
    float[] d = MATRIX;
    for (int k = 0; k < N; k++) {
      for (int j = 0; j < IN; j++) {
        float sum = 0.0f;
        for (int n = 0; n < IN; n++) {
          sum += d[k * IN + n] * b[n * IN + j];
        }
        t[k * IN + j] = sum;
      }
    }
    for (int k = 0; k < N; k++) {
      for (int l = 0; l < N; l++) {
        float sum = 0.0f;
        for (int n = 0; n < IN; n++) {
          sum += t[k * IN + n] * d[l * IN + n];
        }
        out16[k * N + l] = sum;
      }
    }
  }

  /** Writes the DCT of the {@code transform}ed image, derived from the original's DCT {@code c}. */
  static void dihedral(float[] c, Dihedral transform, float[] out) {
    for (int k = 0; k < N; k++) {
      for (int l = 0; l < N; l++) {
        float v = c[k * N + l];
        boolean kOdd = (k & 1) != 0;
        boolean lOdd = (l & 1) != 0;
        boolean sumOdd = ((k + l) & 1) != 0;
        switch (transform) {
          case ORIGINAL -> out[k * N + l] = v;
          case ROTATE_90 -> out[l * N + k] = lOdd ? v : -v;
          case ROTATE_180 -> out[k * N + l] = sumOdd ? -v : v;
          case ROTATE_270 -> out[l * N + k] = kOdd ? v : -v;
          case FLIP_X -> out[k * N + l] = kOdd ? v : -v;
          case FLIP_Y -> out[k * N + l] = lOdd ? v : -v;
          case FLIP_PLUS_1 -> out[l * N + k] = v;
          case FLIP_MINUS_1 -> out[l * N + k] = sumOdd ? -v : v;
          default -> throw new AssertionError(transform);
        }
      }
    }
  }

  /**
   * Bit {@code 16k + l} is set iff {@code c[k][l]} is strictly above the lower median (the 128th
   * smallest of the 256 values). {@code scratch} holds 256 floats.
   */
  static PdqHash bits(float[] c, float[] scratch) {
    System.arraycopy(c, 0, scratch, 0, N * N);
    Arrays.sort(scratch, 0, N * N);
    float median = scratch[N * N / 2 - 1];
    long[] w = new long[4];
    for (int b = 0; b < N * N; b++) {
      if (c[b] > median) {
        w[b >>> 6] |= 1L << (b & 63);
      }
    }
    return new PdqHash(w[0], w[1], w[2], w[3]);
  }
}
