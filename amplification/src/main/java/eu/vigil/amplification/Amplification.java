package eu.vigil.amplification;

import eu.vigil.amplification.analysis.AccountWindows;
import eu.vigil.amplification.analysis.AmplificationAnalysis;
import eu.vigil.amplification.analysis.AnalysisConfig;
import eu.vigil.amplification.analysis.AnalysisConfigReader;
import eu.vigil.amplification.analysis.AnalysisResult;
import eu.vigil.amplification.data.DataSet;
import eu.vigil.amplification.data.DataSetReader;
import eu.vigil.amplification.report.Report;
import eu.vigil.amplification.report.ReportWriter;
import eu.vigil.amplification.synthetic.SyntheticData;
import eu.vigil.amplification.synthetic.SyntheticDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Facade for callers (the CLI): analyse a data directory into a report, or simulate a design.
 *
 * <p>Errors: {@link eu.vigil.amplification.data.InvalidInputException} for bad input (every problem
 * names file, row and column: exit code 2 in the CLI), {@link java.io.UncheckedIOException} for I/O,
 * {@link eu.vigil.amplification.report.IncompleteReportException} if the report fails its schema check.
 */
public final class Amplification {

  private Amplification() {}

  /**
   * Reads {@code dataDir}, analyses it and writes the report into {@code reportDir}.
   *
   * @param config configuration file; null to use {@code dataDir/config.json} if present, else defaults
   * @param progress receives per-cell progress (e.g. for a progress bar)
   */
  public static Report analyze(Path dataDir, Path reportDir, @Nullable Path config,
      AmplificationAnalysis.ProgressListener progress) {
    Path configFile = config != null ? config : dataDir.resolve("config.json");
    AnalysisConfig cfg = Files.isRegularFile(configFile) ? AnalysisConfigReader.read(configFile)
        : AnalysisConfig.defaults();
    DataSet data = DataSetReader.read(dataDir);
    return analyze(data, cfg, reportDir, progress);
  }

  /** Analyses an in-memory data set with {@code cfg} and writes the report into {@code reportDir}. */
  public static Report analyze(DataSet data, AnalysisConfig cfg, Path reportDir,
      AmplificationAnalysis.ProgressListener progress) {
    AnalysisResult result = AmplificationAnalysis.run(data, cfg, progress);
    return ReportWriter.write(result, AccountWindows.of(data, cfg), reportDir);
  }

  /**
   * Generates design {@code name} (see {@link SyntheticDesigns#NAMES}) with {@code seed} and writes it,
   * with {@code truth.json} and {@code config.json}, into {@code outDir}.
   */
  public static SyntheticData simulate(String name, long seed, Path outDir) {
    return SyntheticDesigns.generate(name, seed, outDir);
  }
}
