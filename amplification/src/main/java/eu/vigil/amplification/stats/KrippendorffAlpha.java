package eu.vigil.amplification.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal data (spec §2.8.11), from the coincidence matrix: units with fewer
 * than two values are not pairable and are ignored. Flag α &lt; 0.667; α ≥ 0.8 is good.
 */
public final class KrippendorffAlpha {

  /** Below this value reliability is flagged as insufficient. */
  public static final double TENTATIVE = 0.667;
  /** From this value reliability is good. */
  public static final double GOOD = 0.8;

  private KrippendorffAlpha() {}

  /**
   * Nominal alpha of {@code units}: each entry is the list of values the coders gave one unit (missing
   * values omitted). Returns NaN when there are fewer than two pairable values or no variation.
   */
  public static <T> double nominal(List<? extends List<T>> units) {
    Map<T, Map<T, Double>> o = new HashMap<>();
    double total = 0;
    for (List<T> unit : units) {
      int mu = unit.size();
      if (mu < 2) {
        continue;
      }
      for (int i = 0; i < mu; i++) {
        for (int j = 0; j < mu; j++) {
          if (i != j) {
            o.computeIfAbsent(unit.get(i), k -> new HashMap<>()).merge(unit.get(j), 1.0 / (mu - 1), Double::sum);
          }
        }
      }
      total += mu;
    }
    if (total < 2) {
      return Double.NaN;
    }
    Map<T, Double> marginals = new HashMap<>();
    double observedAgree = 0;
    for (Map.Entry<T, Map<T, Double>> row : o.entrySet()) {
      double s = 0;
      for (Map.Entry<T, Double> c : row.getValue().entrySet()) {
        s += c.getValue();
        if (c.getKey().equals(row.getKey())) {
          observedAgree += c.getValue();
        }
      }
      marginals.put(row.getKey(), s);
    }
    double sumSquares = 0;
    for (double nc : marginals.values()) {
      sumSquares += nc * (nc - 1);
    }
    double observedDisagreement = (total - observedAgree) / total;
    double expectedDisagreement = (total * (total - 1) - sumSquares) / (total * (total - 1));
    if (expectedDisagreement == 0) {
      return Double.NaN;
    }
    return 1 - observedDisagreement / expectedDisagreement;
  }
}
