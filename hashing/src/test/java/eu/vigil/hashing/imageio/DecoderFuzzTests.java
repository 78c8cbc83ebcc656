package eu.vigil.hashing.imageio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vigil.hashing.HashingTestData;
import eu.vigil.hashing.pdq.PdqHasher;
import eu.vigil.hashing.pdq.Pixels;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fuzz-style robustness: truncated, corrupted and random inputs either decode (and then hash) or
 * fail with {@link UnreadableImageException} carrying a message; nothing else escapes. A hang would
 * show up as a stuck build.
 */
class DecoderFuzzTests {

  private static final ImageIoDecoder DECODER = new ImageIoDecoder().withExifOrientation(true);
  private static final String[] SAMPLES = {
    "pdq/images/misc-images/wee.jpg",
    "pdq/images/reg-test-input/labelme-subset/q0122.jpg",
    "pdq/images/misc-images/modes/P.png",
    "pdq/synthetic/noise-65x63.png",
    "pdq/images/reg-test-input/exif-rotn-small/exif-rotn-6-small.jpg",
  };

  /** Decodes and hashes; returns normally or throws UnreadableImageException with a message. */
  private static void decodeAndHash(byte[] data) {
    try {
      Pixels pixels = DECODER.decode(data);
      assertThat(new PdqHasher().hash(pixels).quality()).isBetween(0, 100);
    } catch (UnreadableImageException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  static Stream<Arguments> samplesAndSeeds() {
    return Arrays.stream(SAMPLES).flatMap(s -> Stream.of(Arguments.of(s, 1L), Arguments.of(s, 2L)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("samplesAndSeeds")
  void truncatedFilesFailCleanly(String sample, long seed) throws IOException {
    byte[] data = Files.readAllBytes(HashingTestData.file(sample));
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 12; i++) {
      int length = random.nextInt(data.length);
      decodeAndHash(Arrays.copyOf(data, length));
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("samplesAndSeeds")
  void corruptedFilesFailCleanly(String sample, long seed) throws IOException {
    byte[] data = Files.readAllBytes(HashingTestData.file(sample));
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 12; i++) {
      byte[] copy = data.clone();
      int flips = 1 + random.nextInt(20);
      for (int f = 0; f < flips; f++) {
        // Mostly hit the headers, where damage is most likely to confuse a decoder.
        int at = random.nextInt(4) == 0 ? random.nextInt(copy.length) : random.nextInt(Math.min(copy.length, 700));
        copy[at] = (byte) random.nextInt(256);
      }
      decodeAndHash(copy);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomBytesAreRejected(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] data = new byte[random.nextInt(5000)];
    random.nextBytes(data);
    if (seed % 2 == 0 && data.length > 8) {
      // Valid-looking signatures in front of garbage.
      byte[] signature = seed % 4 == 0
          ? new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}
          : new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
      System.arraycopy(signature, 0, data, 0, signature.length);
    }
    decodeAndHash(data);
    assertThat(ExifOrientation.of(data)).isNotNull();
  }

  @Test
  void emptyInputAndHugeDimensionsAreRejectedWithAReason() throws IOException {
    assertThatThrownBy(() -> DECODER.decode(new byte[0]))
        .isInstanceOf(UnreadableImageException.class)
        .hasMessage("empty input, not an image");
    byte[] wee = Files.readAllBytes(HashingTestData.file("pdq/images/misc-images/wee.jpg"));
    assertThatThrownBy(() -> new ImageIoDecoder().withMaxPixels(1000).decode(wee))
        .isInstanceOf(UnreadableImageException.class)
        .hasMessage("image is 34x42 pixels, more than the limit of 1000");
  }

  @Test
  void truncatedJpegIsReportedNotHashedAsAPartialImage() throws IOException {
    byte[] data = Files.readAllBytes(HashingTestData.file("pdq/images/reg-test-input/labelme-subset/q0122.jpg"));

    assertThatThrownBy(() -> DECODER.decode(Arrays.copyOf(data, data.length / 2)))
        .isInstanceOf(UnreadableImageException.class);
  }
}
