package eu.vigil.amplification.stats;

import java.util.random.RandomGenerator;

/**
 * Permutation test of H0: AR = 1 (spec §2.8.9): arm labels are shuffled across accounts and the
 * two-sided statistic |log AR| recomputed. A permutation whose AR is not finite counts as at least as
 * extreme as any finite observation. The p-value is {@code (1 + #{T* ≥ T}) / (1 + P)}.
 */
public final class PermutationTest {

  private PermutationTest() {}

  /** Two-sided permutation p-value of |log AR| with {@code permutations} random relabellings. */
  public static double logRatio(AccountCounts treat, AccountCounts base, int permutations,
      RandomGenerator rng) {
    double observed = statistic(treat.totalHarmful(), treat.totalItems(), base.totalHarmful(),
        base.totalItems());
    if (Double.isNaN(observed)) {
      return 1.0;
    }
    AccountCounts all = AccountCounts.concat(treat, base);
    int n = all.n();
    int nt = treat.n();
    int[] h = all.harmful().clone();
    int[] m = all.items().clone();
    long totalH = all.totalHarmful();
    long totalM = all.totalItems();
    int atLeast = 0;
    for (int p = 0; p < permutations; p++) {
      long sh = 0;
      long sm = 0;
      for (int i = 0; i < nt; i++) { // partial Fisher-Yates: the first nt become "treated"
        int j = i + rng.nextInt(n - i);
        int th = h[i];
        h[i] = h[j];
        h[j] = th;
        int tm = m[i];
        m[i] = m[j];
        m[j] = tm;
        sh += h[i];
        sm += m[i];
      }
      double t = statistic(sh, sm, totalH - sh, totalM - sm);
      if (Double.isNaN(t) || t >= observed - 1e-12) {
        atLeast++;
      }
    }
    return (1.0 + atLeast) / (1.0 + permutations);
  }

  private static double statistic(long ht, long mt, long hb, long mb) {
    if (mt == 0 || mb == 0 || (ht == 0 && hb == 0)) {
      return ht == 0 && hb == 0 ? 0.0 : Double.NaN;
    }
    if (ht == 0 || hb == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.abs(Math.log(((double) ht / mt) / ((double) hb / mb)));
  }
}
