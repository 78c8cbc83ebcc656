package eu.vigil.amplification.report;

import eu.vigil.amplification.analysis.AnalysisResult;
import java.util.List;
import java.util.Map;

/** Renders {@code report.html}: self-contained text, plots referenced from {@code plots/}. */
final class HtmlReport {

  private static final List<String> CELL_COLUMNS = List.of("cell_id", "n_accounts_treat", "n_accounts_base",
      "n_impressions_treat", "n_impressions_base", "p_treat", "p_base", "ar", "ar_ci_lower", "ar_ci_upper",
      "ar_status", "delta", "delta_ci_lower", "delta_ci_upper", "reach_ratio", "incidence_treat",
      "incidence_base", "p_value", "q_value", "minimum_detectable_ar");

  private HtmlReport() {}

  static String render(AnalysisResult r, Map<String, Object> meta, List<Map<String, Object>> cells,
      List<Map<String, Object>> reach, List<Map<String, Object>> pairs, List<Map<String, Object>> reliability,
      List<Map<String, Object>> dsa, List<String> plots) {
    var c = r.config();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Vigil amplification report</title><style>"
        + "body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
        + "table{border-collapse:collapse;font-size:12px;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 6px;"
        + "text-align:right}th{background:#f0f0f0}td:first-child{text-align:left}img{max-width:100%;"
        + "border:1px solid #eee;margin:0.5em 0}.note{background:#fff8e0;padding:0.5em 1em}"
        + "code{background:#f4f4f4}</style></head><body>\n");
    h.append("<h1>Algorithmic amplification report</h1>\n");
    h.append("<h2>Checklist (Thorburn, Stray, Bengani 2023)</h2><table>")
        .append(row("Content of interest", "H = " + String.join(", ", c.harmfulCodes()) + " (taxonomy "
            + meta.get("taxonomy_version") + ")"))
        .append(row("Baseline", "arm <code>" + c.baselineArm().id() + "</code>; treated arm <code>treat</code>"))
        .append(row("Outcome", "impressions: share of harmful items among the first K = " + c.k()
            + " items per account and surface; reach = share of accounts with at least one"))
        .append(row("Algorithm vs. behaviour", "sock-puppet contrast of personas; counterfactual pairs where"
            + " present (" + r.pairs().size() + " pair results); not a platform-side randomised control"))
        .append(row("Time horizon", "as recorded in the impressions (window K, steps); aggregates: their stated window"))
        .append("</table>\n");
    h.append("<h2>Methods and configuration</h2><p>Per cell (platform × market × language × ideology × surface ×"
        + " persona) the pooled prevalence p̂ = Σ harmful / Σ K<sub>a</sub> is compared between the treated"
        + " persona and baseline accounts of the same platform, market, language and surface. AR = p̂<sub>t</sub>"
        + " / p̂<sub>b</sub> and Δ = p̂<sub>t</sub> − p̂<sub>b</sub> get ").append(esc(ReportMetadata.CI_METHOD))
        .append(" intervals with B = ").append(c.bootstrapReplicates()).append(" and level ")
        .append(c.ciLevel()).append(". The account is the unit of resampling and testing. H0: AR = 1 is tested"
        + " by permuting arm labels across accounts (").append(c.permutations()).append(" permutations,"
        + " two-sided on |log AR|); the grid is adjusted by ").append(c.multiplicity())
        .append(" (cells called amplified at q ≤ ").append(c.fdrLevel()).append("), pre-registered primary"
        + " contrasts by Holm. A zero baseline is reported as <em>not_estimable</em> with Δ, an exact one-sided"
        + " upper bound on p̂<sub>b</sub> and a flagged Haldane ratio. Trajectories: mean per-account OLS slope of"
        + " the harmful indicator on step with a bootstrap CI. Time to first exposure: Kaplan–Meier per arm,"
        + " log-rank test. Model labels: shown human-only and Rogan–Gladen corrected when Se/Sp are given."
        + " Power: minimum detectable AR at α = 0.05, 80% power, with the design effect 1 + (K − 1)·ICC.</p>\n");
    if (!r.warnings().isEmpty()) {
      h.append("<div class=\"note\"><b>Warnings</b><ul>");
      r.warnings().forEach(w -> h.append("<li>").append(esc(w)).append("</li>"));
      h.append("</ul></div>\n");
    }
    h.append("<h2>Results</h2><h3>Per-cell table</h3>").append(table(cells, CELL_COLUMNS))
        .append("<p>Full table with all columns: <a href=\"cells.csv\">cells.csv</a>, <a href=\"cells.json\">"
            + "cells.json</a>; trajectories: <a href=\"trajectory.csv\">trajectory.csv</a>.</p>\n");
    for (String p : plots) {
      h.append("<figure><img src=\"plots/").append(p).append(".svg\" alt=\"").append(p)
          .append("\"><figcaption>").append(p).append(" (<a href=\"plots/").append(p)
          .append(".png\">PNG</a>)</figcaption></figure>\n");
    }
    if (!reach.isEmpty()) {
      h.append("<h3>Reach amplification from platform aggregates (Huszár et al.)</h3>").append(table(reach, null));
    }
    if (!pairs.isEmpty()) {
      h.append("<h3>Counterfactual pairs</h3>").append(table(pairs, null));
    }
    if (!reliability.isEmpty()) {
      h.append("<h3>Label reliability (Krippendorff's α, nominal; flag below 0.667, good from 0.8)</h3>")
          .append(table(reliability, null));
    }
    if (!dsa.isEmpty()) {
      h.append("<h3>DSA-category roll-up of harmful window impressions</h3>").append(table(dsa, null));
    }
    h.append("<h2>Limitations</h2><ul>"
        + "<li>Sock-puppet accounts stand in for real users; account age, logged-in state, location and device"
        + " change recommendations (see the sensitivity plot).</li>"
        + "<li>The baseline is a persona with less interaction (or the configured arm), not a platform-side"
        + " randomised control: AR mixes the recommender's response with the persona's own behaviour.</li>"
        + "<li>Borderline labels are subjective and language-dependent; see the reliability table. Model labels"
        + " are corrected only if Se/Sp were supplied.</li>"
        + "<li>The K-item window is short; feeds differ between surfaces, so comparisons across platforms are"
        + " ordinal.</li><li>No cross-cell GLMM/GEE model is fitted; cells are analysed separately and adjusted"
        + " for multiplicity.</li>"
        + "<li>GIFCT behavioural label names are unverified; the KInIT regression fixture is not bundled.</li></ul>\n");
    h.append("<h2>DSA Art. 34/35 mapping</h2><table>")
        .append(row("Art. 34(1)(a) illegal content", "cells with TVE codes; DSA roll-up category"
            + " STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY / KEYWORD_TERRORIST_CONTENT"))
        .append(row("Art. 34(1)(b)-(c) fundamental rights, civic discourse, public security",
            "borderline codes BL-1..BL-6 and their DSA categories (roll-up table)"))
        .append(row("Art. 34(2) recommender design; amplification", "AR, Δ, reach ratio and trajectories per cell"))
        .append(row("Art. 34(2) regional and linguistic aspects", "per-language/market cells and heatmap"))
        .append(row("Art. 35(1)(d) testing and adapting recommender systems",
            "AR before/after a mitigation (e.g. demotion) as separate runs or arms"))
        .append(row("Art. 38 non-profiled option", "baseline arm <code>nonprofiled</code> when configured"))
        .append(row("Art. 34(3) retention", "keep inputs and this report (hashes below) at least 3 years"))
        .append("</table>\n");
    h.append("<h2>Reproducibility</h2><table>");
    for (var e : meta.entrySet()) {
      h.append(row(e.getKey(), esc(String.valueOf(e.getValue()))));
    }
    h.append("</table>\n</body></html>\n");
    return h.toString();
  }

  private static String row(String k, String v) {
    return "<tr><th>" + esc(k) + "</th><td style=\"text-align:left\">" + v + "</td></tr>";
  }

  private static String table(List<Map<String, Object>> rows, List<String> columns) {
    if (rows.isEmpty()) {
      return "<p>(none)</p>";
    }
    List<String> cols = columns == null ? List.copyOf(rows.getFirst().keySet()) : columns;
    StringBuilder t = new StringBuilder("<table><tr>");
    cols.forEach(c -> t.append("<th>").append(esc(c)).append("</th>"));
    t.append("</tr>");
    for (var r : rows) {
      t.append("<tr>");
      cols.forEach(c -> t.append("<td>").append(esc(format(r.get(c)))).append("</td>"));
      t.append("</tr>");
    }
    return t.append("</table>\n").toString();
  }

  static String format(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      return Double.isFinite(d) ? String.format(java.util.Locale.ROOT, "%.4g", d) : "";
    }
    return v.toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
