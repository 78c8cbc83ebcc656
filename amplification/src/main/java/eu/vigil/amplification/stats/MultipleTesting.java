package eu.vigil.amplification.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Multiplicity adjustment (spec §2.8.10): Benjamini-Hochberg q-values for exploratory grids, Holm
 * adjusted p-values for pre-registered primary contrasts. NaN p-values stay NaN and do not count
 * towards the number of tests.
 */
public final class MultipleTesting {

  private MultipleTesting() {}

  /** Benjamini-Hochberg step-up adjusted p-values (q-values), in input order. */
  public static double[] benjaminiHochberg(double[] p) {
    Integer[] order = finiteOrder(p);
    int m = order.length;
    double[] q = new double[p.length];
    Arrays.fill(q, Double.NaN);
    double min = 1.0;
    for (int k = m - 1; k >= 0; k--) {
      int i = order[k];
      min = Math.min(min, p[i] * ((double) m / (k + 1))); // factor ≥ 1, so q ≥ p exactly
      q[i] = Math.min(1.0, min);
    }
    return q;
  }

  /** Holm step-down adjusted p-values, in input order. */
  public static double[] holm(double[] p) {
    Integer[] order = finiteOrder(p);
    int m = order.length;
    double[] adj = new double[p.length];
    Arrays.fill(adj, Double.NaN);
    double max = 0.0;
    for (int k = 0; k < m; k++) {
      int i = order[k];
      max = Math.max(max, Math.min(1.0, p[i] * (m - k)));
      adj[i] = max;
    }
    return adj;
  }

  private static Integer[] finiteOrder(double[] p) {
    for (double v : p) {
      if (v < 0 || v > 1) {
        throw new IllegalArgumentException("p-values must be in [0, 1], got " + v);
      }
    }
    return IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
        .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
  }
}
