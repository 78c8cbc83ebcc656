package eu.vigil.cli;

import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.index.MatchResult;
import eu.vigil.hashing.index.PdqIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench match}: radius-query latency of {@link PdqIndex} against a linear scan over
 * the same random PDQ-like hashes, one thread, checking that both find exactly the same matches.
 * Half of the queries are near copies of stored hashes (0..radius bits flipped), half random.
 */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Radius-query latency of the index vs a linear scan, one thread, on N random PDQ-like hashes",
      "(128 bits set). Half of the queries are stored hashes with 0..R bits flipped, half random.",
      "Also prints build time, heap use and (with --snapshot) snapshot write/load times."
    })
final class BenchMatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--size", required = true, paramLabel = "N", description = "Number of indexed hashes.")
  int size;

  @Option(names = "--queries", required = true, paramLabel = "Q", description = "Number of measured queries.")
  int queries;

  @Option(names = "--radius", paramLabel = "R", defaultValue = "31", description = "Radius (default ${DEFAULT-VALUE}).")
  int radius;

  @Option(names = "--warmup", paramLabel = "W", defaultValue = "200", description = "Unmeasured warm-up queries (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--snapshot", description = "Also write the index to a snapshot file, load it (timed) and query the loaded index.")
  boolean snapshot;

  @Override
  public Integer call() throws IOException {
    if (size < 1 || queries < 1 || warmup < 0) {
      throw new UsageException("--size and --queries must be positive and --warmup not negative");
    }
    if (radius < 0 || radius > PdqHash.BITS) {
      throw new UsageException("--radius must be 0..256, got " + radius);
    }
    if (size > (Integer.MAX_VALUE - 64) / 4) {
      throw new UsageException("--size must be at most " + (Integer.MAX_VALUE - 64) / 4);
    }
    PrintWriter out = spec.commandLine().getOut();
    long baseline = usedHeap();
    SplittableRandom random = new SplittableRandom(seed);
    long[] words = new long[4 * size];
    RandomPdqHashes.fill(words, 0, size, random);
    long[] ids = new long[size];
    for (int i = 0; i < size; i++) {
      ids[i] = i;
    }
    int total = warmup + queries;
    long[] queryWords = new long[4 * total];
    for (int q = 0; q < total; q++) {
      if (q % 2 == 0) {
        RandomPdqHashes.nearCopy(words, 4 * random.nextInt(size), queryWords, 4 * q, random.nextInt(radius + 1), random);
      } else {
        RandomPdqHashes.next(queryWords, 4 * q, random);
      }
    }
    long t0 = System.nanoTime();
    PdqIndex index = PdqIndex.of(words, ids, size);
    long buildNanos = System.nanoTime() - t0;
    out.printf("bench match: %,d random PDQ-like hashes (128 bits set), radius %d, %,d queries after %,d warm-up,"
        + " one thread, seed %d%n", size, radius, queries, warmup, seed);
    out.printf("  build index:        %8.2f s%n", buildNanos / 1e9);
    ids = null;
    long heap;
    if (snapshot) {
      Path file = Files.createTempFile("vigil-bench-", ".pdqidx");
      try {
        long w0 = System.nanoTime();
        index.writeSnapshot(file);
        out.printf("  write snapshot:     %8.2f s (%.1f MB)%n", (System.nanoTime() - w0) / 1e9, Files.size(file) / 1e6);
        index = null;
        System.gc();
        long r0 = System.nanoTime();
        index = PdqIndex.readSnapshot(file);
        out.printf("  load snapshot:      %8.2f s%n", (System.nanoTime() - r0) / 1e9);
      } finally {
        Files.deleteIfExists(file);
      }
      // The benchmark keeps its own copy of the hashes for the linear scan: not part of the index.
      heap = usedHeap() - baseline - 32L * size - 32L * total;
    } else {
      heap = usedHeap() - baseline - 32L * total;
    }
    out.printf("  heap of the index:  %8.1f MB (%.0f bytes/hash, incl. 40 bytes/hash of hashes and ids)%n",
        heap / 1e6, (double) heap / size);

    long[] query = new long[4];
    for (int q = 0; q < warmup; q++) {
      System.arraycopy(queryWords, 4 * q, query, 0, 4);
      index.search(PdqHash.fromWords(query, 0), radius);
      LinearScan.search(words, size, query, radius);
    }
    // The index queries and the scans run as separate passes: a scan streams every hash through the
    // caches, which would evict the index's tables before each interleaved index query.
    long[] ours = new long[queries];
    long[] linear = new long[queries];
    List<List<MatchResult>> fromIndex = new java.util.ArrayList<>(queries);
    for (int i = 0; i < queries; i++) {
      System.arraycopy(queryWords, 4 * (warmup + i), query, 0, 4);
      PdqHash hash = PdqHash.fromWords(query, 0);
      long a = System.nanoTime();
      fromIndex.add(index.search(hash, radius));
      ours[i] = System.nanoTime() - a;
    }
    long found = 0;
    long expected = 0;
    int mismatches = 0;
    for (int i = 0; i < queries; i++) {
      System.arraycopy(queryWords, 4 * (warmup + i), query, 0, 4);
      long b = System.nanoTime();
      List<MatchResult> fromScan = LinearScan.search(words, size, query, radius);
      linear[i] = System.nanoTime() - b;
      found += fromIndex.get(i).size();
      expected += fromScan.size();
      if (!fromIndex.get(i).equals(fromScan)) {
        mismatches++;
      }
    }
    Latencies index99 = Latencies.of(ours, queries);
    Latencies scan99 = Latencies.of(linear, queries);
    out.printf("  %-18s %10s %10s %10s %10s%n", "", "queries/s", "mean ms", "p50 ms", "p99 ms");
    row(out, "PdqIndex", index99);
    row(out, "linear scan", scan99);
    out.printf("  %-18s %9.1fx %9.1fx %9.1fx %9.1fx%n", "ratio (scan/index)",
        index99.perSecond() == 0 ? 0 : index99.perSecond() / scan99.perSecond(),
        scan99.meanMillis() / index99.meanMillis(), scan99.p50Millis() / index99.p50Millis(),
        scan99.p99Millis() / index99.p99Millis());
    out.printf("  matches: %,d found by the index, %,d by the scan, recall %.4f, %d queries differ%n",
        found, expected, expected == 0 ? 1.0 : (double) found / expected, mismatches);
    out.flush();
    return mismatches == 0 ? VigilCli.OK : VigilCli.SOME_FAILED;
  }

  private static void row(PrintWriter out, String name, Latencies l) {
    out.printf("  %-18s %10.0f %10.3f %10.3f %10.3f%n", name, l.perSecond(), l.meanMillis(), l.p50Millis(), l.p99Millis());
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
