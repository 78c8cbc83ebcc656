package eu.vigil.amplification.analysis;

import eu.vigil.amplification.data.Aggregate;
import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.DataSet;
import eu.vigil.amplification.stats.PairedEffect;
import eu.vigil.amplification.stats.ReachRatio;
import eu.vigil.amplification.stats.Seeds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counterfactual pairs (cf_bot vs ctrl_bot) and reach from platform aggregates. */
final class PairedAnalysis {

  private PairedAnalysis() {}

  /** One paired effect per counterfactual cell and outcome (prevalence; slant where known). */
  static List<SideResults.PairedResult> pairs(List<AccountFeed> feeds, AnalysisConfig cfg) {
    Map<String, AccountFeed> controls = new HashMap<>();
    for (AccountFeed f : feeds) {
      if (f.account().arm() == Arm.CTRL_BOT && f.account().pairId() != null) {
        controls.put(f.account().pairId() + "\u0000" + f.surface(), f);
      }
    }
    Map<CellKey, List<AccountFeed[]>> byCell = new TreeMap<>();
    for (AccountFeed f : feeds) {
      if (f.account().arm() == Arm.CF_BOT && f.account().pairId() != null) {
        AccountFeed ctrl = controls.get(f.account().pairId() + "\u0000" + f.surface());
        if (ctrl != null) {
          byCell.computeIfAbsent(AmplificationAnalysis.keyOf(f.account(), f.surface()), k -> new ArrayList<>())
              .add(new AccountFeed[] {f, ctrl});
        }
      }
    }
    List<SideResults.PairedResult> out = new ArrayList<>();
    int k = cfg.k();
    for (var e : byCell.entrySet()) {
      List<AccountFeed[]> pairs = e.getValue();
      double[] cf = new double[pairs.size()];
      double[] ctrl = new double[pairs.size()];
      for (int i = 0; i < pairs.size(); i++) {
        cf[i] = share(pairs.get(i)[0], k);
        ctrl[i] = share(pairs.get(i)[1], k);
      }
      out.add(new SideResults.PairedResult(e.getKey(), "prevalence", PairedEffect.estimate(cf, ctrl,
          cfg.bootstrapReplicates(), cfg.ciLevel(), Seeds.stream(cfg.seed(), e.getKey().id() + "#pairs"))));
      List<double[]> slants = new ArrayList<>();
      for (AccountFeed[] p : pairs) {
        double a = FeedMeasures.meanSlant(List.of(p[0]));
        double b = FeedMeasures.meanSlant(List.of(p[1]));
        if (!Double.isNaN(a) && !Double.isNaN(b)) {
          slants.add(new double[] {a, b});
        }
      }
      if (!slants.isEmpty()) {
        out.add(new SideResults.PairedResult(e.getKey(), "slant", PairedEffect.estimate(
            slants.stream().mapToDouble(s -> s[0]).toArray(), slants.stream().mapToDouble(s -> s[1]).toArray(),
            cfg.bootstrapReplicates(), cfg.ciLevel(), Seeds.stream(cfg.seed(), e.getKey().id() + "#pairs-slant"))));
      }
    }
    return out;
  }

  private static double share(AccountFeed f, int k) {
    int w = f.window(k);
    return w == 0 ? 0 : (double) f.harmfulIn(k) / w;
  }

  /**
   * Reach ratio per content set: {@code treat} against the configured baseline arm, else
   * {@code chrono}, else any other arm present for the set.
   */
  static List<SideResults.ReachResult> reach(DataSet data, AnalysisConfig cfg) {
    Map<String, Map<Arm, Aggregate>> bySet = new TreeMap<>();
    for (Aggregate a : data.aggregates()) {
      bySet.computeIfAbsent(a.setId(), s -> new TreeMap<>()).put(a.arm(), a);
    }
    List<SideResults.ReachResult> out = new ArrayList<>();
    for (var e : bySet.entrySet()) {
      Map<Arm, Aggregate> arms = e.getValue();
      Aggregate t = arms.get(Arm.TREAT);
      Aggregate c = arms.get(cfg.baselineArm());
      if (c == null) {
        c = arms.get(Arm.CHRONO);
      }
      if (c == null) {
        c = arms.entrySet().stream().filter(x -> x.getKey() != Arm.TREAT).map(Map.Entry::getValue)
            .findFirst().orElse(null);
      }
      if (t == null || c == null) {
        continue;
      }
      out.add(new SideResults.ReachResult(e.getKey(), t.window(), t.arm(), c.arm(), t.nUsers(), t.nReached(),
          c.nUsers(), c.nReached(), ReachRatio.fromAggregates(t.nReached(), t.nUsers(), c.nReached(),
              c.nUsers(), cfg.bootstrapReplicates(), cfg.ciLevel(), Seeds.stream(cfg.seed(), "reach#" + e.getKey()))));
    }
    return out;
  }
}
