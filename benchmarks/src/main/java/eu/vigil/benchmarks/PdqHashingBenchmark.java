package eu.vigil.benchmarks;

import eu.vigil.hashing.imageio.ImageIoDecoder;
import eu.vigil.hashing.pdq.Luma;
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
 * Images per second on one core for decode + PDQ of 1280x800 JPEGs ({@link JpegSet}), and for each
 * of the two steps alone; also the RGB and the ImageIO decoding paths for comparison (all four give
 * the same hashes). Target: decode + hash at least 96 images/s.
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
  private final ImageIoDecoder imageIo = new ImageIoDecoder().withFastJpeg(false);
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

  /** What {@code vigil hash} does: the fast JPEG path straight to luminance, then PDQ. */
  @Benchmark
  public PdqResult decodeAndHash() throws IOException {
    return hasher.hash(decoder.decodeLuma(jpegs.get(nextIndex())));
  }

  @Benchmark
  public Luma decodeOnly() throws IOException {
    return decoder.decodeLuma(jpegs.get(nextIndex()));
  }

  /** The fast JPEG path to RGB pixels (the same bytes as ImageIO), then PDQ. */
  @Benchmark
  public PdqResult decodePixelsAndHash() throws IOException {
    return hasher.hash(decoder.decode(jpegs.get(nextIndex())));
  }

  /** Before the fast path: ImageIO's JPEG reader, then PDQ (the same hashes). */
  @Benchmark
  public PdqResult imageIoDecodeAndHash() throws IOException {
    return hasher.hash(imageIo.decode(jpegs.get(nextIndex())));
  }

  @Benchmark
  public PdqResult hashOnly() {
    return hasher.hash(decoded[nextIndex()]);
  }
}
