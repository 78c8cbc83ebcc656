package eu.vigil.amplification.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Sample size and minimum detectable exposure ratio for a two-arm prevalence comparison with clustered
 * items (spec §2.8.12): {@code n_items = (z_{1−α/2} + z_{power})² [p_b(1−p_b) + p_t(1−p_t)] / (p_t − p_b)²}
 * per arm, inflated by the design effect {@code 1 + (K − 1)·ICC}.
 */
public final class Power {

  private static final NormalDistribution NORMAL = new NormalDistribution();

  private Power() {}

  /** Items needed per arm without clustering. */
  public static double itemsPerArm(double pBase, double pTreat, double alpha, double power) {
    double z = NORMAL.inverseCumulativeProbability(1 - alpha / 2) + NORMAL.inverseCumulativeProbability(power);
    double d = pTreat - pBase;
    return z * z * (pBase * (1 - pBase) + pTreat * (1 - pTreat)) / (d * d);
  }

  /** Design effect {@code 1 + (K − 1)·ICC}. */
  public static double designEffect(int k, double icc) {
    return 1 + (k - 1) * icc;
  }

  /** Accounts needed per arm with {@code k} items each and intra-class correlation {@code icc}. */
  public static double accountsPerArm(double pBase, double pTreat, int k, double icc, double alpha,
      double power) {
    return itemsPerArm(pBase, pTreat, alpha, power) * designEffect(k, icc) / k;
  }

  /**
   * Smallest AR > 1 detectable with {@code accountsPerArm} accounts per arm (bisection on p_t);
   * {@code Double.NaN} if even p_t = 1 is not detectable.
   */
  public static double minimumDetectableRatio(double pBase, int accountsPerArm, int k, double icc,
      double alpha, double power) {
    double lo = pBase;
    double hi = 1.0;
    if (accountsPerArm(pBase, hi, k, icc, alpha, power) > accountsPerArm) {
      return Double.NaN;
    }
    for (int i = 0; i < 100; i++) {
      double mid = (lo + hi) / 2;
      if (accountsPerArm(pBase, mid, k, icc, alpha, power) > accountsPerArm) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi / pBase;
  }
}
