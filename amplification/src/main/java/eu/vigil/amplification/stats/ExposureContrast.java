package eu.vigil.amplification.stats;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Treated-versus-baseline exposure contrast of one cell (spec §2.8.1-3, 8, 13): prevalence, exposure
 * ratio AR, difference Δ, Cohen's h and the Huszár-style reach ratio, with account-level bootstrap
 * percentile intervals (log scale for ratios) and a delta-method check.
 *
 * @param pTreat pooled treated prevalence
 * @param pBase pooled baseline prevalence
 * @param ratio AR = pTreat / pBase, not estimable when pBase = 0
 * @param difference Δ = pTreat − pBase
 * @param differenceCi bootstrap interval of Δ; null if degenerate
 * @param cohenH 2·asin√pTreat − 2·asin√pBase
 * @param qTreat treated incidence (share of accounts with ≥ 1 harmful item)
 * @param qBase baseline incidence
 * @param reachRatio qTreat / qBase, not estimable when qBase = 0
 * @param deltaMethodLogRatioSe cluster-robust delta-method SE of log AR; null if not estimable
 * @param baseUpperBound exact one-sided upper bound (Clopper-Pearson, items treated as independent) on
 *     the baseline prevalence, reported when pBase = 0; null otherwise
 * @param ratioLowerBound pTreat / baseUpperBound when pBase = 0; null otherwise
 * @param haldaneRatio AR with +0.5 added to both harmful counts, flagged as such, when pBase = 0
 */
public record ExposureContrast(double pTreat, double pBase, RatioEstimate ratio, double difference,
    @Nullable Interval differenceCi, double cohenH, double qTreat, double qBase, RatioEstimate reachRatio,
    @Nullable Double deltaMethodLogRatioSe, @Nullable Double baseUpperBound,
    @Nullable Double ratioLowerBound, @Nullable Double haldaneRatio) {

  /**
   * Estimates the contrast.
   *
   * @param b bootstrap replicates (spec default 2,000)
   * @param level confidence level, e.g. 0.95
   */
  public static ExposureContrast estimate(AccountCounts treat, AccountCounts base, int b, double level,
      RandomGenerator rng) {
    double pt = treat.prevalence();
    double pb = base.prevalence();
    double qt = treat.incidence();
    double qb = base.incidence();
    ClusterBootstrap.Replicates reps = ClusterBootstrap.resample(treat, base, b, rng);
    double[] logAr = new double[b];
    double[] diff = new double[b];
    double[] logReach = new double[b];
    for (int r = 0; r < b; r++) {
      logAr[r] = Math.log(reps.pTreat()[r]) - Math.log(reps.pBase()[r]);
      diff[r] = reps.pTreat()[r] - reps.pBase()[r];
      logReach[r] = Math.log(reps.qTreat()[r]) - Math.log(reps.qBase()[r]);
    }
    RatioEstimate ratio = ratio(pt, pb, logAr, level, "baseline prevalence is 0");
    RatioEstimate reach = ratio(qt, qb, logReach, level, "baseline incidence is 0");
    Double se = null;
    if (pt > 0 && pb > 0) {
      double st = treat.clusterStandardError() / pt;
      double sb = base.clusterStandardError() / pb;
      se = Math.sqrt(st * st + sb * sb);
      if (!Double.isFinite(se)) {
        se = null;
      }
    }
    Double upper = null;
    Double lowerRatio = null;
    Double haldane = null;
    if (pb == 0) {
      upper = ExactBounds.upperOneSided(0, base.totalItems(), level);
      lowerRatio = pt / upper;
      haldane = ((treat.totalHarmful() + 0.5) / (treat.totalItems() + 1.0))
          / ((base.totalHarmful() + 0.5) / (base.totalItems() + 1.0));
    }
    return new ExposureContrast(pt, pb, ratio, pt - pb, Quantiles.percentileInterval(diff, level),
        2 * Math.asin(Math.sqrt(pt)) - 2 * Math.asin(Math.sqrt(pb)), qt, qb, reach, se, upper,
        lowerRatio, haldane);
  }

  private static RatioEstimate ratio(double num, double den, double[] logReplicates, double level,
      String reason) {
    if (!(den > 0)) {
      return new RatioEstimate.NotEstimable(reason);
    }
    Interval logCi = Quantiles.percentileInterval(logReplicates, level);
    Interval ci = logCi == null ? null : new Interval(Math.exp(logCi.lower()), Math.exp(logCi.upper()));
    return new RatioEstimate.Estimated(num / den, ci);
  }

  /** Delta-method (Wald) interval of AR from {@link #deltaMethodLogRatioSe()}; null if not estimable. */
  public @Nullable Interval deltaMethodInterval(double level) {
    if (deltaMethodLogRatioSe == null || !(pBase > 0) || !(pTreat > 0)) {
      return null;
    }
    double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
    double log = Math.log(pTreat / pBase);
    return new Interval(Math.exp(log - z * deltaMethodLogRatioSe), Math.exp(log + z * deltaMethodLogRatioSe));
  }
}
