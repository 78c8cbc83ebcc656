package eu.vigil.cli;

import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.imageio.ImageIoDecoder;
import eu.vigil.hashing.imageio.UnreadableImageException;
import eu.vigil.hashing.pdq.Dihedral;
import eu.vigil.hashing.pdq.DihedralHashes;
import eu.vigil.hashing.pdq.PdqDefinition;
import eu.vigil.hashing.pdq.PdqHasher;
import eu.vigil.hashing.pdq.PdqResult;
import eu.vigil.hashing.pdq.Luma;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil hash}: the PDQ hash and quality of image files, on all cores, printed in path order.
 *
 * <p>CSV (default) is the upstream text format, one line per image: {@code pdq_hex,quality,path};
 * with {@code --dihedral} the eight hashes in the order original, rotate90, rotate180, rotate270,
 * flipx, flipy, flipplus1, flipminus1, then quality and path. JSON is one object per line (JSON
 * Lines). Files that cannot be read or decoded are reported on stderr and skipped (exit code 1).
 */
@Command(
    name = "hash",
    mixinStandardHelpOptions = true,
    subcommands = HashVideoCommand.class,
    description = {
      "Computes PDQ hashes of image files or folders (searched recursively for image files).",
      "CSV output: one line per image, pdq_hex,quality,path (the upstream format), sorted by path.",
      "Unreadable files are reported on stderr and skipped (exit code 1).",
      "Videos: vigil hash video FILE... (vPDQ and TMK+PDQF)."
    })
final class HashCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--definition",
      paramLabel = "full|cli512",
      defaultValue = "full",
      converter = Converters.Definition.class,
      description = "PDQ definition: full (default; HMA/python-threatexchange) or cli512 (upstream C++ tool).")
  PdqDefinition definition;

  @Option(names = "--dihedral", description = "Print the hashes of all 8 rotations and mirror images.")
  boolean dihedral;

  @Option(
      names = "--format",
      paramLabel = "csv|json",
      defaultValue = "csv",
      converter = Converters.Format.class,
      description = "Output format: csv (default) or json (one JSON object per line).")
  OutputFormat format;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all cores).")
  Integer threads;

  // 0..* so that picocli reaches the "video" subcommand; an empty list is refused in call()
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Image files or folders (at least one).")
  List<Path> paths;

  /** Output formats of {@code vigil hash}. */
  enum OutputFormat {
    CSV,
    JSON
  }

  /** What happened to one file. */
  sealed interface Outcome permits Hashed, Failed {
    Path file();
  }

  /** A file that was hashed. */
  record Hashed(Path file, List<PdqHash> hashes, int quality) implements Outcome {}

  /** A file that could not be read or decoded. */
  record Failed(Path file, String reason) implements Outcome {}

  @Override
  public Integer call() throws InterruptedException {
    if (paths == null || paths.isEmpty()) {
      throw new UsageException("missing required parameter: PATH (image files or folders), or the video subcommand");
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new UsageException("--threads must be at least 1, got " + workers);
    }
    List<Path> files = ImageFiles.collect(paths);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ImageIoDecoder decoder = new ImageIoDecoder();
    ThreadLocal<PdqHasher> hashers = ThreadLocal.withInitial(() -> new PdqHasher(definition));
    int failed = 0;
    try (ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon().factory());
        Progress progress = Progress.onTerminal("hash", files.size())) {
      ArrayDeque<Future<Outcome>> pending = new ArrayDeque<>();
      int window = 4 * workers;
      for (Path file : files) {
        pending.add(pool.submit(() -> hashOne(file, decoder, hashers.get())));
        if (pending.size() >= window) {
          failed += print(pending.poll(), out, err, progress);
        }
      }
      while (!pending.isEmpty()) {
        failed += print(pending.poll(), out, err, progress);
      }
    }
    out.flush();
    if (failed > 0) {
      err.printf("vigil hash: %d of %d files could not be hashed%n", failed, files.size());
      return VigilCli.SOME_FAILED;
    }
    return VigilCli.OK;
  }

  private Outcome hashOne(Path file, ImageIoDecoder decoder, PdqHasher hasher) {
    try {
      Luma luma = decoder.decodeLuma(file); // the same hashes as decode(file), faster for JPEGs
      if (dihedral) {
        DihedralHashes all = hasher.hashDihedral(luma);
        return new Hashed(file, all.hashes(), all.quality());
      }
      PdqResult result = hasher.hash(luma);
      return new Hashed(file, List.of(result.hash()), result.quality());
    } catch (UnreadableImageException e) {
      return new Failed(file, e.getMessage());
    } catch (NoSuchFileException e) {
      return new Failed(file, file + ": no such file");
    } catch (AccessDeniedException e) {
      return new Failed(file, file + ": permission denied");
    } catch (IOException e) {
      return new Failed(file, file + ": cannot read: " + e.getMessage());
    } catch (RuntimeException | OutOfMemoryError e) {
      return new Failed(file, file + ": " + e);
    }
  }

  private int print(Future<Outcome> future, PrintWriter out, PrintWriter err, Progress progress)
      throws InterruptedException {
    Outcome outcome;
    try {
      outcome = future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("hashing failed unexpectedly", e.getCause());
    }
    progress.step();
    return switch (outcome) {
      case Hashed hashed -> {
        out.println(format == OutputFormat.JSON ? json(hashed) : csv(hashed));
        yield 0;
      }
      case Failed f -> {
        err.println("vigil hash: skipped " + f.reason());
        yield 1;
      }
    };
  }

  private static String csv(Hashed hashed) {
    return hashed.hashes().stream().map(PdqHash::toText).collect(Collectors.joining(","))
        + "," + hashed.quality() + "," + hashed.file();
  }

  private String json(Hashed hashed) {
    StringBuilder s = new StringBuilder("{\"path\":").append(Json.string(hashed.file().toString()));
    s.append(",\"definition\":\"").append(definition.id()).append('"');
    s.append(",\"pdq\":\"").append(hashed.hashes().getFirst().toText()).append('"');
    s.append(",\"quality\":").append(hashed.quality());
    if (dihedral) {
      s.append(",\"dihedral\":{");
      Dihedral[] transforms = Dihedral.values();
      for (int i = 0; i < transforms.length; i++) {
        s.append(i == 0 ? "" : ",").append('"').append(transforms[i].id()).append("\":\"")
            .append(hashed.hashes().get(i).toText()).append('"');
      }
      s.append('}');
    }
    return s.append('}').toString();
  }
}
