package eu.vigil.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the repository's golden vectors ({@code testdata/hashing}) through
 * {@link eu.vigil.hashing.HashingTestData}, the locator shared by the modules (from the hashing test-jar).
 */
final class TestImages {

    static final Path ROOT = eu.vigil.hashing.HashingTestData.root();

    private TestImages() {
    }

    static Path pdq(String relative) {
        return ROOT.resolve("pdq").resolve(relative);
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(pdq(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Image files below a folder of {@code pdq/}, relative to {@code pdq/}, sorted. */
    static List<String> images(String folder) {
        try (Stream<Path> s = Files.list(pdq(folder))) {
            return s.filter(Files::isRegularFile).map(p -> folder + "/" + p.getFileName())
                    .filter(n -> n.matches("(?i).*\\.(jpe?g|png|gif|bmp|tiff?)$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of pdq/expected/pdq_expected.csv: file and pdq_full. */
    static List<String[]> expected() {
        try {
            List<String> lines = Files.readAllLines(pdq("expected/pdq_expected.csv"));
            return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",", -1))
                    .map(r -> new String[] {r[0], r[5]}).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
