package eu.vigil.amplification.stats;

/**
 * Per-account exposure counts of one arm: how many of each account's items in the window were harmful.
 * The account is the resampling unit of every interval and test built on it.
 *
 * @param harmful harmful items per account
 * @param items items in the window per account ({@code K_a}), each at least {@code harmful[a]}
 */
public record AccountCounts(int[] harmful, int[] items) {

  /** Checks that the arrays are consistent. */
  public AccountCounts {
    if (harmful.length != items.length) {
      throw new IllegalArgumentException("harmful and items must have one entry per account");
    }
    for (int a = 0; a < items.length; a++) {
      if (harmful[a] < 0 || harmful[a] > items[a]) {
        throw new IllegalArgumentException("account " + a + ": harmful " + harmful[a]
            + " not in [0, " + items[a] + "]");
      }
    }
  }

  /** Number of accounts. */
  public int n() {
    return items.length;
  }

  /** Total items. */
  public long totalItems() {
    long s = 0;
    for (int m : items) {
      s += m;
    }
    return s;
  }

  /** Total harmful items. */
  public long totalHarmful() {
    long s = 0;
    for (int h : harmful) {
      s += h;
    }
    return s;
  }

  /** Pooled prevalence {@code Σh / Σm} (spec §2.8.1); NaN without items. */
  public double prevalence() {
    long m = totalItems();
    return m == 0 ? Double.NaN : (double) totalHarmful() / m;
  }

  /** Incidence: share of accounts with at least one harmful item (spec §2.8.3); NaN without accounts. */
  public double incidence() {
    if (n() == 0) {
      return Double.NaN;
    }
    int e = 0;
    for (int h : harmful) {
      if (h > 0) {
        e++;
      }
    }
    return (double) e / n();
  }

  /** Per-account shares {@code h_a / m_a} (accounts without items are skipped). */
  public double[] shares() {
    return java.util.stream.IntStream.range(0, n()).filter(a -> items[a] > 0)
        .mapToDouble(a -> (double) harmful[a] / items[a]).toArray();
  }

  /**
   * Cluster-robust standard error of the pooled prevalence (ratio estimator, linearised):
   * {@code sqrt(Σ(h_a − p m_a)² / (n(n−1) m̄²))}.
   */
  public double clusterStandardError() {
    int n = n();
    if (n < 2) {
      return Double.NaN;
    }
    double p = prevalence();
    double mbar = (double) totalItems() / n;
    double ss = 0;
    for (int a = 0; a < n; a++) {
      double r = harmful[a] - p * items[a];
      ss += r * r;
    }
    return Math.sqrt(ss / ((double) n * (n - 1) * mbar * mbar));
  }

  /** The concatenation of two arms' counts (used by permutation tests). */
  public static AccountCounts concat(AccountCounts a, AccountCounts b) {
    int[] h = new int[a.n() + b.n()];
    int[] m = new int[a.n() + b.n()];
    System.arraycopy(a.harmful, 0, h, 0, a.n());
    System.arraycopy(b.harmful, 0, h, a.n(), b.n());
    System.arraycopy(a.items, 0, m, 0, a.n());
    System.arraycopy(b.items, 0, m, a.n(), b.n());
    return new AccountCounts(h, m);
  }
}
