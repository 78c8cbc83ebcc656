package eu.vigil.cli;

import eu.vigil.amplification.analysis.AccountWindows;
import eu.vigil.amplification.analysis.AmplificationAnalysis;
import eu.vigil.amplification.analysis.AnalysisConfig;
import eu.vigil.amplification.analysis.AnalysisResult;
import eu.vigil.amplification.data.DataSet;
import eu.vigil.amplification.data.DataSetReader;
import eu.vigil.amplification.data.DataSetWriter;
import eu.vigil.amplification.report.ReportWriter;
import eu.vigil.amplification.synthetic.SyntheticData;
import eu.vigil.amplification.synthetic.SyntheticDesigns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench amplification}: generates a synthetic audit of N impressions (the {@code load}
 * design: 24 cells, 70 impressions per account), writes it as CSV and times what
 * {@code vigil amplification analyze} does with it: read and validate, analyse (B bootstrap replicates,
 * permutation tests), write the report. Each pass is a full run on the same files.
 */
@Command(
    name = "amplification",
    mixinStandardHelpOptions = true,
    description = "Times an amplification analysis of N synthetic impressions (24 cells) with B bootstrap"
        + " replicates: read + validate the CSV tables, analyse, write the report (tables, plots, HTML).")
final class BenchAmplificationCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--impressions", paramLabel = "N", defaultValue = "1000000", description = "Impressions to generate (default ${DEFAULT-VALUE}).")
  int impressions;

  @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "2000", description = "Bootstrap replicates B (default ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(names = "--permutations", paramLabel = "P", defaultValue = "9999", description = "Permutations per cell (default ${DEFAULT-VALUE}).")
  int permutations;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "1", description = "Timed runs; the first one includes JIT warm-up (default ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the data and of the analysis (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--keep", paramLabel = "DIR", description = "Write data and report below DIR and keep them (default: a temporary directory, deleted).")
  @Nullable Path keep;

  @Override
  public Integer call() throws IOException {
    if (impressions < 1 || passes < 1) {
      throw new UsageException("--impressions and --passes must be positive");
    }
    AnalysisConfig cfg;
    try {
      cfg = AnalysisConfig.defaults().withReplicates(bootstrap, permutations).withSeed(seed);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    Path root = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("vigil-bench-amp-");
    try {
      Path dataDir = root.resolve("data");
      generate(dataDir, out);
      for (int pass = 1; pass <= passes; pass++) {
        Path reportDir = root.resolve("report-" + pass);
        long t0 = System.nanoTime();
        DataSet data = DataSetReader.read(dataDir);
        long t1 = System.nanoTime();
        AnalysisResult result = AmplificationAnalysis.run(data, cfg);
        long t2 = System.nanoTime();
        ReportWriter.write(result, AccountWindows.of(data, cfg), reportDir);
        long t3 = System.nanoTime();
        out.printf("  pass %d: read + validate %6.1f s | analyse %d cells %6.1f s | report %5.1f s | total %6.1f s%n",
            pass, (t1 - t0) / 1e9, result.cells().size(), (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - t0) / 1e9);
        out.flush();
      }
    } finally {
      if (keep == null) {
        delete(root);
      }
    }
    return VigilCli.OK;
  }

  /** Generates and writes the data set (not timed); it is not kept in memory for the timed passes. */
  private void generate(Path dataDir, PrintWriter out) throws IOException {
    long g0 = System.nanoTime();
    SyntheticData synthetic = SyntheticDesigns.load(seed, impressions);
    DataSetWriter.write(synthetic.data(), dataDir);
    out.printf("bench amplification: %,d impressions, %,d accounts, %,d items (design load, seed %d); "
        + "B = %,d, %,d permutations, %d cores, max heap %,d MB%n", synthetic.data().impressions().size(),
        synthetic.data().accounts().size(), synthetic.data().items().size(), seed, bootstrap, permutations,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.printf("  generate + write CSV (untimed): %.1f s, %.1f MB%n", (System.nanoTime() - g0) / 1e9,
        size(dataDir) / 1e6);
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
