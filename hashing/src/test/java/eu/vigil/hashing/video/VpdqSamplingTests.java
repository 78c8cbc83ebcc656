package eu.vigil.hashing.video;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vigil.hashing.HashingTestData;
import eu.vigil.hashing.vpdq.VpdqFile;
import eu.vigil.hashing.vpdq.VpdqFrame;
import eu.vigil.hashing.vpdq.VpdqMatch;
import eu.vigil.hashing.vpdq.VpdqMatchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The upstream sampling options: one frame per N seconds picks frame numbers divisible by
 * {@code (int) (N x fps)} with the same hashes as hashing every frame, and frames downscaled to
 * 128x128 match upstream's {@code -d 128} sample hashes.
 */
class VpdqSamplingTests {

  private static final VideoHasher HASHER = new VideoHasher();
  private static final Path DOORKNOB = HashingTestData.file("video/sample-videos/doorknob-hd-no-bar.mp4");

  @Test
  void oneFramePerSecondIsEveryThirtiethFrameOfA30FpsVideoWithTheSameHashes() throws IOException {
    List<VpdqFrame> all = HASHER.vpdq(DOORKNOB, VpdqSampling.EVERY_FRAME);
    List<VpdqFrame> sampled = HASHER.vpdq(DOORKNOB, VpdqSampling.ONE_PER_SECOND);
    assertThat(all).hasSize(120);
    assertThat(sampled).extracting(VpdqFrame::frameNumber).containsExactly(0, 30, 60, 90);
    for (VpdqFrame f : sampled) {
      assertThat(f).isEqualTo(all.get(f.frameNumber()));
    }
    assertThat(sampled.get(1).toLine()).endsWith(",1.000");
    assertThat(HASHER.vpdq(DOORKNOB, new VpdqSampling(0.5, 0))).extracting(VpdqFrame::frameNumber)
        .containsExactly(0, 15, 30, 45, 60, 75, 90, 105);
  }

  @Test
  void framesDownscaledTo128MatchUpstreamsDownscaledSampleHashes() throws IOException {
    for (String name : List.of("chair-19-sd-bar", "doorknob-hd-no-bar")) {
      List<VpdqFrame> computed = HASHER.vpdq(HashingTestData.file("video/sample-videos/" + name + ".mp4"),
          new VpdqSampling(0, 128));
      List<VpdqFrame> shipped = VpdqFile.read(HashingTestData.file("video/vpdq/sample-hashes/" + name + "-128x128.txt"));
      List<VpdqFrame> nativeSize = VpdqFile.read(HashingTestData.file("video/vpdq/sample-hashes/" + name + ".txt"));
      assertThat(computed).hasSameSizeAs(shipped);
      VpdqMatch m = VpdqMatch.of(computed, shipped, VpdqMatchRule.PYTHON_THREATEXCHANGE);
      System.out.printf("vPDQ 128x128 %s vs shipped: %.2f %.2f%n", name, m.queryPercent(), m.targetPercent());
      assertThat(m.queryPercent()).as(name).isGreaterThan(90);
      assertThat(m.targetPercent()).as(name).isGreaterThan(90);
      long differ = 0;
      for (int i = 0; i < computed.size(); i++) {
        differ += computed.get(i).hash().equals(nativeSize.get(i).hash()) ? 0 : 1;
      }
      assertThat(differ).as("downscaling changes frame hashes").isPositive();
    }
  }
}
