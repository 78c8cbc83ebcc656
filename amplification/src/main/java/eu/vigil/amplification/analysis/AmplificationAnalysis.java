package eu.vigil.amplification.analysis;

import eu.vigil.amplification.data.Account;
import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.DataSet;
import eu.vigil.amplification.stats.MultipleTesting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the analysis of spec §6.2 on a data set: builds the cells, analyses them (in parallel, with
 * results independent of the thread schedule), adjusts for multiplicity and adds the side results
 * (pairs, aggregates, reliability, DSA roll-up).
 */
public final class AmplificationAnalysis {

  /** Receives progress while cells are analysed (e.g. for a CLI progress bar). */
  @FunctionalInterface
  public interface ProgressListener {
    /** Called after each cell; {@code done} of {@code total}, from any thread. */
    void cellDone(int done, int total);
  }

  private AmplificationAnalysis() {}

  /** Analyses {@code data} without progress reporting. */
  public static AnalysisResult run(DataSet data, AnalysisConfig cfg) {
    return run(data, cfg, (d, t) -> {});
  }

  /** Analyses {@code data}, reporting progress per cell. */
  public static AnalysisResult run(DataSet data, AnalysisConfig cfg, ProgressListener progress) {
    List<AccountFeed> feeds = FeedIndex.feeds(data, cfg.harmful());
    List<String> warnings = new ArrayList<>();
    Map<CellKey, List<AccountFeed>> treated = new TreeMap<>();
    Map<String, List<AccountFeed>> baselines = new HashMap<>();
    for (AccountFeed f : feeds) {
      Account a = f.account();
      if (a.arm() == Arm.TREAT) {
        treated.computeIfAbsent(keyOf(a, f.surface()), k -> new ArrayList<>()).add(f);
      } else if (a.arm() == cfg.baselineArm()) {
        baselines.computeIfAbsent(matchKey(a.platform(), a.market(), a.language(), f.surface()),
            k -> new ArrayList<>()).add(f);
      }
    }
    record Plan(CellKey key, List<AccountFeed> treat, List<AccountFeed> base) {}
    List<Plan> plans = new ArrayList<>();
    for (var e : treated.entrySet()) {
      CellKey k = e.getKey();
      List<AccountFeed> base = baselines.getOrDefault(matchKey(k.platform(), k.market(), k.language(),
          k.surface()), List.of()).stream().filter(f -> f.account().ideologySeed() == null
              || f.account().ideologySeed().equals(k.ideology())).toList();
      if (base.isEmpty()) {
        warnings.add("cell " + k.id() + " skipped: no " + cfg.baselineArm().id() + " accounts on the same "
            + "platform, market, language and surface");
        continue;
      }
      plans.add(new Plan(k, e.getValue(), base));
    }
    AtomicInteger done = new AtomicInteger();
    List<CellResult> cells = plans.parallelStream().map(p -> {
      CellResult r = CellAnalysis.analyse(p.key(), p.treat(), p.base(), cfg);
      progress.cellDone(done.incrementAndGet(), plans.size());
      return r;
    }).toList();
    cells = adjust(cells, cfg);
    return new AnalysisResult(cfg, cells, PairedAnalysis.pairs(feeds, cfg), PairedAnalysis.reach(data, cfg),
        Reliability.rows(data, cfg), Reliability.dsaRollup(feeds, cfg), data.inputSha256(), warnings);
  }

  private static List<CellResult> adjust(List<CellResult> cells, AnalysisConfig cfg) {
    double[] p = cells.stream().mapToDouble(CellResult::permutationP).toArray();
    double[] q = cfg.multiplicity() == Multiplicity.BH ? MultipleTesting.benjaminiHochberg(p)
        : MultipleTesting.holm(p);
    List<Integer> primary = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).primary()) {
        primary.add(i);
      }
    }
    double[] holm = MultipleTesting.holm(primary.stream().mapToDouble(i -> p[i]).toArray());
    List<CellResult> out = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      int pi = primary.indexOf(i);
      out.add(cells.get(i).withAdjusted(q[i], pi >= 0 ? holm[pi] : null));
    }
    return out;
  }

  static CellKey keyOf(Account a, String surface) {
    return new CellKey(a.platform(), a.market(), a.language(),
        Objects.requireNonNullElse(a.ideologySeed(), "none"), surface, a.persona());
  }

  private static String matchKey(String platform, String market, String language, String surface) {
    return platform + "\u0000" + market + "\u0000" + language + "\u0000" + surface;
  }
}
