package eu.vigil.hashing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates the shared hashing test vectors ({@code shared/testdata/hashing}, a sibling of the
 * repository) by walking up from the working directory, and reads its CSV and hash-list files.
 */
public final class HashingTestData {

  private static final Path ROOT = locate();

  private HashingTestData() {}

  /** The {@code shared/testdata/hashing} directory. */
  public static Path root() {
    return ROOT;
  }

  /** A file below {@code shared/testdata/hashing}, e.g. {@code pdq/expected/pdq_expected.csv}. */
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

  private static Path locate() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("testdata").resolve("hashing");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "cannot find shared/testdata/hashing in " + dir + " or any parent; the hashing tests need the"
            + " shared test vectors next to the repository (see shared/testdata/hashing/README.md)");
  }
}
