package eu.vigil.hashing.pdq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.vigil.hashing.PdqHash;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PdqHasherTests {

  static Pixels randomRgb(long seed, int width, int height) {
    byte[] samples = new byte[width * height * 3];
    new SplittableRandom(seed).nextBytes(samples);
    return Pixels.rgb(width, height, samples);
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"4,4", "4,100", "100,4", "1,1", "0,0"})
  void imagesWithASideBelowFivePixelsHashToZeroWithQualityZero(int width, int height) {
    if (width == 0) {
      assertThatThrownBy(() -> Pixels.rgb(0, 0, new byte[0])).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Pixels pixels = randomRgb(1, width, height);

    assertThat(new PdqHasher().hash(pixels)).isEqualTo(new PdqResult(PdqHash.ZERO, 0));
    assertThat(new PdqHasher().hashDihedral(pixels).hashes()).containsOnly(PdqHash.ZERO);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void rgbBgrAndPrecomputedLumaGiveTheSameHash(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int width = 5 + random.nextInt(300);
    int height = 5 + random.nextInt(300);
    Pixels rgb = randomRgb(seed, width, height);
    byte[] bgr = rgb.samples().clone();
    float[] luma = new float[width * height];
    for (int i = 0; i < width * height; i++) {
      byte r = bgr[3 * i];
      bgr[3 * i] = bgr[3 * i + 2];
      bgr[3 * i + 2] = r;
      luma[i] = 0.299f * (rgb.samples()[3 * i] & 0xff) + 0.587f * (rgb.samples()[3 * i + 1] & 0xff)
          + 0.114f * (rgb.samples()[3 * i + 2] & 0xff);
    }
    PdqHasher hasher = new PdqHasher();

    PdqResult expected = hasher.hash(rgb);

    assertThat(hasher.hash(new Pixels(width, height, PixelFormat.BGR, bgr))).isEqualTo(expected);
    assertThat(hasher.hashLuma(luma, width, height)).isEqualTo(expected);
    assertThat(hasher.hashDihedral(rgb).original()).isEqualTo(expected);
    assertThat(new PdqHasher().hash(rgb)).as("fresh hasher, no state carried over").isEqualTo(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13})
  void hashesOfTransformedPixelsAreCloseToTheDihedralVariants(long seed) {
    // Smooth random image: transform exactly, then compare with the variants derived from one DCT.
    int width = 96;
    int height = 80;
    SplittableRandom random = new SplittableRandom(seed);
    byte[] grey = new byte[width * height];
    double a = random.nextDouble() * 0.2;
    double b = random.nextDouble() * 0.2;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        grey[y * width + x] = (byte) (128 + 60 * Math.sin(a * x * x / 10 + b * y) + 50 * Math.cos(0.07 * x * y / 5));
      }
    }
    Pixels pixels = Pixels.grey(width, height, grey);
    PdqHasher hasher = new PdqHasher();
    DihedralHashes variants = hasher.hashDihedral(pixels);

    for (Dihedral transform : Dihedral.values()) {
      PdqHash direct = hasher.hash(pixels.transform(transform)).hash();
      assertThat(direct.distance(variants.hash(transform))).as(transform.id()).isLessThanOrEqualTo(16);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22})
  void cli512DiffersFromFullOnlyAboveFiveHundredTwelvePixels(long seed) {
    Pixels small = randomRgb(seed, 512, 300);
    Pixels large = randomRgb(seed, 513, 300);

    assertThat(new PdqHasher(PdqDefinition.CLI512).hash(small)).isEqualTo(new PdqHasher().hash(small));
    assertThat(new PdqHasher(PdqDefinition.CLI512).hash(large))
        .isEqualTo(new PdqHasher().hash(resizeNearest(large, 512, 512)));
  }

  private static Pixels resizeNearest(Pixels p, int width, int height) {
    byte[] out = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int sy = y * p.height() / height;
        int sx = x * p.width() / width;
        System.arraycopy(p.samples(), (sy * p.width() + sx) * 3, out, (y * width + x) * 3, 3);
      }
    }
    return Pixels.rgb(width, height, out);
  }
}
