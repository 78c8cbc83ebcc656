package eu.vigil.amplification.report;

import eu.vigil.amplification.analysis.AccountWindows;
import eu.vigil.amplification.analysis.AnalysisResult;
import eu.vigil.amplification.data.DataSetWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a report directory: {@code cells}, {@code trajectory}, {@code reliability},
 * {@code dsa_rollup}, {@code pairs}, {@code reach} and {@code accounts} tables as CSV and JSON,
 * {@code metadata.json}, {@code plots/*.svg|png} and {@code report.html}; then checks completeness.
 * The JSON files contain no timestamps, so the same inputs, seed and B give byte-identical JSON (R7).
 */
public final class ReportWriter {

  private ReportWriter() {}

  /**
   * Writes the report of {@code result} into {@code dir} (created if needed).
   *
   * @throws IncompleteReportException if the written report fails {@link ReportSchema#check}
   */
  public static Report write(AnalysisResult result, List<AccountWindows.AccountWindow> windows, Path dir) {
    try {
      Files.createDirectories(dir.resolve("plots"));
      Map<String, Object> meta = ReportMetadata.of(result);
      var cells = Tables.cells(result);
      var reach = Tables.reach(result);
      var pairs = Tables.pairs(result);
      var reliability = Tables.reliability(result);
      var dsa = Tables.dsaRollup(result);
      table(dir, "cells", cells);
      table(dir, "trajectory", Tables.trajectory(result));
      table(dir, "reliability", reliability);
      table(dir, "dsa_rollup", dsa);
      table(dir, "pairs", pairs);
      table(dir, "reach", reach);
      table(dir, "accounts", Tables.accounts(windows));
      Files.writeString(dir.resolve("metadata.json"), Json.write(meta), StandardCharsets.UTF_8);
      List<String> plots = Charts.writeAll(result, dir.resolve("plots"));
      Path html = dir.resolve("report.html");
      Files.writeString(html, HtmlReport.render(result, meta, cells, reach, pairs, reliability, dsa, plots),
          StandardCharsets.UTF_8);
      if (!result.cells().isEmpty()) {
        ReportSchema.check(dir);
      }
      return new Report(dir, html, plots, (String) meta.get("input_sha256"), result);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report to " + dir, e);
    }
  }

  private static void table(Path dir, String name, List<Map<String, Object>> rows) throws IOException {
    Files.writeString(dir.resolve(name + ".json"), Json.write(rows), StandardCharsets.UTF_8);
    try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(name + ".csv"), StandardCharsets.UTF_8)) {
      if (rows.isEmpty()) {
        return;
      }
      w.write(DataSetWriter.row(rows.getFirst().keySet().toArray(String[]::new)));
      w.write('\n');
      for (Map<String, Object> r : rows) {
        w.write(DataSetWriter.row(r.values().stream().map(ReportWriter::csv).toArray(String[]::new)));
        w.write('\n');
      }
    }
  }

  private static String csv(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d && !Double.isFinite(d)) {
      return "";
    }
    return v.toString();
  }
}
