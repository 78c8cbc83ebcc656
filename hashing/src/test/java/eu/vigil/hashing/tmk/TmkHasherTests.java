package eu.vigil.hashing.tmk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vigil.hashing.HashingTestData;
import eu.vigil.hashing.pdq.Pixels;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The TMK hasher on synthetic 64x64 frames, without a decoder: its parameters are upstream's, the
 * result survives the file format, a clip cut from a sequence still scores high at level 2 while
 * another sequence does not, and misuse fails.
 */
class TmkHasherTests {

  /** A slowly moving pseudo-random scene: frame t is a smooth pattern shifted by t / 4 pixels. */
  private static Pixels frame(long seed, int t) {
    Random r = new Random(seed);
    double fx = 1 + r.nextInt(5);
    double fy = 1 + r.nextInt(5);
    double phase = r.nextDouble() * 6;
    byte[] rgb = new byte[64 * 64 * 3];
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        double v = Math.sin((x + t / 4.0) * fx * Math.PI / 64 + phase) * Math.cos((y - t / 7.0) * fy * Math.PI / 64);
        v += 0.5 * Math.sin(t / 9.0 + x * 0.3);
        int g = (int) Math.max(0, Math.min(255, 128 + 90 * v));
        int i = (y * 64 + x) * 3;
        rgb[i] = (byte) g;
        rgb[i + 1] = (byte) (255 - g);
        rgb[i + 2] = (byte) (g / 2);
      }
    }
    return Pixels.rgb(64, 64, rgb);
  }

  private static TmkHash hash(long seed, int from, int to) {
    TmkHasher hasher = new TmkHasher();
    for (int t = from; t < to; t++) {
      hasher.addFrame(frame(seed, t));
    }
    assertThat(hasher.frameCount()).isEqualTo(to - from);
    return hasher.finish();
  }

  @Test
  void parametersAreUpstreamsSoComputedHashesCompareWithShippedOnes() throws IOException {
    TmkHash shipped = TmkFormat.fromBytes(Files.readAllBytes(
        HashingTestData.file("video/tmk/sample-hashes/doorknob-hd-no-bar.tmk")));
    TmkHash computed = hash(1, 0, 30);
    assertThat(computed.periods()).isEqualTo(shipped.periods());
    assertThat(computed.coefficients()).isEqualTo(shipped.coefficients());
    assertThat(computed.framesPerSecond()).isEqualTo(15);
    assertThat(computed.isCompatibleWith(shipped)).isTrue();
    assertThat(TmkFormat.toBytes(computed)).hasSize(TmkFormat.UPSTREAM_SIZE);
    assertThat(TmkFormat.fromBytes(TmkFormat.toBytes(computed))).isEqualTo(computed);
  }

  @Test
  void aClipOfASequenceMatchesItAndAnotherSequenceDoesNot() {
    TmkHash whole = hash(7, 0, 300);
    TmkHash again = hash(7, 0, 300);
    TmkHash clip = hash(7, 60, 240);
    TmkHash other = hash(99, 0, 300);
    assertThat(again).isEqualTo(whole);
    TmkScores self = TmkScores.of(whole, again);
    assertThat(self.level1()).isEqualTo(1.0f, org.assertj.core.api.Assertions.within(1e-6f));
    assertThat(self.level2()).isEqualTo(1.0f, org.assertj.core.api.Assertions.within(1e-4f));
    TmkScores clipScores = TmkScores.of(whole, clip);
    TmkScores otherScores = TmkScores.of(whole, other);
    assertThat(clipScores.level2()).isGreaterThan(otherScores.level2() + 0.2f);
    assertThat(clipScores.matches(TmkScores.DEFAULT_THRESHOLD)).isTrue();
    assertThat(otherScores.matches(TmkScores.DEFAULT_THRESHOLD)).isFalse();
  }

  @Test
  void aVideoWithoutFramesHasZeroFeaturesAndScoresZero() {
    TmkHash empty = new TmkHasher().finish();
    assertThat(empty.frameCount()).isZero();
    assertThat(empty.average()).containsOnly(0f);
    assertThat(TmkScores.level1(empty, empty)).isZero();
    assertThat(TmkScores.level2(empty, empty)).isZero();
  }

  @Test
  void misuseFails() {
    TmkHasher hasher = new TmkHasher();
    assertThatThrownBy(() -> hasher.addFrame(Pixels.rgb(32, 32, new byte[32 * 32 * 3])))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("TMK frames are 64x64, got 32x32");
    hasher.finish();
    assertThatThrownBy(hasher::finish).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> hasher.addFrame(frame(1, 0))).isInstanceOf(IllegalStateException.class);
    TmkHash a = hash(1, 0, 5);
    TmkHash b = new TmkHash(15, 5, new int[] {100}, a.coefficients(), a.average(),
        new float[32 * 256], new float[32 * 256]);
    assertThatThrownBy(() -> TmkScores.of(a, b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not comparable");
  }
}
