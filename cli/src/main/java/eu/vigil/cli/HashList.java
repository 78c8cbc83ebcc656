package eu.vigil.cli;

import eu.vigil.hashing.MalformedSignalException;
import eu.vigil.hashing.PdqHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A PDQ hash list read from a text file: one hash per line, as 64 hex digits, optionally followed by
 * a comma and more fields (so the output of {@code vigil hash} is a valid list). Blank lines and
 * lines starting with {@code #} are skipped but still counted, so {@link #lines} are the file's
 * 1-based line numbers.
 *
 * @param file the file read
 * @param words the hashes, 4 words each ({@code words[4i]} holds bits 0..63 of entry i)
 * @param lines the line number of each entry
 * @param size number of entries
 */
record HashList(Path file, long[] words, long[] lines, int size) {

  /** The hash of entry {@code i}. */
  PdqHash hash(int i) {
    return PdqHash.fromWords(words, 4 * i);
  }

  /**
   * Reads a hash list.
   *
   * @throws UsageException naming the file and line if the file cannot be read or a line is not a
   *     PDQ hash
   */
  static HashList read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such hash list file: " + file);
    }
    long[] words = new long[4 * 1024];
    long[] lines = new long[1024];
    int size = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        int comma = text.indexOf(',');
        String field = (comma < 0 ? text : text.substring(0, comma)).strip();
        PdqHash hash;
        try {
          hash = PdqHash.parse(field);
        } catch (MalformedSignalException e) {
          throw new UsageException("%s:%d: not a PDQ hash: %s".formatted(file, lineNumber, e.getMessage()));
        }
        if (size == lines.length) {
          lines = Arrays.copyOf(lines, size * 2);
          words = Arrays.copyOf(words, size * 8);
        }
        hash.copyWords(words, 4 * size);
        lines[size++] = lineNumber;
      }
    } catch (IOException e) {
      throw new UsageException("cannot read hash list " + file + ": " + e.getMessage());
    }
    return new HashList(file, words, lines, size);
  }
}
