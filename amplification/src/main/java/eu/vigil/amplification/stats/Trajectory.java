package eu.vigil.amplification.stats;

import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Rabbit-hole trajectory slope (spec §2.8.4, per-account variant): the OLS slope of the harmful
 * indicator on step for each account, their mean, and a bootstrap interval over accounts.
 *
 * @param accounts accounts with at least two distinct steps
 * @param meanSlope mean per-account slope (change of prevalence per step)
 * @param ci bootstrap percentile interval of the mean slope; null with fewer than 2 accounts
 */
public record Trajectory(int accounts, double meanSlope, @Nullable Interval ci) {

  /** OLS slope of {@code y} on {@code step}; NaN when the steps do not vary. */
  public static double slope(int[] step, boolean[] y) {
    int n = step.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += step[i];
      my += y[i] ? 1 : 0;
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      double dx = step[i] - mx;
      sxy += dx * ((y[i] ? 1 : 0) - my);
      sxx += dx * dx;
    }
    return sxx == 0 ? Double.NaN : sxy / sxx;
  }

  /** Mean of the finite per-account slopes with a bootstrap interval. */
  public static Trajectory fromSlopes(double[] perAccountSlopes, int b, double level, RandomGenerator rng) {
    double[] s = java.util.Arrays.stream(perAccountSlopes).filter(Double::isFinite).toArray();
    if (s.length == 0) {
      return new Trajectory(0, Double.NaN, null);
    }
    double mean = java.util.Arrays.stream(s).average().orElse(Double.NaN);
    Interval ci = s.length < 2 ? null : Quantiles.percentileInterval(ClusterBootstrap.means(s, b, rng), level);
    return new Trajectory(s.length, mean, ci);
  }
}
