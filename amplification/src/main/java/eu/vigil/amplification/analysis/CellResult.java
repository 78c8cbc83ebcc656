package eu.vigil.amplification.analysis;

import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.stats.ExposureContrast;
import eu.vigil.amplification.stats.Interval;
import eu.vigil.amplification.stats.KaplanMeier;
import eu.vigil.amplification.stats.RatioEstimate;
import eu.vigil.amplification.stats.Trajectory;
import eu.vigil.amplification.taxonomy.LabelCode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Every estimate of one cell (spec §6.2, §6.3 per-cell table).
 *
 * @param key the cell
 * @param baselineArm the arm the treated persona is compared with
 * @param primary whether the cell is a pre-registered primary contrast
 * @param accountsTreat treated accounts (n)
 * @param accountsBase baseline accounts (n)
 * @param impressionsTreat treated impressions in the window
 * @param impressionsBase baseline impressions in the window
 * @param shortFeedAccounts accounts whose feed was shorter than K ({@code short_feed})
 * @param contrast prevalence, AR, Δ, reach ratio, incidence with intervals
 * @param permutationP two-sided permutation p-value of H0: AR = 1
 * @param wilcoxonP Wilcoxon rank-sum p-value on per-account shares (robustness)
 * @param qValue adjusted p-value of the grid (BH q-value by default)
 * @param holmP Holm-adjusted p-value among primary contrasts; null if not primary
 * @param labels human-only and Rogan-Gladen-corrected prevalence; null without model labels
 * @param trajectoryTreat mean per-account slope of the treated arm over all steps
 * @param trajectoryBase mean per-account slope of the baseline arm
 * @param logRankP log-rank p-value of time to first exposure, treated vs baseline
 * @param slant mean slant and congeniality
 * @param power ICC, design effect and minimum detectable ratio
 * @param sensitivity AR under other windows and subsets
 * @param curves data behind the plots
 */
public record CellResult(CellKey key, Arm baselineArm, boolean primary, int accountsTreat, int accountsBase,
    long impressionsTreat, long impressionsBase, int shortFeedAccounts, ExposureContrast contrast,
    double permutationP, double wilcoxonP, double qValue, @Nullable Double holmP,
    @Nullable LabelCorrection labels, Trajectory trajectoryTreat, Trajectory trajectoryBase,
    double logRankP, SlantSummary slant, PowerSummary power, Sensitivity sensitivity, Curves curves) {

  /** A copy with multiplicity-adjusted values. */
  public CellResult withAdjusted(double q, @Nullable Double holm) {
    return new CellResult(key, baselineArm, primary, accountsTreat, accountsBase, impressionsTreat,
        impressionsBase, shortFeedAccounts, contrast, permutationP, wilcoxonP, q, holm, labels,
        trajectoryTreat, trajectoryBase, logRankP, slant, power, sensitivity, curves);
  }

  /**
   * Label-noise view of the cell (spec §2.8.11, §6.4).
   *
   * @param modelShare share of window items labelled by a model
   * @param pTreatHumanOnly treated prevalence over human-labelled items only; null if none
   * @param pBaseHumanOnly baseline prevalence over human-labelled items only; null if none
   * @param pTreatCorrected treated prevalence, model part Rogan-Gladen corrected; null without Se/Sp
   * @param pBaseCorrected baseline prevalence, corrected; null without Se/Sp
   * @param ratioCorrected AR of the corrected prevalences, Se/Sp uncertainty carried through the
   *     bootstrap; null without Se/Sp
   */
  public record LabelCorrection(double modelShare, @Nullable Double pTreatHumanOnly,
      @Nullable Double pBaseHumanOnly, @Nullable Double pTreatCorrected, @Nullable Double pBaseCorrected,
      @Nullable RatioEstimate ratioCorrected) {}

  /**
   * Slant of the items shown (spec §2.8.6).
   *
   * @param meanTreat mean slant of treated impressions with known slant; null if none
   * @param meanBase mean slant of baseline impressions; null if none
   * @param congeniality mean treated slant × sign of the persona's ideology; null if unknown
   */
  public record SlantSummary(@Nullable Double meanTreat, @Nullable Double meanBase,
      @Nullable Double congeniality) {}

  /**
   * Power of the cell's design (spec §2.8.12).
   *
   * @param icc intra-class correlation used (configured or estimated from baseline accounts)
   * @param iccEstimated whether the ICC was estimated
   * @param designEffect 1 + (K − 1)·ICC
   * @param minimumDetectableRatio smallest AR detectable at α = 0.05 with 80% power; null if not
   *     computable (e.g. zero baseline)
   */
  public record PowerSummary(double icc, boolean iccEstimated, double designEffect,
      @Nullable Double minimumDetectableRatio) {}

  /**
   * Sensitivity of AR (plot 7): other windows, human-only labels, logged-in state.
   *
   * @param ratioByK point AR for K = 10, 20, 30 (null where not estimable)
   * @param humanOnly point AR over human-labelled items
   * @param loggedIn point AR over logged-in accounts
   * @param loggedOut point AR over logged-out accounts
   */
  public record Sensitivity(SortedMap<Integer, @Nullable Double> ratioByK, @Nullable Double humanOnly,
      @Nullable Double loggedIn, @Nullable Double loggedOut) {}

  /**
   * Prevalence at one depth.
   *
   * @param step the step
   * @param accounts accounts with impressions at the step
   * @param prevalence pooled prevalence at the step
   * @param ci normal interval with cluster-robust SE, clipped to [0, 1]; null with one account
   */
  public record DepthPoint(int step, int accounts, double prevalence, @Nullable Interval ci) {}

  /**
   * Data behind the plots of one cell.
   *
   * @param depthTreat depth curve of the treated arm
   * @param depthBase depth curve of the baseline arm
   * @param survivalTreat Kaplan-Meier curve of time to first exposure, treated
   * @param survivalBase Kaplan-Meier curve, baseline
   * @param sharesTreat per-account shares in the window, treated
   * @param sharesBase per-account shares, baseline
   * @param labelMixTreat label counts in the treated window
   * @param labelMixBase label counts in the baseline window
   */
  public record Curves(List<DepthPoint> depthTreat, List<DepthPoint> depthBase,
      List<KaplanMeier.Step> survivalTreat, List<KaplanMeier.Step> survivalBase, double[] sharesTreat,
      double[] sharesBase, Map<LabelCode, Integer> labelMixTreat, Map<LabelCode, Integer> labelMixBase) {}
}
