package eu.vigil.cli;

import static eu.vigil.cli.CliRun.csvRows;
import static eu.vigil.cli.CliRun.testData;
import static eu.vigil.cli.CliRun.vigil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTests {

  private static final String NEEDLES = testData("pdq/matching/needles.txt").toString();
  private static final String HAYSTACK = testData("pdq/matching/haystack.txt").toString();

  private static List<String> expectedPairs(String csv, int radius) {
    return csvRows(csv).stream()
        .filter(r -> Integer.parseInt(r[2]) <= radius)
        .map(r -> String.join(",", r))
        .sorted()
        .toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 31, 63})
  void printsExactlyTheReferencePairsOfNeedlesAndHaystack(int radius) {
    CliRun run = vigil("match", "--hashes", HAYSTACK, "--radius", String.valueOf(radius), NEEDLES);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).allMatch(l -> l.matches("\\d+,\\d+,\\d+"));
    assertThat(run.outLines().stream().sorted().toList())
        .isEqualTo(expectedPairs("pdq/matching/expected_needles_vs_haystack_le63.csv", radius));
  }

  @Test
  void defaultRadiusIs31AndOutputIsOrderedByQueryThenListLine() {
    CliRun run = vigil("match", "--hashes", HAYSTACK, NEEDLES);

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSameElementsAs(expectedPairs("pdq/matching/expected_needles_vs_haystack_le63.csv", 31));
    List<long[]> keys = run.outLines().stream()
        .map(l -> l.split(","))
        .map(f -> new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])})
        .toList();
    for (int i = 1; i < keys.size(); i++) {
      long[] a = keys.get(i - 1);
      long[] b = keys.get(i);
      assertThat(a[0] < b[0] || (a[0] == b[0] && a[1] < b[1])).as("line %d in order", i + 1).isTrue();
    }
  }

  @Test
  void findsTheSyntheticReferencePairsAt47() {
    CliRun run = vigil("match", "--hashes", testData("pdq/matching/synthetic_haystack_50k.txt").toString(),
        "--radius", "47", testData("pdq/matching/synthetic_needles_1k.txt").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSameElementsAs(expectedPairs("pdq/matching/expected_synthetic_le47.csv", 47));
  }

  @Test
  void acceptsHashOutputBlankLinesAndCommentsKeepingLineNumbers(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("list.txt");
    String hash = Files.readAllLines(testData("pdq/matching/needles.txt")).get(4);
    Files.writeString(list, "# bank\n\n" + hash + ",100,photo.jpg\n" + hash.toUpperCase() + "\n");
    Path queries = dir.resolve("queries.txt");
    Files.writeString(queries, "\n" + hash + "\n");

    CliRun run = vigil("match", "--hashes", list.toString(), queries.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).containsExactly("2,3,0", "2,4,0");
  }

  @Test
  void malformedLineExitsWithTwoNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("bank.txt");
    String hash = Files.readAllLines(testData("pdq/matching/needles.txt")).getFirst();
    Files.writeString(list, hash + "\n" + hash + "\n" + hash.substring(1) + "\n");

    CliRun run = vigil("match", "--hashes", list.toString(), NEEDLES);

    assertThat(run.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(run.err()).contains(list + ":3: not a PDQ hash");
    assertThat(run.out()).isEmpty();

    CliRun inQueries = vigil("match", "--hashes", NEEDLES, list.toString());
    assertThat(inQueries.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(inQueries.err()).contains(list + ":3:");
  }

  @Test
  void badArgumentsExitWithTwo() {
    assertThat(vigil("match", NEEDLES).exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("match", "--hashes", HAYSTACK).exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("match", "--hashes", HAYSTACK, "--radius", "-1", NEEDLES).exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("match", "--hashes", HAYSTACK, "--radius", "x", NEEDLES).exitCode()).isEqualTo(VigilCli.USAGE);
    CliRun missing = vigil("match", "--hashes", "/no/such/list.txt", NEEDLES);
    assertThat(missing.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(missing.err()).contains("no such hash list file: /no/such/list.txt");
  }
}
