package eu.vigil.hashing.pdq;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vigil.hashing.HashingTestData;
import eu.vigil.hashing.imageio.ImageIoDecoder;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stage-by-stage comparison with the reference's dumped intermediates, to the last bit. */
class PdqIntermediatesTests {

  @Test
  void dctMatrixMatchesTheReferenceBitPatterns() {
    List<String> lines = HashingTestData.lines("pdq/expected/debug/dct_matrix_16x64.txt");
    List<String> rows = lines.stream().filter(l -> !l.startsWith("#")).toList();
    assertThat(rows).hasSize(16);
    for (int k = 0; k < 16; k++) {
      String[] entries = rows.get(k).trim().split("\\s+");
      assertThat(entries).hasSize(64);
      for (int n = 0; n < 64; n++) {
        int bits = Integer.parseUnsignedInt(entries[n].substring(0, entries[n].indexOf(':')), 16);
        assertThat(Float.floatToRawIntBits(Dct16.MATRIX[k * 64 + n])).as("D[%d][%d]", k, n).isEqualTo(bits);
      }
    }
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "pdq/decoded-rgb/reg-test-input/dih/bridge-1-original.jpg.png, bridge-1-original",
    "pdq/synthetic/noise-65x63.png, noise-65x63",
    "pdq/decoded-rgb/bridge-mods/square-128x128.jpg.png, square-128x128"
  })
  void downsampleAndDctMatchTheReferenceExactly(String png, String name) throws IOException {
    List<String> lines = HashingTestData.lines("pdq/expected/debug/" + name + ".full.intermediates.txt");
    int downsampleAt = indexOfPrefix(lines, "# 64x64");
    int dctAt = indexOfPrefix(lines, "# 16x16");
    int medianAt = indexOfPrefix(lines, "# median");
    Pixels pixels = new ImageIoDecoder().decode(HashingTestData.file(png));

    float[] buffer64 = new float[64 * 64];
    new JaroszDownsampler().downsample(LumaRows.of(pixels), buffer64);
    float[] dct = new float[256];
    Dct16.dct(buffer64, new float[16 * 64], dct);

    assertExactly(buffer64, lines.subList(downsampleAt + 1, downsampleAt + 65), 64, "64x64");
    assertExactly(dct, lines.subList(dctAt + 1, dctAt + 17), 16, "dct");
    float[] sorted = dct.clone();
    java.util.Arrays.sort(sorted);
    assertThat(sorted[127]).isEqualTo(Float.parseFloat(lines.get(medianAt).substring("# median ".length()).trim()));
  }

  private static int indexOfPrefix(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no line starting with " + prefix);
  }

  private static void assertExactly(float[] actual, List<String> rows, int width, String what) {
    for (int i = 0; i < rows.size(); i++) {
      String[] values = rows.get(i).trim().split("\\s+");
      assertThat(values).hasSize(width);
      for (int j = 0; j < width; j++) {
        // %.9g identifies a float32 uniquely, so parsing it back gives the reference's exact value.
        float expected = Float.parseFloat(values[j]);
        assertThat(Float.floatToIntBits(actual[i * width + j]))
            .as("%s[%d][%d]: %s vs %s", what, i, j, actual[i * width + j], expected)
            .isEqualTo(Float.floatToIntBits(expected));
      }
    }
  }
}
