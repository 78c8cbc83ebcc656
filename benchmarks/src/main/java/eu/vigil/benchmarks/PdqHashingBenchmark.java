package eu.vigil.benchmarks;

import eu.vigil.hashing.imageio.ImageIoDecoder;
import eu.vigil.hashing.pdq.PdqDefinition;
import eu.vigil.hashing.pdq.PdqHasher;
import eu.vigil.hashing.pdq.PdqResult;
import eu.vigil.hashing.pdq.Pixels;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Images per second on one core for ImageIO decode + PDQ of 1280x800 JPEGs ({@link JpegSet}), and
 * for each of the two steps alone. Target: decode + hash at least 96 images/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djava.awt.headless=true"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PdqHashingBenchmark {

  private static final int IMAGES = 40;

  @Param({"full"})
  public String definition;

  private List<byte[]> jpegs;
  private Pixels[] decoded;
  private final ImageIoDecoder decoder = new ImageIoDecoder();
  private PdqHasher hasher;
  private int next;

  @Setup
  public void setUp() throws IOException {
    hasher = new PdqHasher(PdqDefinition.ofId(definition));
    jpegs = JpegSet.generate(IMAGES, 12345);
    decoded = new Pixels[IMAGES];
    for (int i = 0; i < IMAGES; i++) {
      decoded[i] = decoder.decode(jpegs.get(i));
    }
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == IMAGES ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public PdqResult decodeAndHash() throws IOException {
    return hasher.hash(decoder.decode(jpegs.get(nextIndex())));
  }

  @Benchmark
  public Pixels decodeOnly() throws IOException {
    return decoder.decode(jpegs.get(nextIndex()));
  }

  @Benchmark
  public PdqResult hashOnly() {
    return hasher.hash(decoded[nextIndex()]);
  }
}
