package eu.vigil.cli;

import eu.vigil.hashing.imageio.ImageIoDecoder;
import eu.vigil.hashing.pdq.PdqDefinition;
import eu.vigil.hashing.pdq.PdqHasher;
import eu.vigil.hashing.pdq.Luma;
import eu.vigil.hashing.pdq.Pixels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench hash}: decode + PDQ throughput and per-image latency on one thread, over the
 * image files of a folder read into memory first (as the reference harness did), next to the
 * anchors measured on this machine kind for the upstream C++ and Java pipelines.
 */
@Command(
    name = "hash",
    mixinStandardHelpOptions = true,
    description = {
      "Decode + hash throughput and latency (p50, p99) on one thread over the images of a folder,",
      "files preloaded into memory, compared in the same run with ImageIO decoding and with the",
      "reference pipelines' rates on this machine kind."
    })
final class BenchHashCommand implements Callable<Integer> {

  /** Upstream C++ library at full resolution with libjpeg-turbo, one core (shared/specs/hashing.md §2). */
  static final double CPP_REFERENCE_PER_SECOND = 48.0;
  /** Upstream Java reference tool with ImageIO, one core (same source). */
  static final double JAVA_REFERENCE_PER_SECOND = 23.4;

  @Spec CommandSpec spec;

  @Option(names = "--definition", paramLabel = "full|cli512", defaultValue = "full",
      converter = Converters.Definition.class, description = "PDQ definition (default full).")
  PdqDefinition definition;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "3", description = "Measured passes over the folder (default ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "1", description = "Unmeasured passes first (default ${DEFAULT-VALUE}).")
  int warmup;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "Folder (or file) with images.")
  Path folder;

  @Override
  public Integer call() throws IOException {
    if (passes < 1 || warmup < 0) {
      throw new UsageException("--passes must be positive and --warmup not negative");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = ImageFiles.collect(List.of(folder));
    ImageIoDecoder decoder = new ImageIoDecoder();
    List<byte[]> images = new ArrayList<>();
    long pixelCount = 0;
    for (Path file : files) {
      byte[] data = Files.readAllBytes(file);
      try {
        Pixels pixels = decoder.decode(data);
        pixelCount += (long) pixels.width() * pixels.height();
        images.add(data);
      } catch (IOException e) {
        err.println("vigil bench hash: skipped " + file + ": " + e.getMessage());
      }
    }
    if (images.isEmpty()) {
      throw new UsageException("no decodable images in " + folder);
    }
    PdqHasher hasher = new PdqHasher(definition);
    ImageIoDecoder imageIo = decoder.withFastJpeg(false);
    int n = images.size();
    long[] decodeNanos = new long[n * passes];
    long[] hashNanos = new long[n * passes];
    long[] totalNanos = new long[n * passes];
    long[] imageIoNanos = new long[n * passes];
    int checksum = 0;
    int imageIoChecksum = 0;
    for (int pass = 0; pass < warmup + passes; pass++) {
      boolean measured = pass >= warmup;
      for (int i = 0; i < n; i++) {
        long a = System.nanoTime();
        Luma luma = decoder.decodeLuma(images.get(i));
        long b = System.nanoTime();
        checksum += hasher.hash(luma).quality();
        long c = System.nanoTime();
        imageIoChecksum += hasher.hash(imageIo.decode(images.get(i))).quality();
        long d = System.nanoTime();
        if (measured) {
          int k = (pass - warmup) * n + i;
          decodeNanos[k] = b - a;
          hashNanos[k] = c - b;
          totalNanos[k] = c - a;
          imageIoNanos[k] = d - c;
        }
      }
    }
    int count = n * passes;
    Latencies total = Latencies.of(totalNanos, count);
    out.printf("bench hash: %d images from %s (mean %.2f megapixels), definition %s, one thread,"
        + " %d measured passes after %d warm-up%n", n, folder, pixelCount / 1e6 / n, definition.id(), passes, warmup);
    out.printf("  %-24s %10s %10s %10s %10s%n", "", "images/s", "mean ms", "p50 ms", "p99 ms");
    row(out, "decode + hash", total);
    row(out, "  decode (to luminance)", Latencies.of(decodeNanos, count));
    row(out, "  hash (PDQ)", Latencies.of(hashNanos, count));
    Latencies viaImageIo = Latencies.of(imageIoNanos, count);
    row(out, "ImageIO decode + hash", viaImageIo);
    out.printf("  speed-up of the fast JPEG path over ImageIO: %.2fx%s%n", total.perSecond() / viaImageIo.perSecond(),
        checksum == imageIoChecksum ? "" : " (QUALITY CHECKSUMS DIFFER)");
    out.printf("  ratio to the upstream C++ pipeline (%.1f/s on this machine kind): %.2fx%n",
        CPP_REFERENCE_PER_SECOND, total.perSecond() / CPP_REFERENCE_PER_SECOND);
    out.printf("  ratio to the upstream Java reference (%.1f/s on this machine kind): %.2fx%n",
        JAVA_REFERENCE_PER_SECOND, total.perSecond() / JAVA_REFERENCE_PER_SECOND);
    out.printf("  (quality checksum %d)%n", checksum);
    out.flush();
    return VigilCli.OK;
  }

  private static void row(PrintWriter out, String name, Latencies l) {
    out.printf("  %-24s %10.1f %10.3f %10.3f %10.3f%n", name, l.perSecond(), l.meanMillis(), l.p50Millis(), l.p99Millis());
  }
}
