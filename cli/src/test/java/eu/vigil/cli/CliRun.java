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
 * repository's test vectors ({@code testdata/hashing}) through {@link eu.vigil.hashing.HashingTestData}, the one
 * locator shared by the modules (from the hashing test-jar).
 *
 * @param exitCode the exit code
 * @param out what was printed on stdout
 * @param err what was printed on stderr
 */
record CliRun(int exitCode, String out, String err) {

  private static final Path TEST_DATA = eu.vigil.hashing.HashingTestData.root();

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

}
