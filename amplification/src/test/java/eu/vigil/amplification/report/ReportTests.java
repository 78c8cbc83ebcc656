package eu.vigil.amplification.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vigil.amplification.Amplification;
import eu.vigil.amplification.analysis.AnalysisConfig;
import eu.vigil.amplification.data.Account;
import eu.vigil.amplification.data.Arm;
import eu.vigil.amplification.data.DataSet;
import eu.vigil.amplification.data.Impression;
import eu.vigil.amplification.data.Item;
import eu.vigil.amplification.data.LabelSource;
import eu.vigil.amplification.taxonomy.LabelCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** R7 (determinism), R12 (report completeness) and R5 in the written tables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTests {

  @TempDir
  static Path tmp;

  private Report first;
  private Path data;

  @BeforeAll
  void analyseTheDemonstrationDataFromFiles() {
    data = tmp.resolve("data");
    Amplification.simulate("demo", 42, data);
    first = Amplification.analyze(data, tmp.resolve("report1"), null, (d, t) -> {});
  }

  @Test
  void sameInputsSeedAndBGiveByteIdenticalJson() throws IOException { // R7
    Report second = Amplification.analyze(data, tmp.resolve("report2"), null, (d, t) -> {});
    for (String f : List.of("cells.json", "trajectory.json", "metadata.json", "pairs.json", "reach.json",
        "reliability.json", "dsa_rollup.json", "accounts.json")) {
      assertThat(Files.readAllBytes(second.directory().resolve(f)))
          .as(f).isEqualTo(Files.readAllBytes(first.directory().resolve(f)));
    }
  }

  @Test
  void aDifferentSeedChangesTheIntervalsButNotThePointEstimates() throws IOException {
    Path cfg = tmp.resolve("seed7.json");
    Files.writeString(cfg, "{\"seed\": 7, \"B\": 2000}");
    Report other = Amplification.analyze(data, tmp.resolve("report-seed7"), cfg, (d, t) -> {});
    assertThat(other.result().cells().getFirst().contrast().pTreat())
        .isEqualTo(first.result().cells().getFirst().contrast().pTreat());
    assertThat(Files.readString(other.directory().resolve("cells.json")))
        .isNotEqualTo(Files.readString(first.directory().resolve("cells.json")));
  }

  @Test
  void everyRunWritesTheCellTableAtLeastFourPlotsAndTheMetadataBlock() throws IOException { // R12
    Path dir = first.directory();
    assertThat(ReportSchema.missing(dir)).isEmpty();
    assertThat(first.plots()).contains("forest_ar", "depth_curves", "kaplan_meier", "share_distribution",
        "label_mix", "sensitivity").anyMatch(p -> p.startsWith("heatmap_"));
    String meta = Files.readString(dir.resolve("metadata.json"));
    for (String field : ReportMetadata.REQUIRED_FIELDS) {
      assertThat(meta).contains("\"" + field + "\"");
    }
    assertThat(meta).contains(DataSetHash.of(data));
    assertThat(Files.readString(dir.resolve("cells.csv")).lines().count()).isEqualTo(1 + 8); // 4 home_feed + 4 up_next cells
    assertThat(Files.readString(dir.resolve("plots/forest_ar.svg"))).startsWith("<?xml").contains("<svg");
    assertThat(Files.size(dir.resolve("plots/forest_ar.png"))).isGreaterThan(1000);
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("Limitations", "Art. 34/35", "Reproducibility", "plots/forest_ar.svg",
        first.inputSha256());
  }

  @Test
  void theSchemaCheckRejectsAReportWithAMissingMetadataField() throws IOException { // R12
    Path dir = first.directory();
    Path broken = tmp.resolve("broken");
    Files.createDirectories(broken.resolve("plots"));
    try (var files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Files.copy(p, broken.resolve(dir.relativize(p).toString()));
      }
    }
    Files.writeString(broken.resolve("metadata.json"),
        Files.readString(dir.resolve("metadata.json")).replace("\"baseline_arm\"", "\"baseline\""));
    Files.delete(broken.resolve("plots/forest_ar.png"));
    Files.delete(broken.resolve("plots/depth_curves.svg"));
    Files.delete(broken.resolve("plots/kaplan_meier.png"));
    Files.delete(broken.resolve("plots/label_mix.png"));
    Files.delete(broken.resolve("plots/sensitivity.png"));
    assertThatThrownBy(() -> ReportSchema.check(broken)).isInstanceOfSatisfying(IncompleteReportException.class,
        e -> assertThat(e.missing()).anyMatch(m -> m.contains("baseline_arm")).anyMatch(m -> m.startsWith("plots")));
  }

  @Test
  void aZeroBaselineIsWrittenAsNotEstimableWithoutNanOrInfinity() throws IOException { // R5
    List<Account> accounts = new ArrayList<>();
    List<Impression> impressions = new ArrayList<>();
    for (int a = 0; a < 20; a++) {
      Arm arm = a < 10 ? Arm.TREAT : Arm.BASE;
      accounts.add(new Account("a" + a, "x", "FR", "fr", arm, arm == Arm.TREAT ? "engaged" : "baseline", null, true,
          null, null, null));
      for (int i = 1; i <= 30; i++) {
        impressions.add(new Impression("a" + a, "s", 1, "for_you", i, arm == Arm.TREAT && i % 7 == 0 ? "h" : "n", null));
      }
    }
    List<Item> items = List.of(
        new Item("h", "x", null, "fr", LabelCode.TVE_1, null, null, null, null, null, null, LabelSource.HUMAN, null, List.of()),
        new Item("n", "x", null, "fr", LabelCode.NEU, null, null, null, null, null, null, LabelSource.HUMAN, null, List.of()));
    Report r = Amplification.analyze(DataSet.of(accounts, impressions, items),
        AnalysisConfig.defaults().withReplicates(200, 99), tmp.resolve("zero"), (d, t) -> {});
    String json = Files.readString(r.directory().resolve("cells.json"));
    assertThat(json).contains("\"ar_status\": \"not_estimable\"", "\"ar\": null", "\"delta\": 0.1333")
        .doesNotContain("NaN", "Infinity");
    assertThat(Files.readString(r.directory().resolve("cells.csv"))).doesNotContain("NaN", "Infinity");
  }

  /** Recomputes the combined input hash independently of the report code. */
  private static final class DataSetHash {
    static String of(Path dir) throws IOException {
      StringBuilder sb = new StringBuilder();
      for (String f : List.of("accounts.csv", "aggregates.csv", "annotations.csv", "impressions.csv", "items.csv")) {
        Path p = dir.resolve(f);
        if (Files.exists(p)) {
          sb.append(f).append(':').append(java.util.HexFormat.of().formatHex(
              sha(Files.readAllBytes(p)))).append('\n');
        }
      }
      return java.util.HexFormat.of().formatHex(sha(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static byte[] sha(byte[] b) {
      try {
        return java.security.MessageDigest.getInstance("SHA-256").digest(b);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
