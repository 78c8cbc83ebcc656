package eu.vigil.hashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test vectors come from the repository itself ({@code testdata/hashing} next to {@code mvnw}),
 * so a fresh clone with nothing beside it runs the tests; without them a test fails naming the path.
 */
class HashingTestDataTests {

  @Test
  void vectorsAreTheRepositorysOwnCopy() {
    Path root = HashingTestData.root();

    assertThat(root).endsWith(Path.of("testdata", "hashing"));
    Path repository = root.getParent().getParent();
    assertThat(repository.resolve("mvnw")).isRegularFile();
    assertThat(repository.resolve("hashing").resolve("pom.xml")).isRegularFile();
    assertThat(root.resolve("README.md")).isRegularFile();
    assertThat(root.resolve("LICENSE")).isRegularFile();
    assertThat(HashingTestData.file("pdq/expected/pdq_expected.csv")).isRegularFile();
  }

  @Test
  void foundFromAnyFolderBelowTheRepository(@TempDir Path dir) throws IOException {
    Files.createFile(dir.resolve("mvnw"));
    Files.createDirectories(dir.resolve("testdata").resolve("hashing"));
    Path module = Files.createDirectories(dir.resolve("server").resolve("target"));

    assertThat(HashingTestData.locate(module)).isEqualTo(dir.resolve("testdata").resolve("hashing"));
  }

  @Test
  void missingVectorsFailNamingTheExpectedFolder(@TempDir Path dir) throws IOException {
    Files.createFile(dir.resolve("mvnw"));
    Path module = Files.createDirectories(dir.resolve("hashing"));
    // A sibling "shared" folder, where the vectors used to be looked for, is not used any more.
    Files.createDirectories(dir.resolve("shared").resolve("testdata").resolve("hashing"));

    assertThatThrownBy(() -> HashingTestData.locate(module))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expected the folder " + dir.resolve("testdata").resolve("hashing"));
  }

  @Test
  void outsideARepositoryFailsNamingWhereItLooked(@TempDir Path dir) throws IOException {
    Path somewhere = Files.createDirectories(dir.resolve("a").resolve("b"));

    assertThatThrownBy(() -> HashingTestData.locate(somewhere))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no folder holding mvnw at or above " + somewhere)
        .hasMessageContaining("testdata/hashing");
  }
}
