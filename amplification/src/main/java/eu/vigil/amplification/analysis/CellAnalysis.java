package eu.vigil.amplification.analysis;

import eu.vigil.amplification.stats.AccountCounts;
import eu.vigil.amplification.stats.ExposureContrast;
import eu.vigil.amplification.stats.KaplanMeier;
import eu.vigil.amplification.stats.PermutationTest;
import eu.vigil.amplification.stats.Power;
import eu.vigil.amplification.stats.Seeds;
import eu.vigil.amplification.stats.Trajectory;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.jspecify.annotations.Nullable;

/**
 * Computes the {@link CellResult} of one cell from its treated and baseline feeds. Each estimate draws
 * from its own random stream derived from the run seed and the cell id, so results do not depend on
 * the order in which cells are analysed.
 */
public final class CellAnalysis {

  private static final double POWER_ALPHA = 0.05;
  private static final double POWER = 0.8;

  private CellAnalysis() {}

  static CellResult analyse(CellKey key, List<AccountFeed> treat, List<AccountFeed> base, AnalysisConfig cfg) {
    int k = cfg.k();
    String id = key.id();
    int b = cfg.bootstrapReplicates();
    double level = cfg.ciLevel();
    AccountCounts ct = FeedMeasures.counts(treat, k, f -> true);
    AccountCounts cb = FeedMeasures.counts(base, k, f -> true);

    ExposureContrast contrast = ExposureContrast.estimate(ct, cb, b, level, Seeds.stream(cfg.seed(), id + "#ci"));
    double perm = PermutationTest.logRatio(ct, cb, cfg.permutations(), Seeds.stream(cfg.seed(), id + "#perm"));
    double wilcoxon = ct.n() > 0 && cb.n() > 0
        ? new MannWhitneyUTest().mannWhitneyUTest(ct.shares(), cb.shares()) : Double.NaN;

    Trajectory slopeT = Trajectory.fromSlopes(FeedMeasures.slopes(treat), b, level,
        Seeds.stream(cfg.seed(), id + "#slope-t"));
    Trajectory slopeB = Trajectory.fromSlopes(FeedMeasures.slopes(base), b, level,
        Seeds.stream(cfg.seed(), id + "#slope-b"));
    List<KaplanMeier.Observation> survT = FeedMeasures.survival(treat);
    List<KaplanMeier.Observation> survB = FeedMeasures.survival(base);

    int shortFeeds = (int) java.util.stream.Stream.concat(treat.stream(), base.stream())
        .filter(f -> f.length() < k).count();
    CellResult.Curves curves = new CellResult.Curves(FeedMeasures.depthCurve(treat, level),
        FeedMeasures.depthCurve(base, level), KaplanMeier.curve(survT), KaplanMeier.curve(survB),
        ct.shares(), cb.shares(), FeedMeasures.labelMix(treat, k), FeedMeasures.labelMix(base, k));

    return new CellResult(key, cfg.baselineArm(), cfg.primaryContrasts().contains(id), ct.n(), cb.n(),
        ct.totalItems(), cb.totalItems(), shortFeeds, contrast, perm, wilcoxon, Double.NaN, null,
        LabelCorrections.of(treat, base, cfg, Seeds.stream(cfg.seed(), id + "#labels")), slopeT, slopeB,
        KaplanMeier.logRankP(survT, survB), slant(key, treat, base), power(ct, cb, cfg),
        sensitivity(treat, base, k), curves);
  }

  private static CellResult.SlantSummary slant(CellKey key, List<AccountFeed> treat, List<AccountFeed> base) {
    double t = FeedMeasures.meanSlant(treat);
    double b = FeedMeasures.meanSlant(base);
    Integer sign = ideologySign(key.ideology());
    return new CellResult.SlantSummary(finite(t), finite(b),
        sign == null || Double.isNaN(t) ? null : t * sign);
  }

  /** +1 for right-leaning, −1 for left-leaning ideology seeds, the sign of a numeric seed, else null. */
  static @Nullable Integer ideologySign(String ideology) {
    String s = ideology.toLowerCase(Locale.ROOT);
    try {
      double d = Double.parseDouble(s);
      return d == 0 ? null : (int) Math.signum(d);
    } catch (NumberFormatException e) {
      if (s.contains("right") || s.contains("conservative") || s.equals("vrwe")) {
        return 1;
      }
      if (s.contains("left") || s.contains("liberal")) {
        return -1;
      }
      return null;
    }
  }

  private static CellResult.PowerSummary power(AccountCounts ct, AccountCounts cb,
      AnalysisConfig cfg) {
    double icc = cfg.assumedIcc() != null ? cfg.assumedIcc() : FeedMeasures.icc(cb);
    boolean estimated = cfg.assumedIcc() == null;
    if (Double.isNaN(icc)) {
      icc = 0;
    }
    double pb = cb.prevalence();
    int n = Math.min(ct.n(), cb.n());
    Double mdr = null;
    if (pb > 0 && pb < 1 && n > 1) {
      mdr = finite(Power.minimumDetectableRatio(pb, n, cfg.k(), icc, POWER_ALPHA, POWER));
    }
    return new CellResult.PowerSummary(icc, estimated, Power.designEffect(cfg.k(), icc), mdr);
  }

  private static CellResult.Sensitivity sensitivity(List<AccountFeed> treat, List<AccountFeed> base, int k) {
    TreeMap<Integer, @Nullable Double> byK = new TreeMap<>();
    for (int kk : new int[] {10, 20, 30}) {
      byK.put(kk, pointRatio(FeedMeasures.counts(treat, kk, f -> true), FeedMeasures.counts(base, kk, f -> true)));
    }
    return new CellResult.Sensitivity(byK,
        pointRatio(FeedMeasures.humanCounts(treat, k), FeedMeasures.humanCounts(base, k)),
        pointRatio(FeedMeasures.counts(treat, k, f -> f.account().loggedIn()),
            FeedMeasures.counts(base, k, f -> f.account().loggedIn())),
        pointRatio(FeedMeasures.counts(treat, k, f -> !f.account().loggedIn()),
            FeedMeasures.counts(base, k, f -> !f.account().loggedIn())));
  }

  private static @Nullable Double pointRatio(AccountCounts t, AccountCounts b) {
    double pb = b.prevalence();
    double pt = t.prevalence();
    return pb > 0 && Double.isFinite(pt) ? pt / pb : null;
  }

  private static @Nullable Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }
}
