package eu.vigil.hashing.tmk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import eu.vigil.hashing.HashingTestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The 15 upstream {@code .tmk} sample hashes: read, written back byte for byte, and all 105 pair
 * scores equal to upstream {@code tmk-two-level-score} within 1e-4.
 */
class TmkShippedHashesTests {

  private static final String HASHES = "video/tmk/sample-hashes/";

  private static Map<String, byte[]> files() throws IOException {
    Map<String, byte[]> out = new HashMap<>();
    try (Stream<Path> list = Files.list(HashingTestData.file(HASHES))) {
      for (Path p : list.filter(f -> f.toString().endsWith(".tmk")).toList()) {
        out.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    assertThat(out).hasSize(15);
    return out;
  }

  @Test
  void everyShippedFileReadsAsUpstreamParametersAndWritesBackByteForByte() throws IOException {
    for (Map.Entry<String, byte[]> e : files().entrySet()) {
      byte[] bytes = e.getValue();
      TmkHash hash = TmkFormat.fromBytes(bytes);
      assertThat(hash.framesPerSecond()).as(e.getKey()).isEqualTo(15);
      assertThat(hash.periods()).containsExactly(2731, 4391, 9767, 14653);
      assertThat(hash.coefficients()).hasSize(32);
      assertThat(hash.coefficients()[0]).isEqualTo(0.0708041893112f);
      assertThat(hash.dimension()).isEqualTo(256);
      assertThat(hash.frameCount()).as(e.getKey()).isPositive();
      assertThat(bytes).hasSize(TmkFormat.UPSTREAM_SIZE);
      assertThat(TmkFormat.toBytes(hash)).as(e.getKey()).isEqualTo(bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      TmkFormat.write(TmkFormat.read(new ByteArrayInputStream(bytes)), out);
      assertThat(out.toByteArray()).isEqualTo(bytes);
      assertThat(TmkFormat.fromBytes(bytes)).isEqualTo(hash);
    }
  }

  @Test
  void all105PairScoresEqualUpstreamTwoLevelScore() throws IOException {
    Map<String, TmkHash> hashes = new HashMap<>();
    for (Map.Entry<String, byte[]> e : files().entrySet()) {
      hashes.put(e.getKey(), TmkFormat.fromBytes(e.getValue()));
    }
    List<String[]> rows = HashingTestData.csvRows("video/tmk/expected/tmk_pair_scores.csv");
    assertThat(rows).hasSize(105);
    double worst = 0;
    for (String[] row : rows) {
      TmkScores scores = TmkScores.of(hashes.get(row[2]), hashes.get(row[3]));
      double level1 = Double.parseDouble(row[0]);
      double level2 = Double.parseDouble(row[1]);
      assertThat((double) scores.level1()).as("level 1 %s %s", row[2], row[3]).isCloseTo(level1, within(1e-4));
      assertThat((double) scores.level2()).as("level 2 %s %s", row[2], row[3]).isCloseTo(level2, within(1e-4));
      worst = Math.max(worst, Math.max(Math.abs(scores.level1() - level1), Math.abs(scores.level2() - level2)));
    }
    // The CSV has six decimals; exact float arithmetic in upstream order lands within its rounding.
    assertThat(worst).isLessThanOrEqualTo(1.5e-6);
  }

  @Test
  void aHashScoresOneAgainstItselfAndTheOrderOfThePairDoesNotMatter() throws IOException {
    Map<String, byte[]> files = files();
    TmkHash a = TmkFormat.fromBytes(files.get("chair-19-sd-bar.tmk"));
    TmkHash b = TmkFormat.fromBytes(files.get("doorknob-hd-no-bar.tmk"));
    TmkScores self = TmkScores.of(a, a);
    assertThat(self.level1()).isCloseTo(1.0f, within(1e-5f));
    assertThat(self.level2()).isCloseTo(1.0f, within(1e-4f));
    assertThat(self.matches(TmkScores.DEFAULT_THRESHOLD)).isTrue();
    assertThat(TmkScores.of(a, b).level1()).isCloseTo(TmkScores.of(b, a).level1(), within(1e-6f));
    assertThat(TmkScores.of(a, b).matches(TmkScores.DEFAULT_THRESHOLD)).isFalse();
    assertThat(a.equalsWithin(a, 0f)).isTrue();
    assertThat(a.equalsWithin(b, 0.1f)).isFalse();
  }

  @Test
  void malformedFilesFailWithAClearMessage() throws IOException {
    byte[] good = files().get("chair-19-sd-bar.tmk");
    assertThatThrownBy(() -> TmkFormat.fromBytes(Arrays.copyOf(good, 20)))
        .isInstanceOf(TmkFormatException.class).hasMessageContaining("32-byte header");
    assertThatThrownBy(() -> TmkFormat.fromBytes(Arrays.copyOf(good, good.length - 1)))
        .isInstanceOf(TmkFormatException.class).hasMessageContaining("263344 bytes, got 263343");
    byte[] badMagic = good.clone();
    badMagic[8] = 'X';
    assertThatThrownBy(() -> TmkFormat.fromBytes(badMagic))
        .isInstanceOf(TmkFormatException.class).hasMessageContaining("algorithm magic must be \"PDQF\", got \"XDQF\"");
    byte[] hugePeriods = good.clone();
    hugePeriods[16] = (byte) 0xff;
    hugePeriods[17] = (byte) 0xff;
    assertThatThrownBy(() -> TmkFormat.fromBytes(hugePeriods))
        .isInstanceOf(TmkFormatException.class).hasMessageContaining("period count must be 0..16");
    byte[] longPeriod = good.clone();
    longPeriod[32 + 3] = 0x7f;
    assertThatThrownBy(() -> TmkFormat.fromBytes(longPeriod))
        .isInstanceOf(TmkFormatException.class).hasMessageContaining("period 0 must be 1..1048576");
    byte[] tooLong = Arrays.copyOf(good, 5_000_000);
    assertThatThrownBy(() -> TmkFormat.read(new ByteArrayInputStream(tooLong)))
        .isInstanceOf(TmkFormatException.class).hasMessageContaining("this one is longer");
  }
}
