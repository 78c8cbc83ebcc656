package eu.vigil.cli;

import static eu.vigil.cli.CliRun.testData;
import static eu.vigil.cli.CliRun.vigil;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Output shape and exit codes only: speed is measured by the benchmarks, never asserted here. */
class BenchCommandTests {

  @Test
  void benchMatchComparesIndexWithLinearScanAndChecksRecall() {
    CliRun run = vigil("bench", "match", "--size", "20000", "--queries", "40", "--warmup", "5", "--snapshot");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("20,000 random PDQ-like hashes", "radius 31", "build index", "load snapshot", "heap of the index")
        .contains("PdqIndex", "linear scan", "ratio (scan/index)", "p50 ms", "p99 ms")
        .contains("recall 1.0000, 0 queries differ");
  }

  @Test
  void benchHashReportsThroughputAndLatencyOfDecodeAndHash() {
    CliRun run = vigil("bench", "hash", "--passes", "1", "--warmup", "0",
        testData("pdq/decoded-rgb/misc-images").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("images/s", "p50 ms", "p99 ms", "decode + hash", "decode (to luminance)", "hash (PDQ)", "ImageIO decode + hash")
        .contains("ratio to the upstream C++ pipeline");
  }

  @Test
  void badArgumentsExitWithTwo() {
    assertThat(vigil("bench", "match", "--size", "0", "--queries", "1").exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("bench", "match", "--size", "10", "--queries", "1", "--radius", "300").exitCode())
        .isEqualTo(VigilCli.USAGE);
    assertThat(vigil("bench", "match", "--queries", "1").exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("bench", "hash", "/no/such/folder").exitCode()).isEqualTo(VigilCli.USAGE);
    assertThat(vigil("bench", "hash").exitCode()).isEqualTo(VigilCli.USAGE);
  }
}
