package eu.vigil.amplification.stats;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.jspecify.annotations.Nullable;

/**
 * Counterfactual-pair effect τ̂ = mean over pairs of (Y_cf − Y_ctrl) (Hosseinmardi et al.; spec
 * §2.8.7), with a paired bootstrap interval, a paired t-test and a Wilcoxon signed-rank test.
 *
 * @param pairs number of pairs
 * @param tau mean difference
 * @param ci paired bootstrap percentile interval; null with fewer than 2 pairs
 * @param tTestP two-sided paired t-test p-value; NaN with fewer than 2 pairs or no variance
 * @param wilcoxonP two-sided Wilcoxon signed-rank p-value (exact for up to 16 pairs, normal approximation above); NaN if undefined
 */
public record PairedEffect(int pairs, double tau, @Nullable Interval ci, double tTestP, double wilcoxonP) {

  /** Estimates the effect from per-pair outcomes. */
  public static PairedEffect estimate(double[] counterfactual, double[] control, int b, double level,
      RandomGenerator rng) {
    int n = counterfactual.length;
    if (n != control.length) {
      throw new IllegalArgumentException("one outcome per pair and arm is required");
    }
    double[] d = new double[n];
    double s = 0;
    boolean varies = false;
    for (int i = 0; i < n; i++) {
      d[i] = counterfactual[i] - control[i];
      s += d[i];
      varies |= i > 0 && d[i] != d[0];
    }
    double tau = n == 0 ? Double.NaN : s / n;
    Interval ci = n < 2 ? null : Quantiles.percentileInterval(ClusterBootstrap.means(d, b, rng), level);
    double t = n < 2 || !varies ? Double.NaN : new TTest().pairedTTest(counterfactual, control);
    double w = Double.NaN;
    boolean anyNonZero = false;
    for (double x : d) {
      anyNonZero |= x != 0;
    }
    if (n >= 2 && anyNonZero) {
      w = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(counterfactual, control, n <= 16);
    }
    return new PairedEffect(n, tau, ci, t, w);
  }
}
