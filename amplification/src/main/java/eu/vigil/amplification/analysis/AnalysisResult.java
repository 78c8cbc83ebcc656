package eu.vigil.amplification.analysis;

import java.util.List;
import java.util.Map;

/**
 * Everything an analysis produced; the report is rendered from it.
 *
 * @param config the configuration used
 * @param cells per-cell results, sorted by cell id, multiplicity-adjusted
 * @param pairs counterfactual-pair effects
 * @param reach reach amplification from aggregates
 * @param reliability inter-annotator reliability
 * @param dsaRollup harmful window impressions by DSA category
 * @param inputSha256 SHA-256 of each input file
 * @param warnings cells skipped and other notes for the report
 */
public record AnalysisResult(AnalysisConfig config, List<CellResult> cells, List<SideResults.PairedResult> pairs,
    List<SideResults.ReachResult> reach, List<SideResults.ReliabilityRow> reliability,
    List<SideResults.DsaRollupRow> dsaRollup, Map<String, String> inputSha256, List<String> warnings) {

  /** Copies the lists. */
  public AnalysisResult {
    cells = List.copyOf(cells);
    pairs = List.copyOf(pairs);
    reach = List.copyOf(reach);
    reliability = List.copyOf(reliability);
    dsaRollup = List.copyOf(dsaRollup);
    inputSha256 = Map.copyOf(inputSha256);
    warnings = List.copyOf(warnings);
  }
}
