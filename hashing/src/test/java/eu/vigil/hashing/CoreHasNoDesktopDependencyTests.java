package eu.vigil.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core (signals, PDQ, index) must run without {@code java.desktop} (phones, servers without
 * AWT): no class outside {@code imageio} may refer to AWT or ImageIO types.
 */
class CoreHasNoDesktopDependencyTests {

  @Test
  void onlyTheImageioPackageRefersToAwtOrImageio() throws IOException, URISyntaxException {
    Path classes = Path.of(PdqHash.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(classes)) {
      offenders = files
          .filter(p -> p.toString().endsWith(".class"))
          .filter(p -> !classes.relativize(p).toString().replace('\\', '/').startsWith("eu/vigil/hashing/imageio/"))
          .filter(CoreHasNoDesktopDependencyTests::mentionsDesktopTypes)
          .toList();
    }
    assertThat(classes.resolve("eu/vigil/hashing/pdq/PdqHasher.class")).exists();
    assertThat(offenders).isEmpty();
  }

  private static boolean mentionsDesktopTypes(Path classFile) {
    try {
      String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return text.contains("java/awt/") || text.contains("javax/imageio/");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
