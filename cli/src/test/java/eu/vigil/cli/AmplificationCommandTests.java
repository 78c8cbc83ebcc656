package eu.vigil.cli;

import static eu.vigil.cli.CliRun.vigil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigil amplification simulate|analyze} in-process: simulate → analyse on the demo design (with
 * a reduced B through {@code --config}), bad input and bad arguments (exit code 2).
 */
class AmplificationCommandTests {

  /** B and permutations at the library's minimum, so a demo analysis takes well under a second. */
  static Path fastConfig(Path dir, long seed) throws IOException {
    Path config = dir.resolve("fast-config.json");
    Files.writeString(config, "{\"B\": 200, \"permutations\": 199, \"seed\": " + seed + "}\n");
    return config;
  }

  @Test
  void simulatedDemoIsAnalysedIntoACompleteReportWithTheConfiguredReplicates(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    Path report = dir.resolve("report");

    CliRun simulate = vigil("amplification", "simulate", "--out", data.toString(), "--design", "demo", "--seed", "7");

    assertThat(simulate.exitCode()).as(simulate.err()).isZero();
    assertThat(simulate.out()).contains("simulated design demo (seed 7)");
    assertThat(data).isDirectoryContaining("glob:**/accounts.csv").isDirectoryContaining("glob:**/impressions.csv")
        .isDirectoryContaining("glob:**/items.csv").isDirectoryContaining("glob:**/truth.json");
    assertThat(Files.readString(data.resolve("truth.json"))).contains("\"design\": \"demo\"");

    CliRun analyze = vigil("amplification", "analyze", "--data", data.toString(), "--out", report.toString(),
        "--config", fastConfig(dir, 11).toString());

    assertThat(analyze.exitCode()).as(analyze.err()).isZero();
    assertThat(analyze.err()).doesNotContain("%"); // no progress bar when stderr is not a terminal
    assertThat(analyze.out()).contains("B = 200", "199 permutations", "seed 11", "report: " + report.resolve("report.html"));
    assertThat(report.resolve("report.html")).isRegularFile();
    assertThat(report.resolve("plots/forest_ar.svg")).isRegularFile();
    assertThat(report.resolve("plots/forest_ar.png")).isRegularFile();
    String metadata = Files.readString(report.resolve("metadata.json"));
    assertThat(metadata).containsPattern("\"B\"\\s*:\\s*200").containsPattern("\"seed\"\\s*:\\s*11");
    // the demo has 2 platforms x 2 languages x 2 surfaces of treated accounts: 8 cells, one row each
    assertThat(Files.readAllLines(report.resolve("cells.csv"))).hasSize(1 + 8);
  }

  @Test
  void invalidValueExitsWithTwoNamingFileRowAndColumn(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    assertThat(vigil("amplification", "simulate", "--out", data.toString(), "--design", "r1-recovery").exitCode()).isZero();
    setField(data.resolve("items.csv"), 3, "slant", "2.5");

    CliRun run = vigil("amplification", "analyze", "--data", data.toString(), "--out", dir.resolve("r").toString(),
        "--config", fastConfig(dir, 1).toString());

    assertThat(run.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(run.err()).startsWith("vigil amplification analyze: invalid input, 1 problem:")
        .contains("items.csv row 3, column slant:")
        .doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(dir.resolve("r")).doesNotExist();
  }

  @Test
  void everyProblemIsListedUpToALimit(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    assertThat(vigil("amplification", "simulate", "--out", data.toString(), "--design", "r1-recovery").exitCode()).isZero();
    setField(data.resolve("accounts.csv"), 2, "arm", "sideways");
    for (int row = 2; row <= 40; row++) {
      setField(data.resolve("impressions.csv"), row, "position", "first");
    }

    CliRun run = vigil("amplification", "analyze", "--data", data.toString(), "--out", dir.resolve("r").toString());

    assertThat(run.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(run.err()).contains("invalid input, 40 problems:", "accounts.csv row 2, column arm:",
        "impressions.csv row 2, column position:", "... and 20 more");
  }

  @Test
  void invalidConfigurationExitsWithTwoNamingTheFile(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    assertThat(vigil("amplification", "simulate", "--out", data.toString(), "--design", "r2-null").exitCode()).isZero();
    Path config = dir.resolve("my-config.json");
    Files.writeString(config, "{\"B\": \"many\"}");

    CliRun run = vigil("amplification", "analyze", "--data", data.toString(), "--out", dir.resolve("r").toString(),
        "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(run.err()).contains("invalid input, 1 problem:", "my-config.json, column B: expected an integer");
  }

  @Test
  void badArgumentsExitWithTwo(@TempDir Path dir) throws IOException {
    String out = dir.resolve("out").toString();
    assertThat(vigil("amplification", "simulate").exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("amplification", "simulate", "--out", out, "--seed", "x").exitCode()).isEqualTo(VigilCli.USAGE);
    CliRun unknownDesign = vigil("amplification", "simulate", "--out", out, "--design", "r99");
    assertThat(unknownDesign.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(unknownDesign.err()).contains("unknown design 'r99'", "r1-recovery", "demo");
    assertThat(Path.of(out)).doesNotExist();

    assertThat(vigil("amplification", "analyze", "--out", out).exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("amplification", "analyze", "--data", dir.toString()).exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("amplification", "analyze", "--data", dir.toString(), "--out", out, "--frobnicate").exitCode())
        .isEqualTo(VigilCli.USAGE);
    CliRun noData = vigil("amplification", "analyze", "--data", "/no/such/dir", "--out", out);
    assertThat(noData.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(noData.err()).contains("no such data directory: /no/such/dir");
    CliRun noConfig = vigil("amplification", "analyze", "--data", dir.toString(), "--out", out, "--config", "/no/cfg.json");
    assertThat(noConfig.exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(noConfig.err()).contains("no such configuration file: /no/cfg.json");
    assertThat(vigil("amplification", "frobnicate").exitCode()).isEqualTo(VigilCli.USAGE);
  }

  @Test
  void benchAmplificationTimesReadAnalyseAndReport() {
    CliRun run = vigil("bench", "amplification", "--impressions", "5000", "--bootstrap", "200", "--permutations", "199");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("bench amplification: 5,040 impressions", "B = 200", "199 permutations")
        .containsPattern("pass 1: read \\+ validate +\\d+\\.\\d s \\| analyse 24 cells +\\d+\\.\\d s \\| report +\\d+\\.\\d s \\| total");
    assertThat(vigil("bench", "amplification", "--bootstrap", "10").exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("bench", "amplification", "--impressions", "0").exitCode()).isEqualTo(VigilCli.USAGE);
  }

  /** Replaces the value of {@code column} in line {@code row} (header = 1) of a simple CSV file. */
  static void setField(Path csv, int row, String column, String value) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
    List<String> header = List.of(lines.getFirst().split(",", -1));
    int col = header.indexOf(column);
    String[] fields = lines.get(row - 1).split(",", -1);
    assertThat(col).as("column %s in %s", column, csv).isNotNegative();
    assertThat(fields).as("plain CSV line %d of %s", row, csv).hasSize(header.size());
    fields[col] = value;
    lines.set(row - 1, String.join(",", fields));
    Files.write(csv, lines, StandardCharsets.UTF_8);
  }
}
