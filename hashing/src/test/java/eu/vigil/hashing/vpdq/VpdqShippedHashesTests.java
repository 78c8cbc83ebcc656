package eu.vigil.hashing.vpdq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vigil.hashing.HashingTestData;
import eu.vigil.hashing.PdqHash;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 16 upstream vPDQ sample hash files: read and written back unchanged, and the match
 * percentages of all 16 x 16 ordered pairs equal to the expected CSVs of the upstream C++ matcher
 * and of python-threatexchange, to the two decimals they print.
 */
class VpdqShippedHashesTests {

  private static final String DIR = "video/vpdq/";
  private static final Map<String, List<VpdqFrame>> HASHES = new HashMap<>();

  private static List<VpdqFrame> hashes(String file) {
    return HASHES.computeIfAbsent(file, f -> {
      try {
        return VpdqFile.read(HashingTestData.file(DIR + "sample-hashes/" + f));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** Two decimals as C printf {@code %.2f} and Python print them: the exact binary value, half-even. */
  private static String twoDecimals(double v) {
    return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  @Test
  void everyFileReadsAndWritesBackUnchanged() throws IOException {
    List<String[]> rows = HashingTestData.csvRows(DIR + "expected/vpdq_cpp_match_hashes_brute.csv");
    List<String> files = rows.stream().map(r -> r[0]).distinct().toList();
    assertThat(files).hasSize(16);
    for (String file : files) {
      String text = Files.readString(HashingTestData.file(DIR + "sample-hashes/" + file));
      List<VpdqFrame> frames = hashes(file);
      assertThat(frames).as(file).isNotEmpty();
      assertThat(VpdqFile.format(frames)).as(file).isEqualTo(text);
      for (int i = 0; i < frames.size(); i++) {
        assertThat(frames.get(i).frameNumber()).as("every frame hashed (-r 0)").isEqualTo(i);
      }
    }
  }

  @Test
  void all256PairsMatchTheUpstreamCppBruteMatcher() {
    List<String[]> rows = HashingTestData.csvRows(DIR + "expected/vpdq_cpp_match_hashes_brute.csv");
    assertThat(rows).hasSize(256);
    for (String[] row : rows) {
      VpdqMatchRule rule = new VpdqMatchRule(Integer.parseInt(row[2]), false, Integer.parseInt(row[3]), false);
      assertThat(rule).isEqualTo(VpdqMatchRule.CPP_BRUTE);
      VpdqMatch m = VpdqMatch.of(hashes(row[0]), hashes(row[1]), rule);
      assertThat(twoDecimals(m.queryPercent())).as("query %s vs %s", row[0], row[1]).isEqualTo(row[4]);
      assertThat(twoDecimals(m.targetPercent())).as("target %s vs %s", row[0], row[1]).isEqualTo(row[5]);
    }
  }

  @Test
  void all256PairsMatchThePythonThreatExchangeConvention() {
    List<String[]> rows = HashingTestData.csvRows(DIR + "expected/vpdq_pytx_convention.csv");
    assertThat(rows).hasSize(256);
    int differFromCpp = 0;
    for (String[] row : rows) {
      VpdqMatchRule rule = new VpdqMatchRule(Integer.parseInt(row[2]), true, Integer.parseInt(row[3]), true);
      assertThat(rule).isEqualTo(VpdqMatchRule.PYTHON_THREATEXCHANGE);
      VpdqMatch m = VpdqMatch.of(hashes(row[0]), hashes(row[1]), rule);
      assertThat(twoDecimals(m.queryPercent())).as("query %s vs %s", row[0], row[1]).isEqualTo(row[4]);
      assertThat(twoDecimals(m.targetPercent())).as("target %s vs %s", row[0], row[1]).isEqualTo(row[5]);
      VpdqMatch cpp = VpdqMatch.of(hashes(row[0]), hashes(row[1]), VpdqMatchRule.CPP_BRUTE);
      if (cpp.queryPercent() != m.queryPercent() || cpp.targetPercent() != m.targetPercent()) {
        differFromCpp++;
      }
    }
    assertThat(differFromCpp).as("the two conventions really differ on the samples").isGreaterThan(20);
  }

  @Test
  void conventionsDifferExactlyWhereUpstreamsDo() {
    PdqHash a = PdqHash.ZERO;
    PdqHash at31 = a;
    for (int b = 0; b < 31; b++) {
      at31 = at31.flip(b);
    }
    List<VpdqFrame> query = List.of(new VpdqFrame(0, 100, a, 0), new VpdqFrame(1, 100, a, 0.5),
        new VpdqFrame(2, 49, a.flip(200), 1.0));
    List<VpdqFrame> target = List.of(new VpdqFrame(0, 100, at31, 0), new VpdqFrame(1, 100, at31.flip(255), 0.5));
    VpdqMatch cpp = VpdqMatch.of(query, target, VpdqMatchRule.CPP_BRUTE);
    VpdqMatch pytx = VpdqMatch.of(query, target, VpdqMatchRule.PYTHON_THREATEXCHANGE);
    assertThat(cpp).isEqualTo(new VpdqMatch(0, 0, 2, 2));
    assertThat(pytx).isEqualTo(new VpdqMatch(100, 50, 1, 2));
    assertThat(pytx.matchesByDefault()).isTrue();
    assertThat(pytx.matches(80, 60)).isFalse();
    List<VpdqFrame> dark = List.of(new VpdqFrame(0, 10, a, 0));
    assertThat(VpdqMatch.of(dark, target, VpdqMatchRule.PYTHON_THREATEXCHANGE)).isEqualTo(new VpdqMatch(0, 0, 0, 2));
  }

  @Test
  void malformedFilesFailNamingTheLine() {
    String good = "0,100," + "ab".repeat(32) + ",0.000\n";
    assertThat(VpdqFile.parse(good + good.replace("0,100", "1,7"))).hasSize(2);
    assertThatThrownBy(() -> VpdqFile.read(new StringReader("")))
        .isInstanceOf(VpdqFormatException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> VpdqFile.read(new StringReader(good + "1,100,abc,0.033\n")))
        .isInstanceOf(VpdqFormatException.class).hasMessageStartingWith("line 2:");
    assertThatThrownBy(() -> VpdqFile.read(new StringReader(good.replace(",0.000", ",-1"))))
        .isInstanceOf(VpdqFormatException.class).hasMessageContaining("timestamp");
    assertThatThrownBy(() -> VpdqFile.read(new StringReader(good.replace("0,100", "0,101"))))
        .isInstanceOf(VpdqFormatException.class).hasMessageContaining("quality must be 0..100");
    assertThatThrownBy(() -> VpdqFile.read(new StringReader(good.replace("\n", ",x\n"))))
        .isInstanceOf(VpdqFormatException.class).hasMessageContaining("got 5 fields");
    assertThatThrownBy(() -> VpdqFile.read(new StringReader("9".repeat(10_000))))
        .isInstanceOf(VpdqFormatException.class).hasMessageContaining("longer than 200");
  }
}
