package eu.vigil.amplification.stats;

import java.util.Arrays;

/** Sample quantiles (type 7 of Hyndman and Fan, the R and NumPy default). */
public final class Quantiles {

  private Quantiles() {}

  /** Quantile {@code p} in [0, 1] of an ascending sorted array without NaN. */
  public static double ofSorted(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    if (sorted[lo] == sorted[hi]) {
      return sorted[lo];
    }
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * Two-sided percentile interval at {@code level} of the finite and infinite values of
   * {@code values} (NaN dropped); null if a bound is infinite or fewer than 2 values remain.
   */
  public static Interval percentileInterval(double[] values, double level) {
    double[] v = Arrays.stream(values).filter(d -> !Double.isNaN(d)).sorted().toArray();
    if (v.length < 2) {
      return null;
    }
    double a = (1 - level) / 2;
    double lo = ofSorted(v, a);
    double hi = ofSorted(v, 1 - a);
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      return null;
    }
    return new Interval(lo, hi);
  }
}
