package eu.vigil.hashing.video;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vigil.hashing.HashingTestData;
import eu.vigil.hashing.tmk.TmkFormat;
import eu.vigil.hashing.tmk.TmkHash;
import eu.vigil.hashing.tmk.TmkScores;
import eu.vigil.hashing.vpdq.VpdqFile;
import eu.vigil.hashing.vpdq.VpdqFrame;
import eu.vigil.hashing.vpdq.VpdqMatch;
import eu.vigil.hashing.vpdq.VpdqMatchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five upstream sample videos decoded with the installed FFmpeg and hashed: TMK equals the
 * shipped hash within upstream's compare tolerance, vPDQ matches the shipped hash of the same video
 * on more than 90 % of frames both ways, and against every other shipped hash gives the same
 * verdict as the shipped hashes between themselves (so no video of other content matches).
 */
class VideoHashingAgainstShippedHashesTests {

  private static final VideoHasher HASHER = new VideoHasher();

  static Stream<String> videos() throws IOException {
    try (Stream<Path> list = Files.list(HashingTestData.file("video/sample-videos"))) {
      List<String> names = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mp4"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
      assertThat(names).hasSize(5);
      return names.stream();
    }
  }

  private static Path video(String name) {
    return HashingTestData.file("video/sample-videos/" + name + ".mp4");
  }

  private static List<VpdqFrame> shippedVpdq(String name) throws IOException {
    return VpdqFile.read(HashingTestData.file("video/vpdq/sample-hashes/" + name + ".txt"));
  }

  private static List<String> shippedVpdqNames() throws IOException {
    try (Stream<Path> list = Files.list(HashingTestData.file("video/vpdq/sample-hashes"))) {
      return list.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().toList();
    }
  }

  /** The sample videos that have a shipped TMK hash (all but test-padded-dimensions). */
  static Stream<String> videosWithTmk() throws IOException {
    return videos().filter(n -> Files.exists(HashingTestData.file("video/tmk/sample-hashes/" + n + ".tmk")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("videosWithTmk")
  void tmkComputedFromTheVideoEqualsTheShippedHashWithinUpstreamTolerance(String name) throws IOException {
    TmkHash computed = HASHER.tmk(video(name));
    TmkHash shipped = TmkFormat.fromBytes(Files.readAllBytes(
        HashingTestData.file("video/tmk/sample-hashes/" + name + ".tmk")));
    TmkScores scores = TmkScores.of(computed, shipped);
    System.out.printf("TMK %s: frames %d/%d, level1 %.6f, level2 %.6f%n", name, computed.frameCount(),
        shipped.frameCount(), scores.level1(), scores.level2());
    assertThat(computed.frameCount()).isEqualTo(shipped.frameCount());
    // tmk-compare-two-tmks: default mode, both levels above 1 - 0.08; strict mode, every value within 8 %.
    assertThat(scores.level1()).isGreaterThan(0.92f);
    assertThat(scores.level2()).isGreaterThan(0.92f);
    assertThat(computed.equalsWithin(shipped, 0.08f)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("videos")
  void vpdqComputedFromTheVideoMatchesTheShippedHashOfTheSameVideoAndNoOther(String name) throws IOException {
    List<VpdqFrame> computed = HASHER.vpdq(video(name), eu.vigil.hashing.video.VpdqSampling.EVERY_FRAME);
    List<VpdqFrame> same = shippedVpdq(name);
    assertThat(computed).hasSameSizeAs(same);
    int equal = 0;
    int maxDistance = 0;
    long sumDistance = 0;
    for (int i = 0; i < computed.size(); i++) {
      int d = computed.get(i).hash().distance(same.get(i).hash());
      equal += d == 0 ? 1 : 0;
      maxDistance = Math.max(maxDistance, d);
      sumDistance += d;
      assertThat(computed.get(i).frameNumber()).isEqualTo(same.get(i).frameNumber());
      assertThat(computed.get(i).toLine().substring(computed.get(i).toLine().lastIndexOf(',')))
          .as("timestamp of frame %d", i).isEqualTo(same.get(i).toLine().substring(same.get(i).toLine().lastIndexOf(',')));
    }
    System.out.printf("vPDQ %s: %d frames, %d identical to the shipped frame, mean distance %.2f, max %d%n", name,
        computed.size(), equal, (double) sumDistance / computed.size(), maxDistance);
    for (VpdqMatchRule rule : List.of(VpdqMatchRule.PYTHON_THREATEXCHANGE, VpdqMatchRule.CPP_BRUTE)) {
      VpdqMatch self = VpdqMatch.of(computed, same, rule);
      System.out.printf("vPDQ %s vs shipped (%s): %.2f %.2f%n", name, rule.inclusive() ? "pytx" : "cpp",
          self.queryPercent(), self.targetPercent());
      assertThat(self.queryPercent()).isGreaterThan(90);
      assertThat(self.targetPercent()).isGreaterThan(90);
      for (String other : shippedVpdqNames()) {
        if (other.equals(name) || other.endsWith("-128x128")) {
          continue;
        }
        List<VpdqFrame> otherHash = shippedVpdq(other);
        VpdqMatch computedVsOther = VpdqMatch.of(computed, otherHash, rule);
        VpdqMatch shippedVsOther = VpdqMatch.of(same, otherHash, rule);
        assertThat(computedVsOther.matchesByDefault()).as("%s vs %s: %s, shipped pair %s", name, other,
            computedVsOther, shippedVsOther).isEqualTo(shippedVsOther.matchesByDefault());
        assertThat(computedVsOther.queryPercent()).as("%s vs %s", name, other)
            .isCloseTo(shippedVsOther.queryPercent(), org.assertj.core.api.Assertions.within(10.0));
        if (!sameScene(name, other)) {
          assertThat(computedVsOther.matchesByDefault()).as("%s vs %s", name, other).isFalse();
        }
      }
    }
  }

  /** The upstream samples film three scenes: the chair, the pattern and the doorknob (plus a test clip). */
  private static boolean sameScene(String a, String b) {
    return a.substring(0, 4).equals(b.substring(0, 4));
  }
}
