package eu.vigil.amplification.stats;

import java.util.random.RandomGenerator;

/**
 * Account-level (cluster) bootstrap stratified by arm (spec §2.8.8): each replicate draws
 * {@code n_t} treated and {@code n_b} baseline accounts with replacement and recomputes the pooled
 * prevalence and the incidence of both arms.
 */
public final class ClusterBootstrap {

  private ClusterBootstrap() {}

  /**
   * Bootstrap replicates of prevalence and incidence of two arms.
   *
   * @param pTreat treated prevalence per replicate
   * @param pBase baseline prevalence per replicate
   * @param qTreat treated incidence per replicate
   * @param qBase baseline incidence per replicate
   */
  public record Replicates(double[] pTreat, double[] pBase, double[] qTreat, double[] qBase) {}

  /** Draws {@code b} replicates from {@code rng}. */
  public static Replicates resample(AccountCounts treat, AccountCounts base, int b, RandomGenerator rng) {
    double[] pt = new double[b];
    double[] pb = new double[b];
    double[] qt = new double[b];
    double[] qb = new double[b];
    double[] out = new double[2];
    for (int r = 0; r < b; r++) {
      draw(treat, rng, out);
      pt[r] = out[0];
      qt[r] = out[1];
      draw(base, rng, out);
      pb[r] = out[0];
      qb[r] = out[1];
    }
    return new Replicates(pt, pb, qt, qb);
  }

  /** One resample of an arm: {@code out[0]} = prevalence, {@code out[1]} = incidence. */
  static void draw(AccountCounts arm, RandomGenerator rng, double[] out) {
    int n = arm.n();
    int[] h = arm.harmful();
    int[] m = arm.items();
    long sh = 0;
    long sm = 0;
    int exposed = 0;
    for (int i = 0; i < n; i++) {
      int a = rng.nextInt(n);
      sh += h[a];
      sm += m[a];
      if (h[a] > 0) {
        exposed++;
      }
    }
    out[0] = sm == 0 ? Double.NaN : (double) sh / sm;
    out[1] = (double) exposed / n;
  }

  /** Bootstrap of the mean of per-unit values (e.g. per-account slopes or per-pair differences). */
  public static double[] means(double[] values, int b, RandomGenerator rng) {
    int n = values.length;
    double[] means = new double[b];
    for (int r = 0; r < b; r++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += values[rng.nextInt(n)];
      }
      means[r] = s / n;
    }
    return means;
  }
}
