package eu.vigil.amplification.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Time to first harmful exposure (spec §2.8.5): Kaplan-Meier survival curves per arm, with
 * {@code 1 − S(t)} the share of accounts exposed by step t, and the log-rank test between two arms.
 */
public final class KaplanMeier {

  private KaplanMeier() {}

  /**
   * One account's observation.
   *
   * @param time step of the first exposure, or of the last observation when censored
   * @param exposed whether an exposure was observed (false = censored)
   */
  public record Observation(int time, boolean exposed) {}

  /**
   * One step of the survival curve.
   *
   * @param time the step
   * @param atRisk accounts not yet exposed or censored before this step
   * @param events first exposures at this step
   * @param survival share of accounts not yet exposed after this step
   */
  public record Step(int time, int atRisk, int events, double survival) {}

  /** The survival curve, one entry per distinct observed time. */
  public static List<Step> curve(List<Observation> observations) {
    TreeMap<Integer, int[]> byTime = tally(observations);
    int atRisk = observations.size();
    double s = 1.0;
    List<Step> steps = new ArrayList<>();
    for (var e : byTime.entrySet()) {
      int events = e.getValue()[0];
      if (atRisk > 0) {
        s *= 1.0 - (double) events / atRisk;
      }
      steps.add(new Step(e.getKey(), atRisk, events, s));
      atRisk -= events + e.getValue()[1];
    }
    return steps;
  }

  /** Two-sided log-rank p-value (chi-square, 1 df); NaN when no events or no variance. */
  public static double logRankP(List<Observation> a, List<Observation> b) {
    TreeMap<Integer, int[]> ta = tally(a);
    TreeMap<Integer, int[]> tb = tally(b);
    TreeMap<Integer, Boolean> times = new TreeMap<>();
    ta.keySet().forEach(t -> times.put(t, true));
    tb.keySet().forEach(t -> times.put(t, true));
    int na = a.size();
    int nb = b.size();
    double observedMinusExpected = 0;
    double variance = 0;
    for (int t : times.keySet()) {
      int[] ea = ta.getOrDefault(t, new int[2]);
      int[] eb = tb.getOrDefault(t, new int[2]);
      int d = ea[0] + eb[0];
      int n = na + nb;
      if (d > 0 && n > 1) {
        observedMinusExpected += ea[0] - (double) d * na / n;
        variance += (double) d * na * nb * (n - d) / ((double) n * n * (n - 1));
      }
      na -= ea[0] + ea[1];
      nb -= eb[0] + eb[1];
    }
    if (variance <= 0) {
      return Double.NaN;
    }
    double chi = observedMinusExpected * observedMinusExpected / variance;
    return 1 - new ChiSquaredDistribution(1).cumulativeProbability(chi);
  }

  private static TreeMap<Integer, int[]> tally(List<Observation> observations) {
    TreeMap<Integer, int[]> byTime = new TreeMap<>();
    for (Observation o : observations) {
      byTime.computeIfAbsent(o.time(), k -> new int[2])[o.exposed() ? 0 : 1]++;
    }
    return byTime;
  }
}
