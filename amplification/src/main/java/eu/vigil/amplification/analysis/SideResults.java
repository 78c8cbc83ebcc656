package eu.vigil.amplification.analysis;

import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.stats.PairedEffect;
import eu.vigil.amplification.stats.RatioEstimate;

/** Results of an analysis beyond the per-cell table. */
public final class SideResults {

  private SideResults() {}

  /**
   * Counterfactual-pair effect of one cell (spec §2.8.7).
   *
   * @param key the cell of the counterfactual bots
   * @param outcome what Y is: {@code prevalence} (window share of harmful items) or {@code slant}
   * @param effect τ̂ with interval and tests
   */
  public record PairedResult(CellKey key, String outcome, PairedEffect effect) {}

  /**
   * Huszár-style reach amplification of one content set from aggregates (spec §2.1).
   *
   * @param setId the content set
   * @param window the common window
   * @param treatArm the ranked arm
   * @param controlArm the control arm
   * @param usersTreat N_t
   * @param reachedTreat r_t
   * @param usersControl N_c
   * @param reachedControl r_c
   * @param ratio (r_t/N_t)/(r_c/N_c) with binomial-bootstrap interval; amplification is ratio − 1
   */
  public record ReachResult(String setId, String window, Arm treatArm, Arm controlArm, long usersTreat,
      long reachedTreat, long usersControl, long reachedControl, RatioEstimate ratio) {}

  /**
   * Inter-annotator reliability of one language and scheme (spec §2.8.11).
   *
   * @param language the items' language ({@code und} if unknown)
   * @param scheme {@code label_code} (all codes) or {@code harmful} (in H or not)
   * @param units items with at least two annotations
   * @param alpha Krippendorff's nominal alpha; null if not computable
   * @param flag {@code good} (≥ 0.8), {@code tentative} (≥ 0.667), {@code insufficient}, or {@code n/a}
   */
  public record ReliabilityRow(String language, String scheme, int units, @org.jspecify.annotations.Nullable Double alpha,
      String flag) {}

  /**
   * Harmful impressions in the window by platform and DSA category (taxonomy mapping of the label).
   *
   * @param platform the platform
   * @param category DSA category API name
   * @param keyword DSA keyword API name
   * @param treatImpressions harmful window impressions of treated accounts
   * @param baseImpressions harmful window impressions of baseline accounts
   */
  public record DsaRollupRow(String platform, String category, String keyword, long treatImpressions,
      long baseImpressions) {}
}
