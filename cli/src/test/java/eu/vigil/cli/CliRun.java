package eu.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the CLI in-process and captures its exit code, stdout and stderr; also locates the shared
 * test vectors ({@code shared/testdata/hashing}) by walking up from the working directory.
 *
 * @param exitCode the exit code
 * @param out what was printed on stdout
 * @param err what was printed on stderr
 */
record CliRun(int exitCode, String out, String err) {

  private static final Path TEST_DATA = locate();

  /** Runs {@code vigil ARGS...}. */
  static CliRun vigil(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VigilCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The non-empty lines of stdout. */
  List<String> outLines() {
    return out.lines().filter(l -> !l.isEmpty()).toList();
  }

  /** A path below {@code shared/testdata/hashing}. */
  static Path testData(String relative) {
    return TEST_DATA.resolve(relative);
  }

  /** The rows of a CSV file of the test data without its header, split at commas. */
  static List<String[]> csvRows(String relative) {
    try {
      List<String[]> rows = new ArrayList<>();
      List<String> lines = Files.readAllLines(testData(relative));
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path locate() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("testdata").resolve("hashing");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("cannot find shared/testdata/hashing in " + dir + " or any parent");
  }
}
