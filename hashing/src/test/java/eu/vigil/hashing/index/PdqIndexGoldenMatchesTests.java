package eu.vigil.hashing.index;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vigil.hashing.HashingTestData;
import eu.vigil.hashing.PdqHash;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index returns exactly the pairs of the exhaustive expected files: real (clustered) upstream
 * hashes for every radius up to 63, and 50,000 synthetic hashes with 1,000 needles up to radius 47.
 */
class PdqIndexGoldenMatchesTests {

  private static final List<PdqHash> NEEDLES = HashingTestData.pdqHashes("pdq/matching/needles.txt");
  private static final List<PdqHash> HAYSTACK = HashingTestData.pdqHashes("pdq/matching/haystack.txt");

  /** "needle_line,haystack_line,distance" for every pair found, in file order. */
  private static List<String> pairs(SignalIndex<PdqHash> index, List<PdqHash> needles, int radius) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < needles.size(); i++) {
      List<MatchResult> results = new ArrayList<>(index.search(needles.get(i), radius));
      results.sort((a, b) -> Long.compare(a.id(), b.id()));
      for (MatchResult r : results) {
        out.add((i + 1) + "," + r.id() + "," + r.distance());
      }
    }
    return out;
  }

  private static List<String> expected(String file, int radius) {
    List<String> lines = HashingTestData.lines(file);
    return lines.subList(1, lines.size()).stream()
        .filter(l -> Integer.parseInt(l.substring(l.lastIndexOf(',') + 1)) <= radius)
        .sorted((a, b) -> {
          String[] x = a.split(",");
          String[] y = b.split(",");
          int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
          return c != 0 ? c : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        })
        .toList();
  }

  @ParameterizedTest(name = "radius {0}")
  @ValueSource(ints = {0, 1, 8, 15, 16, 17, 24, 31, 32, 40, 47, 48, 55, 62, 63})
  void findsExactlyTheExpectedNeedleHaystackPairs(int radius) {
    List<String> expected = expected("pdq/matching/expected_needles_vs_haystack_le63.csv", radius);
    if (radius == 31) {
      assertThat(expected).hasSize(250);
    }

    // The haystack is small: force tables with a low threshold so multi-index hashing is exercised.
    for (Segment.Layouts layouts : Segment.Layouts.values()) {
      assertThat(pairs(PdqIndex.ofLines(HAYSTACK, 64, layouts), NEEDLES, radius)).as("%s", layouts)
          .containsExactlyElementsOf(expected);
    }
    assertThat(pairs(PdqIndex.ofLines(HAYSTACK), NEEDLES, radius)).containsExactlyElementsOf(expected);
    assertThat(pairs(linear(HAYSTACK), NEEDLES, radius)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "radius {0}")
  @ValueSource(ints = {31, 47})
  void findsExactlyThePlantedSyntheticPairs(int radius) {
    List<PdqHash> haystack = HashingTestData.pdqHashes("pdq/matching/synthetic_haystack_50k.txt");
    List<PdqHash> needles = HashingTestData.pdqHashes("pdq/matching/synthetic_needles_1k.txt");
    List<String> expected = expected("pdq/matching/expected_synthetic_le47.csv", radius);
    assertThat(expected).hasSize(radius == 31 ? 392 : 500);

    PdqIndex index = PdqIndex.ofLines(haystack);
    PdqIndex compact = PdqIndex.ofLines(haystack, Segment.MIN_INDEXED, Segment.Layouts.COMPACT);

    assertThat(index.wideSegmentCount()).isEqualTo(1);
    assertThat(pairs(index, needles, radius)).containsExactlyElementsOf(expected);
    assertThat(pairs(compact, needles, radius)).containsExactlyElementsOf(expected);
  }

  private static LinearScanPdqIndex linear(List<PdqHash> hashes) {
    LinearScanPdqIndex index = new LinearScanPdqIndex();
    for (int i = 0; i < hashes.size(); i++) {
      index.put(i + 1, hashes.get(i));
    }
    return index;
  }
}
