package eu.vigil.hashing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates the hashing test vectors kept in the repository ({@code testdata/hashing} next to
 * {@code mvnw}) by walking up from the working directory, and reads its CSV and hash-list files.
 */
public final class HashingTestData {

  private static final Path ROOT = locate(Path.of(""));

  private HashingTestData() {}

  /** The repository's {@code testdata/hashing} directory. */
  public static Path root() {
    return ROOT;
  }

  /** A file below {@code testdata/hashing}, e.g. {@code pdq/expected/pdq_expected.csv}. */
  public static Path file(String relative) {
    return ROOT.resolve(relative);
  }

  /** The lines of a text file, without blank lines. */
  public static List<String> lines(String relative) {
    try {
      return Files.readAllLines(file(relative)).stream().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a CSV file without its header line, split at commas. */
  public static List<String[]> csvRows(String relative) {
    List<String> lines = lines(relative);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(line.split(",", -1));
    }
    return rows;
  }

  /** The PDQ hashes of a hash list file (one hex hash per line), in line order. */
  public static List<PdqHash> pdqHashes(String relative) {
    return lines(relative).stream().map(String::strip).map(PdqHash::parse).toList();
  }

  /**
   * The repository's {@code testdata/hashing}: below the first folder at or above {@code start} that holds
   * {@code mvnw}. Fails (never skips) with a message naming the path it expected.
   */
  static Path locate(Path start) {
    Path from = start.toAbsolutePath();
    for (Path d = from; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("mvnw"))) {
        Path data = d.resolve("testdata").resolve("hashing");
        if (!Files.isDirectory(data)) {
          throw new IllegalStateException("hashing test vectors missing: expected the folder " + data
              + " (part of the repository, see testdata/hashing/README.md)");
        }
        return data;
      }
    }
    throw new IllegalStateException("hashing test vectors not found: no folder holding mvnw at or above " + from
        + ", expected <repository>/testdata/hashing");
  }
}
