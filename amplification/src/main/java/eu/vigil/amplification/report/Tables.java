package eu.vigil.amplification.report;

import eu.vigil.amplification.analysis.AccountWindows;
import eu.vigil.amplification.analysis.AnalysisResult;
import eu.vigil.amplification.analysis.CellResult;
import eu.vigil.amplification.analysis.SideResults;
import eu.vigil.amplification.stats.Interval;
import eu.vigil.amplification.stats.RatioEstimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Flattens results into ordered rows (column name to value) for the CSV and JSON tables. */
final class Tables {

  /** Status text of a ratio that cannot be estimated (spec R5). */
  static final String NOT_ESTIMABLE = "not_estimable";

  private Tables() {}

  static List<Map<String, Object>> cells(AnalysisResult r) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CellResult c : r.cells()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cell_id", c.key().id());
      m.put("platform", c.key().platform());
      m.put("market", c.key().market());
      m.put("language", c.key().language());
      m.put("ideology", c.key().ideology());
      m.put("surface", c.key().surface());
      m.put("persona", c.key().persona());
      m.put("baseline_arm", c.baselineArm().id());
      m.put("primary", c.primary());
      m.put("n_accounts_treat", c.accountsTreat());
      m.put("n_accounts_base", c.accountsBase());
      m.put("n_impressions_treat", c.impressionsTreat());
      m.put("n_impressions_base", c.impressionsBase());
      m.put("short_feed_accounts", c.shortFeedAccounts());
      m.put("p_treat", c.contrast().pTreat());
      m.put("p_base", c.contrast().pBase());
      ratio(m, "ar", c.contrast().ratio());
      m.put("delta", c.contrast().difference());
      interval(m, "delta", c.contrast().differenceCi());
      m.put("cohen_h", c.contrast().cohenH());
      Interval dm = c.contrast().deltaMethodInterval(r.config().ciLevel());
      interval(m, "ar_delta_method", dm);
      m.put("p_base_upper_bound", c.contrast().baseUpperBound());
      m.put("ar_lower_bound", c.contrast().ratioLowerBound());
      m.put("ar_haldane_flagged", c.contrast().haldaneRatio());
      m.put("incidence_treat", c.contrast().qTreat());
      m.put("incidence_base", c.contrast().qBase());
      ratio(m, "reach_ratio", c.contrast().reachRatio());
      m.put("p_value", c.permutationP());
      m.put("p_wilcoxon", c.wilcoxonP());
      m.put("q_value", c.qValue());
      m.put("p_holm_primary", c.holmP());
      m.put("amplified_at_fdr", c.qValue() <= r.config().fdrLevel());
      CellResult.LabelCorrection l = c.labels();
      m.put("model_label_share", l == null ? 0.0 : l.modelShare());
      m.put("p_treat_human_only", l == null ? null : l.pTreatHumanOnly());
      m.put("p_base_human_only", l == null ? null : l.pBaseHumanOnly());
      m.put("p_treat_corrected", l == null ? null : l.pTreatCorrected());
      m.put("p_base_corrected", l == null ? null : l.pBaseCorrected());
      if (l != null && l.ratioCorrected() != null) {
        ratio(m, "ar_corrected", l.ratioCorrected());
      } else {
        m.put("ar_corrected", null);
        m.put("ar_corrected_status", "not_applicable");
        m.put("ar_corrected_ci_lower", null);
        m.put("ar_corrected_ci_upper", null);
      }
      m.put("slope_treat", c.trajectoryTreat().meanSlope());
      interval(m, "slope_treat", c.trajectoryTreat().ci());
      m.put("slope_base", c.trajectoryBase().meanSlope());
      interval(m, "slope_base", c.trajectoryBase().ci());
      m.put("p_logrank", c.logRankP());
      m.put("slant_treat", c.slant().meanTreat());
      m.put("slant_base", c.slant().meanBase());
      m.put("congeniality", c.slant().congeniality());
      m.put("icc", c.power().icc());
      m.put("icc_estimated", c.power().iccEstimated());
      m.put("design_effect", c.power().designEffect());
      m.put("minimum_detectable_ar", c.power().minimumDetectableRatio());
      c.sensitivity().ratioByK().forEach((k, v) -> m.put("ar_k" + k, v));
      m.put("ar_human_only", c.sensitivity().humanOnly());
      m.put("ar_logged_in", c.sensitivity().loggedIn());
      m.put("ar_logged_out", c.sensitivity().loggedOut());
      rows.add(m);
    }
    return rows;
  }

  private static void ratio(Map<String, Object> m, String name, RatioEstimate e) {
    switch (e) {
      case RatioEstimate.Estimated est -> {
        m.put(name, est.value());
        m.put(name + "_status", "estimated");
        interval(m, name, est.ci());
      }
      case RatioEstimate.NotEstimable ne -> {
        m.put(name, null);
        m.put(name + "_status", NOT_ESTIMABLE);
        interval(m, name, null);
      }
    }
  }

  private static void interval(Map<String, Object> m, String name, @Nullable Interval ci) {
    m.put(name + "_ci_lower", ci == null ? null : ci.lower());
    m.put(name + "_ci_upper", ci == null ? null : ci.upper());
  }

  static List<Map<String, Object>> trajectory(AnalysisResult r) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CellResult c : r.cells()) {
      for (String arm : List.of("treat", "base")) {
        for (CellResult.DepthPoint p : arm.equals("treat") ? c.curves().depthTreat() : c.curves().depthBase()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("cell_id", c.key().id());
          m.put("arm", arm);
          m.put("step", p.step());
          m.put("n_accounts", p.accounts());
          m.put("prevalence", p.prevalence());
          interval(m, "prevalence", p.ci());
          rows.add(m);
        }
      }
    }
    return rows;
  }

  static List<Map<String, Object>> reliability(AnalysisResult r) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SideResults.ReliabilityRow x : r.reliability()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("language", x.language());
      m.put("scheme", x.scheme());
      m.put("units", x.units());
      m.put("krippendorff_alpha", x.alpha());
      m.put("flag", x.flag());
      rows.add(m);
    }
    return rows;
  }

  static List<Map<String, Object>> dsaRollup(AnalysisResult r) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SideResults.DsaRollupRow x : r.dsaRollup()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("platform", x.platform());
      m.put("dsa_category", x.category());
      m.put("dsa_keyword", x.keyword());
      m.put("harmful_impressions_treat", x.treatImpressions());
      m.put("harmful_impressions_base", x.baseImpressions());
      rows.add(m);
    }
    return rows;
  }

  static List<Map<String, Object>> pairs(AnalysisResult r) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SideResults.PairedResult p : r.pairs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cell_id", p.key().id());
      m.put("outcome", p.outcome());
      m.put("pairs", p.effect().pairs());
      m.put("tau", p.effect().tau());
      interval(m, "tau", p.effect().ci());
      m.put("p_paired_t", p.effect().tTestP());
      m.put("p_wilcoxon_signed_rank", p.effect().wilcoxonP());
      rows.add(m);
    }
    return rows;
  }

  static List<Map<String, Object>> reach(AnalysisResult r) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SideResults.ReachResult x : r.reach()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("set_id", x.setId());
      m.put("window", x.window());
      m.put("treat_arm", x.treatArm().id());
      m.put("control_arm", x.controlArm().id());
      m.put("n_users_treat", x.usersTreat());
      m.put("n_reached_treat", x.reachedTreat());
      m.put("n_users_control", x.usersControl());
      m.put("n_reached_control", x.reachedControl());
      ratio(m, "reach_ratio", x.ratio());
      Double v = x.ratio().valueOrNull();
      m.put("amplification_percent", v == null ? null : (v - 1) * 100);
      rows.add(m);
    }
    return rows;
  }

  static List<Map<String, Object>> accounts(List<AccountWindows.AccountWindow> windows) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AccountWindows.AccountWindow w : windows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("account_id", w.accountId());
      m.put("surface", w.surface());
      m.put("arm", w.arm().id());
      m.put("k_a", w.itemsInWindow());
      m.put("harmful", w.harmful());
      m.put("share", w.share());
      m.put("short_feed", w.shortFeed());
      rows.add(m);
    }
    return rows;
  }
}
