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
 * Runs the CLI in-process and captures its exit code, stdout and stderr; also locates the
 * repository's test vectors ({@code testdata/hashing} next to {@code mvnw}) by walking up from the
 * working directory.
 *
 * @param exitCode the exit code
 * @param out what was printed on stdout
 * @param err what was printed on stderr
 */
record CliRun(int exitCode, String out, String err) {

  private static final Path TEST_DATA = locate(Path.of(""));

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

  /** A path below {@code testdata/hashing}. */
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
