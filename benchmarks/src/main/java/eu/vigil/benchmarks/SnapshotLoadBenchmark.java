package eu.vigil.benchmarks;

import eu.vigil.hashing.index.PdqIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to load a snapshot of random PDQ-like hashes into a searchable {@link PdqIndex} (file in
 * the page cache). Target at 10M: at most 5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms5g", "-Xmx5g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SnapshotLoadBenchmark {

  @Param({"10000000"})
  public int size;

  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    long[] words = RandomPdqHashes.generate(size, new SplittableRandom(1));
    long[] ids = new long[size];
    for (int i = 0; i < size; i++) {
      ids[i] = i;
    }
    file = Files.createTempFile("vigil-snapshot-bench-", ".pdqidx");
    PdqIndex.of(words, ids, size).writeSnapshot(file);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public PdqIndex load() throws IOException {
    return PdqIndex.readSnapshot(file);
  }
}
