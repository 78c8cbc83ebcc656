package eu.vigil.amplification.stats;

import org.apache.commons.math3.distribution.BetaDistribution;

/** Exact (Clopper-Pearson) binomial bounds. */
public final class ExactBounds {

  private ExactBounds() {}

  /**
   * Exact one-sided upper confidence bound on a proportion after {@code x} successes in {@code n}
   * trials: the {@code level} quantile of Beta(x + 1, n − x); 1 when x = n; {@code 1 − (1−level)^(1/n)}
   * when x = 0.
   */
  public static double upperOneSided(long x, long n, double level) {
    if (n <= 0) {
      return 1;
    }
    if (x >= n) {
      return 1;
    }
    if (x == 0) {
      return 1 - Math.pow(1 - level, 1.0 / n);
    }
    return new BetaDistribution(x + 1.0, (double) (n - x)).inverseCumulativeProbability(level);
  }
}
