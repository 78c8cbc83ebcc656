package eu.vigil.amplification.report;

import eu.vigil.amplification.analysis.AnalysisResult;
import java.nio.file.Path;
import java.util.List;

/**
 * A written report.
 *
 * @param directory the report directory
 * @param html the HTML report
 * @param plots names of the plots written (each as {@code plots/NAME.svg} and {@code .png})
 * @param inputSha256 combined SHA-256 of the inputs
 * @param result the analysis the report shows
 */
public record Report(Path directory, Path html, List<String> plots, String inputSha256, AnalysisResult result) {

  /** Copies the plot list. */
  public Report {
    plots = List.copyOf(plots);
  }
}
