package eu.vigil.cli;

import static eu.vigil.cli.CliRun.csvRows;
import static eu.vigil.cli.CliRun.testData;
import static eu.vigil.cli.CliRun.vigil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashCommandTests {

  private static final String BRIDGE_MODS = "pdq/decoded-rgb/bridge-mods";
  private static final String BRIDGE = "pdq/decoded-rgb/reg-test-input/dih/bridge-1-original.jpg.png";

  /** The row of pdq_dihedral_full.csv for the bridge photo: file, 8 hashes, quality. */
  private static String[] bridgeDihedralRow() {
    return csvRows("pdq/expected/pdq_dihedral_full.csv").stream()
        .filter(r -> r[0].equals("images/reg-test-input/dih/bridge-1-original.jpg")).findFirst().orElseThrow();
  }

  /** Expected {@code pdq,quality} per decoded-rgb file name, from pdq_expected.csv. */
  private static Map<String, String> expected(int qualityColumn, int hashColumn) {
    Map<String, String> out = new HashMap<>();
    for (String[] row : csvRows("pdq/expected/pdq_expected.csv")) {
      String png = Path.of(row[0]).getFileName() + ".png";
      out.put(png, row[hashColumn] + "," + row[qualityColumn]);
    }
    return out;
  }

  @Test
  void printsUpstreamCsvLinesSortedByPathWithTheReferenceHashes() {
    CliRun run = vigil("hash", testData(BRIDGE_MODS).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(5).allMatch(l -> l.matches("[0-9a-f]{64},\\d{1,3},.+\\.png"));
    List<String> paths = lines.stream().map(l -> l.split(",", 3)[2]).toList();
    assertThat(paths).isSorted();
    Map<String, String> expected = expected(4, 5);
    for (String line : lines) {
      String[] fields = line.split(",", 3);
      String name = Path.of(fields[2]).getFileName().toString();
      assertThat(fields[0] + "," + fields[1]).as(name).isEqualTo(expected.get(name));
    }
  }

  @Test
  void cli512DefinitionReproducesTheUpstreamTool() {
    CliRun run = vigil("hash", "--definition", "cli512", testData(BRIDGE_MODS).toString());

    assertThat(run.exitCode()).isZero();
    Map<String, String> expected = expected(6, 7);
    for (String line : run.outLines()) {
      String[] fields = line.split(",", 3);
      assertThat(fields[0] + "," + fields[1]).isEqualTo(expected.get(Path.of(fields[2]).getFileName().toString()));
    }
  }

  @Test
  void dihedralPrintsEightHashesInTheOrderOfTheReferenceTable() {
    Path png = testData(BRIDGE);
    CliRun run = vigil("hash", "--dihedral", png.toString());

    assertThat(run.exitCode()).isZero();
    String[] expectedRow = bridgeDihedralRow();
    assertThat(run.outLines()).containsExactly(String.join(",", List.of(expectedRow).subList(1, 10)) + "," + png);
  }

  @Test
  void jsonFormatPrintsOneObjectPerImage() {
    Path png = testData(BRIDGE);
    String[] expected = bridgeDihedralRow();
    CliRun run = vigil("hash", "--format", "json", "--dihedral", png.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).singleElement().satisfies(line -> {
      assertThat(line).startsWith("{\"path\":\"" + png + "\"").endsWith("}}");
      assertThat(line).contains("\"definition\":\"full\"")
          .contains("\"pdq\":\"" + expected[1] + "\"")
          .contains("\"quality\":" + expected[9])
          .contains("\"dihedral\":{\"original\":\"" + expected[1] + "\",\"rotate90\":\"" + expected[2] + "\"")
          .contains("\"flipminus1\":\"" + expected[8] + "\"");
    });
  }

  @Test
  void reportsUnreadableFilesOnStderrSkipsThemAndExitsWithOne(@TempDir Path dir) throws IOException {
    Files.copy(testData(BRIDGE), dir.resolve("a-good.png"));
    Files.write(dir.resolve("b-broken.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x00, 0x12});
    Files.writeString(dir.resolve("c-text.png"), "not an image");
    Files.writeString(dir.resolve("notes.txt"), "ignored: not an image extension");

    CliRun run = vigil("hash", dir.toString());

    assertThat(run.exitCode()).isEqualTo(VigilCli.SOME_FAILED);
    assertThat(run.outLines()).singleElement().asString().endsWith(",100," + dir.resolve("a-good.png"));
    assertThat(run.err()).contains("b-broken.jpg").contains("c-text.png").doesNotContain("notes.txt")
        .contains("2 of 3 files could not be hashed");
  }

  @Test
  void outputDoesNotDependOnTheNumberOfThreads() {
    String folder = testData("pdq/synthetic").toString();
    CliRun one = vigil("hash", "--threads", "1", folder);
    CliRun two = vigil("hash", "--threads", "2", folder);

    assertThat(one.exitCode()).isZero();
    assertThat(one.outLines()).hasSize(12);
    assertThat(two.out()).isEqualTo(one.out());
  }

  @Test
  void tinyImagesGetTheZeroHashWithQualityZero() {
    CliRun run = vigil("hash", testData("pdq/synthetic/noise-4x4.png").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).singleElement().asString().startsWith("0".repeat(64) + ",0,");
  }

  @Test
  void badArgumentsExitWithTwoAndAClearMessage() {
    String png = testData(BRIDGE).toString();

    CliRun missing = vigil("hash", png, "/no/such/file.jpg");
    assertThat(missing.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(missing.err()).contains("no such file or folder: /no/such/file.jpg");
    assertThat(missing.out()).isEmpty();

    CliRun definition = vigil("hash", "--definition", "half", png);
    assertThat(definition.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(definition.err()).contains("'half' is not a PDQ definition, expected full or cli512");

    CliRun format = vigil("hash", "--format", "xml", png);
    assertThat(format.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(format.err()).contains("'xml' is not a format, expected csv or json");

    assertThat(vigil("hash").exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("hash", "--threads", "0", png).exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("hash", "--bogus", png).exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("frobnicate").exitCode()).isEqualTo(VigilCli.USAGE);
  }
}
