package eu.vigil.cli;

import eu.vigil.amplification.Amplification;
import eu.vigil.amplification.synthetic.SyntheticData;
import eu.vigil.amplification.synthetic.SyntheticDesigns;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil amplification simulate}: writes a synthetic data set with known truth (CSV tables,
 * {@code truth.json}, {@code config.json}) that {@code vigil amplification analyze} reads.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Writes a synthetic audit data set with known truth into DIR: the CSV tables, truth.json"
        + " (the true ratios) and config.json, for vigil amplification analyze.")
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if needed).")
  Path out;

  @Option(
      names = "--design",
      paramLabel = "NAME",
      defaultValue = "demo",
      completionCandidates = Designs.class,
      description = "Design: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  String design;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  /** The design names, for the help text. */
  static final class Designs implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SyntheticDesigns.NAMES.iterator();
    }
  }

  @Override
  public Integer call() {
    String name = design.toLowerCase(Locale.ROOT);
    if (!SyntheticDesigns.NAMES.contains(name)) {
      throw new UsageException("unknown design '" + design + "' (expected one of "
          + String.join(", ", SyntheticDesigns.NAMES) + ")");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out is not a directory: " + out);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    SyntheticData data;
    try {
      data = Amplification.simulate(name, seed, out);
    } catch (UncheckedIOException e) {
      spec.commandLine().getErr().println("vigil amplification simulate: I/O error: " + e.getMessage()
          + " (" + e.getCause() + ")");
      return VigilCli.SOME_FAILED;
    }
    stdout.printf("simulated design %s (seed %d) into %s: %,d accounts, %,d impressions, %,d items, %,d aggregates%n",
        data.design(), seed, out, data.data().accounts().size(), data.data().impressions().size(),
        data.data().items().size(), data.data().aggregates().size());
    stdout.printf("known truth in %s; analyse with: vigil amplification analyze --data %s --out REPORT_DIR%n",
        out.resolve("truth.json"), out);
    return VigilCli.OK;
  }
}
