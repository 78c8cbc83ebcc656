package eu.vigil.amplification.analysis;

import eu.vigil.amplification.stats.Interval;
import eu.vigil.amplification.stats.Quantiles;
import eu.vigil.amplification.stats.RatioEstimate;
import eu.vigil.amplification.stats.RoganGladen;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGeneratorFactory;
import org.jspecify.annotations.Nullable;

/**
 * Human-only and Rogan-Gladen-corrected prevalence of a cell (spec §2.8.11). The model-labelled part
 * of each arm's window is corrected, the human-labelled part is kept; the bootstrap resamples accounts
 * and, when a validation size is configured, draws Se and Sp from Beta(x + 1, n − x + 1).
 */
final class LabelCorrections {

  private LabelCorrections() {}

  static CellResult.@Nullable LabelCorrection of(List<AccountFeed> treat, List<AccountFeed> base,
      AnalysisConfig cfg, SplittableRandom rng) {
    int k = cfg.k();
    long[] t = totals(treat, k);
    long[] b = totals(base, k);
    long model = t[3] + b[3];
    long all = t[1] + t[3] + b[1] + b[3];
    if (model == 0 || all == 0) {
      return null;
    }
    Double humanT = t[1] == 0 ? null : (double) t[0] / t[1];
    Double humanB = b[1] == 0 ? null : (double) b[0] / b[1];
    if (cfg.sensitivity() == null) {
      return new CellResult.LabelCorrection((double) model / all, humanT, humanB, null, null, null);
    }
    double se = cfg.sensitivity();
    double sp = cfg.specificity();
    double pt = corrected(t, se, sp);
    double pb = corrected(b, se, sp);
    int[][] at = perAccount(treat, k);
    int[][] ab = perAccount(base, k);
    BetaDistribution seDraw = null;
    BetaDistribution spDraw = null;
    if (cfg.validationSize() != null) {
      var src = RandomGeneratorFactory.createRandomGenerator(new java.util.Random(rng.nextLong()));
      int n = cfg.validationSize();
      seDraw = new BetaDistribution(src, se * n + 1, (1 - se) * n + 1);
      spDraw = new BetaDistribution(src, sp * n + 1, (1 - sp) * n + 1);
    }
    int reps = cfg.bootstrapReplicates();
    double[] logs = new double[reps];
    for (int r = 0; r < reps; r++) {
      double seR = seDraw == null ? se : seDraw.sample();
      double spR = spDraw == null ? sp : spDraw.sample();
      if (seR + spR <= 1) {
        logs[r] = Double.NaN;
        continue;
      }
      logs[r] = Math.log(corrected(resample(at, rng), seR, spR)) - Math.log(corrected(resample(ab, rng), seR, spR));
    }
    RatioEstimate ratio;
    if (pb > 0) {
      Interval log = Quantiles.percentileInterval(logs, cfg.ciLevel());
      ratio = new RatioEstimate.Estimated(pt / pb,
          log == null ? null : new Interval(Math.exp(log.lower()), Math.exp(log.upper())));
    } else {
      ratio = new RatioEstimate.NotEstimable("corrected baseline prevalence is 0");
    }
    return new CellResult.LabelCorrection((double) model / all, humanT, humanB, pt, pb, ratio);
  }

  /** {hHuman, mHuman, hModel, mModel}. */
  private static long[] totals(List<AccountFeed> feeds, int k) {
    long[] s = new long[4];
    for (int[] a : perAccount(feeds, k)) {
      for (int i = 0; i < 4; i++) {
        s[i] += a[i];
      }
    }
    return s;
  }

  private static int[][] perAccount(List<AccountFeed> feeds, int k) {
    int[][] a = new int[feeds.size()][];
    for (int i = 0; i < a.length; i++) {
      AccountFeed f = feeds.get(i);
      a[i] = new int[] {f.harmfulIn(k, false), f.itemsIn(k, false), f.harmfulIn(k, true), f.itemsIn(k, true)};
    }
    return a;
  }

  private static long[] resample(int[][] accounts, SplittableRandom rng) {
    long[] s = new long[4];
    for (int i = 0; i < accounts.length; i++) {
      int[] a = accounts[rng.nextInt(accounts.length)];
      for (int j = 0; j < 4; j++) {
        s[j] += a[j];
      }
    }
    return s;
  }

  private static double corrected(long[] s, double se, double sp) {
    long m = s[1] + s[3];
    if (m == 0) {
      return Double.NaN;
    }
    double modelPart = s[3] == 0 ? 0 : RoganGladen.correct((double) s[2] / s[3], se, sp) * s[3];
    return (s[0] + modelPart) / m;
  }
}
