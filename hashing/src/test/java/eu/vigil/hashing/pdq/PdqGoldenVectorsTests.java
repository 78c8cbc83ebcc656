package eu.vigil.hashing.pdq;

import static org.assertj.core.api.Assertions.assertThat;

import eu.vigil.hashing.HashingTestData;
import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.imageio.ImageIoDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden vectors: every losslessly stored input of the shared test data ({@code decoded-rgb/} and
 * {@code synthetic/}) must reproduce the reference hash and quality bit for bit, for both
 * definitions and all eight dihedral variants.
 */
class PdqGoldenVectorsTests {

  private static final ImageIoDecoder DECODER = new ImageIoDecoder();

  /** Rows of pdq_expected.csv with a lossless input: {png path, expected row}. */
  static Stream<Arguments> losslessInputs() {
    List<Arguments> out = new ArrayList<>();
    for (String[] row : HashingTestData.csvRows("pdq/expected/pdq_expected.csv")) {
      String file = row[0];
      String png;
      if (file.startsWith("synthetic/")) {
        png = "pdq/" + file;
      } else if (file.startsWith("images/") && !file.contains("#")) {
        png = "pdq/decoded-rgb/" + file.substring("images/".length()) + ".png";
      } else {
        continue;
      }
      if (Files.exists(HashingTestData.file(png))) {
        out.add(Arguments.of(png, row));
      }
    }
    assertThat(out).as("lossless golden inputs").hasSize(25);
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("losslessInputs")
  void fullDefinitionIsBitExact(String png, String[] row) throws IOException {
    Pixels pixels = DECODER.decode(HashingTestData.file(png));
    assertThat(pixels.width()).isEqualTo(Integer.parseInt(row[1]));
    assertThat(pixels.height()).isEqualTo(Integer.parseInt(row[2]));
    assertThat(pixels.format().channels()).as("channels").isEqualTo(Integer.parseInt(row[3]));

    PdqResult result = new PdqHasher(PdqDefinition.FULL).hash(pixels);

    assertThat(result.hash().toText()).isEqualTo(row[5]);
    assertThat(result.quality()).isEqualTo(Integer.parseInt(row[4]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("losslessInputs")
  void cli512DefinitionIsBitExact(String png, String[] row) throws IOException {
    Pixels pixels = DECODER.decode(HashingTestData.file(png));

    PdqResult result = new PdqHasher(PdqDefinition.CLI512).hash(pixels);

    assertThat(result.hash().toText()).isEqualTo(row[7]);
    assertThat(result.quality()).isEqualTo(Integer.parseInt(row[6]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("losslessInputs")
  void allEightDihedralHashesAreBitExact(String png, String[] row) throws IOException {
    String original = row[0];
    String[] expected = HashingTestData.csvRows("pdq/expected/pdq_dihedral_full.csv").stream()
        .filter(r -> r[0].equals(original))
        .findFirst()
        .orElseThrow();
    Pixels pixels = DECODER.decode(HashingTestData.file(png));

    DihedralHashes hashes = new PdqHasher().hashDihedral(pixels);

    List<String> actual = hashes.hashes().stream().map(PdqHash::toText).toList();
    assertThat(actual).containsExactly(List.of(expected).subList(1, 9).toArray(String[]::new));
    assertThat(hashes.quality()).isEqualTo(Integer.parseInt(expected[9]));
  }
}
