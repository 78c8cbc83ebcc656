package eu.vigil.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The image files named on a command line: files as given, folders searched recursively for files
 * with an image extension; sorted by path, each once.
 */
final class ImageFiles {

  /** Extensions of the files taken from folders (files named directly are always taken). */
  static final Set<String> EXTENSIONS =
      Set.of("jpg", "jpeg", "jpe", "jfif", "png", "gif", "bmp", "wbmp", "tif", "tiff", "webp");

  private ImageFiles() {}

  /**
   * The files to hash.
   *
   * @throws UsageException if a path does not exist or a folder cannot be listed
   */
  static List<Path> collect(List<Path> paths) {
    TreeSet<Path> files = new TreeSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(ImageFiles::hasImageExtension).forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw new UsageException("cannot list folder " + path + ": " + e.getMessage());
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new UsageException("no such file or folder: " + path);
      }
    }
    return List.copyOf(files);
  }

  static boolean hasImageExtension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
