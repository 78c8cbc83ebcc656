package eu.vigil.hashing.imageio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vigil.hashing.HashingTestData;
import eu.vigil.hashing.pdq.Luma;
import eu.vigil.hashing.pdq.PdqDefinition;
import eu.vigil.hashing.pdq.PdqHasher;
import eu.vigil.hashing.pdq.PixelFormat;
import eu.vigil.hashing.pdq.Pixels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast JPEG path ({@link JpegFastDecoder}) against ImageIO on every JPEG of the shared test
 * data: the same pixel bytes, the same luminance floats, the same hashes for both definitions.
 */
class JpegFastPathTests {

  private final ImageIoDecoder fast = new ImageIoDecoder();
  private final ImageIoDecoder imageIo = new ImageIoDecoder().withFastJpeg(false);

  private static List<Path> jpegs() throws IOException {
    try (Stream<Path> files = Files.walk(HashingTestData.root())) {
      return files.filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.jpe?g")).sorted().toList();
    }
  }

  @Test
  void fastPathGivesImageIosBytesLuminanceAndHashes() throws IOException {
    PdqHasher full = new PdqHasher(PdqDefinition.FULL);
    PdqHasher cli512 = new PdqHasher(PdqDefinition.CLI512);
    int taken = 0;
    for (Path file : jpegs()) {
      byte[] data = Files.readAllBytes(file);
      Pixels reference;
      try {
        reference = imageIo.decode(data);
      } catch (UnreadableImageException e) {
        continue;
      }
      Pixels direct = JpegFastDecoder.decode(data, Long.MAX_VALUE);
      if (direct != null) {
        taken++;
        assertThat(rgbOrGrey(direct)).as(file.toString()).isEqualTo(rgbOrGrey(reference));
        assertThat(JpegFastDecoder.decodeLuma(data, Long.MAX_VALUE)).as(file.toString()).isEqualTo(Luma.of(reference));
      }
      Luma luma = fast.decodeLuma(data);
      assertThat(luma).as(file.toString()).isEqualTo(Luma.of(reference));
      assertThat(full.hash(luma)).as(file.toString()).isEqualTo(full.hash(reference));
      assertThat(cli512.hash(luma)).as(file.toString()).isEqualTo(cli512.hash(reference));
      assertThat(full.hashDihedral(luma).hashes()).isEqualTo(full.hashDihedral(reference).hashes());
      assertThat(rgbOrGrey(fast.decode(data))).isEqualTo(rgbOrGrey(reference));
    }
    // Baseline 4:2:0, 4:2:2 and 4:4:4 YCbCr files and grey files take the fast path.
    assertThat(taken).isGreaterThanOrEqualTo(25);
  }

  @Test
  void progressiveCmykAndIccJpegsFallBackToImageIo() throws IOException {
    for (String name : List.of("misc-images/modes/CMYK.jpg", "misc-images/small.jpg", "reg-test-input/dih/bridge-2-rotate-90.jpg")) {
      byte[] data = Files.readAllBytes(HashingTestData.file("pdq/images/" + name));
      assertThat(JpegFastDecoder.decode(data, Long.MAX_VALUE)).as(name).isNull();
      assertThat(fast.decode(data)).as(name).isEqualTo(imageIo.decode(data));
    }
  }

  @Test
  void exifOrientationIsAppliedOnTheLuminancePathToo() throws IOException {
    byte[] data = Files.readAllBytes(HashingTestData.file("pdq/images/reg-test-input/exif-rotn-small/exif-rotn-6-small.jpg"));
    ImageIoDecoder upright = fast.withExifOrientation(true);
    assertThat(upright.decodeLuma(data)).isEqualTo(Luma.of(imageIo.withExifOrientation(true).decode(data)));
  }

  @Test
  void truncatedOrCorruptJpegsAreRejectedAsBefore() throws IOException {
    byte[] data = Files.readAllBytes(HashingTestData.file("pdq/images/bridge-mods/aaa-orig.jpg"));
    for (int length : new int[] {3, 200, data.length / 3, data.length / 2, data.length - 100}) {
      byte[] cut = Arrays.copyOf(data, length);
      assertThat(JpegFastDecoder.decode(cut, Long.MAX_VALUE)).as("length " + length).isNull();
      assertThatThrownBy(() -> fast.decodeLuma(cut)).isInstanceOf(UnreadableImageException.class);
    }
    byte[] big = Files.readAllBytes(HashingTestData.file("pdq/images/bridge-mods/aaa-orig.jpg"));
    assertThatThrownBy(() -> fast.withMaxPixels(1000).decodeLuma(big))
        .isInstanceOf(UnreadableImageException.class)
        .hasMessageContaining("more than the limit");
  }

  /** ImageIO's BGR buffers as RGB, for comparison. */
  private static Pixels rgbOrGrey(Pixels pixels) {
    if (pixels.format() != PixelFormat.BGR) {
      return pixels;
    }
    byte[] s = pixels.samples().clone();
    for (int i = 0; i < s.length; i += 3) {
      byte t = s[i];
      s[i] = s[i + 2];
      s[i + 2] = t;
    }
    return Pixels.rgb(pixels.width(), pixels.height(), s);
  }
}
