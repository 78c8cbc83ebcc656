package eu.vigil.amplification.analysis;

import eu.vigil.amplification.stats.AccountCounts;
import eu.vigil.amplification.stats.Interval;
import eu.vigil.amplification.stats.KaplanMeier;
import eu.vigil.amplification.stats.Trajectory;
import eu.vigil.amplification.taxonomy.LabelCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.commons.math3.distribution.NormalDistribution;

/** Per-arm measures computed from account feeds: window counts, depth curves, slopes, survival. */
final class FeedMeasures {

  private FeedMeasures() {}

  /** Window counts of the feeds that pass {@code filter}, first {@code k} items. */
  static AccountCounts counts(List<AccountFeed> feeds, int k, Predicate<AccountFeed> filter) {
    List<AccountFeed> f = feeds.stream().filter(filter).toList();
    int[] h = new int[f.size()];
    int[] m = new int[f.size()];
    for (int a = 0; a < f.size(); a++) {
      h[a] = f.get(a).harmfulIn(k);
      m[a] = f.get(a).window(k);
    }
    return new AccountCounts(h, m);
  }

  /** Window counts over human-labelled items only. */
  static AccountCounts humanCounts(List<AccountFeed> feeds, int k) {
    int[] h = new int[feeds.size()];
    int[] m = new int[feeds.size()];
    for (int a = 0; a < feeds.size(); a++) {
      h[a] = feeds.get(a).harmfulIn(k, false);
      m[a] = feeds.get(a).itemsIn(k, false);
    }
    return new AccountCounts(h, m);
  }

  /** Prevalence by step with a cluster-robust normal interval. */
  static List<CellResult.DepthPoint> depthCurve(List<AccountFeed> feeds, double level) {
    TreeMap<Integer, List<int[]>> byStep = new TreeMap<>();
    for (AccountFeed f : feeds) {
      TreeMap<Integer, int[]> own = new TreeMap<>();
      for (int i = 0; i < f.length(); i++) {
        int[] c = own.computeIfAbsent(f.steps()[i], s -> new int[2]);
        c[0] += f.harmful()[i] ? 1 : 0;
        c[1]++;
      }
      own.forEach((s, c) -> byStep.computeIfAbsent(s, x -> new ArrayList<>()).add(c));
    }
    double z = new NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
    List<CellResult.DepthPoint> points = new ArrayList<>();
    for (var e : byStep.entrySet()) {
      List<int[]> cs = e.getValue();
      int[] h = new int[cs.size()];
      int[] m = new int[cs.size()];
      for (int a = 0; a < cs.size(); a++) {
        h[a] = cs.get(a)[0];
        m[a] = cs.get(a)[1];
      }
      AccountCounts c = new AccountCounts(h, m);
      double p = c.prevalence();
      double se = c.clusterStandardError();
      Interval ci = Double.isFinite(se)
          ? new Interval(Math.max(0, p - z * se), Math.min(1, p + z * se)) : null;
      points.add(new CellResult.DepthPoint(e.getKey(), cs.size(), p, ci));
    }
    return points;
  }

  /** Per-account OLS slopes of the harmful indicator on step (NaN where steps do not vary). */
  static double[] slopes(List<AccountFeed> feeds) {
    return feeds.stream().mapToDouble(f -> f.length() < 2 ? Double.NaN
        : Trajectory.slope(f.steps(), f.harmful())).toArray();
  }

  /** Time-to-first-exposure observations: first harmful step, or censored at the last step. */
  static List<KaplanMeier.Observation> survival(List<AccountFeed> feeds) {
    List<KaplanMeier.Observation> obs = new ArrayList<>();
    for (AccountFeed f : feeds) {
      int first = f.firstExposureStep();
      obs.add(first >= 0 ? new KaplanMeier.Observation(first, true)
          : new KaplanMeier.Observation(f.lastStep(), false));
    }
    return obs;
  }

  /** Counts of each label among the first {@code k} items. */
  static Map<LabelCode, Integer> labelMix(List<AccountFeed> feeds, int k) {
    Map<LabelCode, Integer> mix = new EnumMap<>(LabelCode.class);
    for (AccountFeed f : feeds) {
      for (int i = 0; i < f.window(k); i++) {
        mix.merge(f.labels()[i], 1, Integer::sum);
      }
    }
    return mix;
  }

  /** Mean slant of all impressions with a known slant; NaN if none. */
  static double meanSlant(List<AccountFeed> feeds) {
    double s = 0;
    int n = 0;
    for (AccountFeed f : feeds) {
      for (double v : f.slants()) {
        if (!Double.isNaN(v)) {
          s += v;
          n++;
        }
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /**
   * One-way ANOVA estimate of the intra-class correlation of the harmful indicator within accounts,
   * clipped to [0, 1]; NaN with fewer than 2 accounts or no variation.
   */
  static double icc(AccountCounts c) {
    int n = c.n();
    long total = c.totalItems();
    if (n < 2 || total <= n) {
      return Double.NaN;
    }
    double p = c.prevalence();
    double ssb = 0;
    double ssw = 0;
    double sumM2 = 0;
    for (int a = 0; a < n; a++) {
      int m = c.items()[a];
      if (m == 0) {
        continue;
      }
      double pa = (double) c.harmful()[a] / m;
      ssb += m * (pa - p) * (pa - p);
      ssw += m * pa * (1 - pa);
      sumM2 += (double) m * m;
    }
    double msb = ssb / (n - 1);
    double msw = ssw / (total - n);
    double m0 = (total - sumM2 / total) / (n - 1);
    double denom = msb + (m0 - 1) * msw;
    if (denom <= 0) {
      return Double.NaN;
    }
    return Math.clamp((msb - msw) / denom, 0.0, 1.0);
  }
}
