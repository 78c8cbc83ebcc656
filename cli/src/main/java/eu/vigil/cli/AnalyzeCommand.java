package eu.vigil.cli;

import eu.vigil.amplification.Amplification;
import eu.vigil.amplification.analysis.AnalysisResult;
import eu.vigil.amplification.analysis.CellResult;
import eu.vigil.amplification.data.InputProblem;
import eu.vigil.amplification.data.InvalidInputException;
import eu.vigil.amplification.report.IncompleteReportException;
import eu.vigil.amplification.report.Report;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil amplification analyze}: reads a data directory, runs the per-cell analysis (account-level
 * bootstraps, permutation tests, multiplicity adjustment) and writes the report (tables, plots, HTML).
 * Invalid input is reported with file, row and column of every problem found (exit code 2).
 */
@Command(
    name = "analyze",
    aliases = "analyse",
    mixinStandardHelpOptions = true,
    description = "Analyses the audit data in DIR (accounts, impressions, items, ... as CSV or JSON) and"
        + " writes the report into REPORT_DIR: report.html, tables (CSV + JSON), plots (SVG + PNG),"
        + " metadata.json. Invalid input is reported with file, row and column (exit code 2). A progress"
        + " bar (one step per cell) is shown on stderr when it is a terminal.")
final class AnalyzeCommand implements Callable<Integer> {

  /** Problems listed on stderr at most; the rest are counted. */
  static final int SHOWN_PROBLEMS = 20;

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Directory with the input tables.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "REPORT_DIR", description = "Report directory (created if needed).")
  Path out;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration JSON (default: DIR/config.json if present, else the spec defaults: K = 30, B = 2000, ...).")
  @Nullable Path config;

  @Override
  public Integer call() {
    if (!Files.isDirectory(data)) {
      throw new UsageException("no such data directory: " + data);
    }
    if (config != null && !Files.isRegularFile(config)) {
      throw new UsageException("no such configuration file: " + config);
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out is not a directory: " + out);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    Report report;
    try (AnalysisProgress progress = new AnalysisProgress("bootstrap")) {
      report = Amplification.analyze(data, out, config, progress);
    } catch (InvalidInputException e) {
      throw new UsageException(describe(e.problems()));
    } catch (UncheckedIOException e) {
      stderr.println("vigil amplification analyze: I/O error: " + e.getMessage() + " (" + e.getCause() + ")");
      return VigilCli.SOME_FAILED;
    } catch (IncompleteReportException e) {
      stderr.println("vigil amplification analyze: incomplete report: " + e.getMessage());
      return VigilCli.SOME_FAILED;
    }
    AnalysisResult result = report.result();
    for (String warning : result.warnings()) {
      stderr.println("vigil amplification analyze: warning: " + warning);
    }
    double q = result.config().fdrLevel();
    long amplified = result.cells().stream().filter(c -> amplified(c, q)).count();
    stdout.printf("analysed %d cells (B = %,d, %,d permutations, seed %d) in %.1f s; %d amplified at q <= %.2f%n",
        result.cells().size(), result.config().bootstrapReplicates(), result.config().permutations(),
        result.config().seed(), (System.nanoTime() - t0) / 1e9, amplified, q);
    stdout.printf("report: %s%n", report.html());
    return VigilCli.OK;
  }

  private static boolean amplified(CellResult c, double q) {
    Double ratio = c.contrast().ratio().valueOrNull();
    return c.qValue() <= q && ratio != null && ratio > 1;
  }

  /** One line per problem (file, row, column, message), at most {@link #SHOWN_PROBLEMS}. */
  static String describe(List<InputProblem> problems) {
    StringBuilder s = new StringBuilder("invalid input, ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    problems.stream().limit(SHOWN_PROBLEMS).forEach(p -> s.append(System.lineSeparator()).append("  ").append(p));
    if (problems.size() > SHOWN_PROBLEMS) {
      s.append(System.lineSeparator()).append("  ... and ").append(problems.size() - SHOWN_PROBLEMS).append(" more");
    }
    return s.toString();
  }
}
