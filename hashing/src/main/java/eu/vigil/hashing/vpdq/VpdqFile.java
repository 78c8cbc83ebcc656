package eu.vigil.hashing.vpdq;

import eu.vigil.hashing.PdqHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The upstream vPDQ frame-hash file ({@code vpdq/cpp/io/vpdqio}): one line per frame,
 * {@code frame_number,quality,pdq_hex,timestamp_seconds}, the timestamp printed with three decimals.
 * Reading is strict (exactly four fields, decimal integers, 64 hex digits, a plain decimal
 * timestamp) and bounded ({@value #MAX_FRAMES} frames, {@value #MAX_LINE} characters a line); an
 * empty file is an error, as upstream.
 */
public final class VpdqFile {

  /** Most frames a file may hold: one frame a second for over 11 days, or 30 fps for 9 hours. */
  public static final int MAX_FRAMES = 1_000_000;

  /** Longest line accepted. */
  public static final int MAX_LINE = 200;

  private VpdqFile() {}

  /**
   * The frames in file order.
   *
   * @throws VpdqFormatException if the text is not a well-formed file
   */
  public static List<VpdqFrame> read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader must not be null");
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<VpdqFrame> frames = new ArrayList<>();
    int lineNumber = 0;
    StringBuilder line = new StringBuilder();
    while (readLine(in, line)) {
      lineNumber++;
      if (line.length() > MAX_LINE) {
        throw new VpdqFormatException("line %d is longer than %d characters".formatted(lineNumber, MAX_LINE));
      }
      if (frames.size() == MAX_FRAMES) {
        throw new VpdqFormatException("more than %d frames".formatted(MAX_FRAMES));
      }
      frames.add(parseLine(line.toString(), lineNumber));
    }
    if (frames.isEmpty()) {
      throw new VpdqFormatException("a vPDQ file holds at least one frame, this one is empty");
    }
    return List.copyOf(frames);
  }

  /** The frames of a file (UTF-8). */
  public static List<VpdqFrame> read(java.nio.file.Path file) throws IOException {
    try (BufferedReader in = java.nio.file.Files.newBufferedReader(file)) {
      return read(in);
    }
  }

  /**
   * The frames of the text of a file.
   *
   * @throws IllegalArgumentException if the text is not a well-formed file (the message as
   *     {@link VpdqFormatException}'s)
   */
  public static List<VpdqFrame> parse(String text) {
    try {
      return read(new java.io.StringReader(text));
    } catch (VpdqFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Writes the frames, one line each, each line ending in {@code \n}. */
  public static void write(List<VpdqFrame> frames, Writer out) throws IOException {
    for (VpdqFrame frame : frames) {
      out.write(frame.toLine());
      out.write('\n');
    }
  }

  /** The text of the file for these frames. */
  public static String format(List<VpdqFrame> frames) {
    StringBuilder out = new StringBuilder(frames.size() * 80);
    for (VpdqFrame frame : frames) {
      out.append(frame.toLine()).append('\n');
    }
    return out.toString();
  }

  private static boolean readLine(BufferedReader in, StringBuilder line) throws IOException {
    line.setLength(0);
    int c = in.read();
    if (c < 0) {
      return false;
    }
    while (c >= 0 && c != '\n') {
      if (line.length() <= MAX_LINE) {
        line.append((char) c);
      }
      c = in.read();
    }
    if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
      line.setLength(line.length() - 1);
    }
    return true;
  }

  private static VpdqFrame parseLine(String line, int lineNumber) throws VpdqFormatException {
    String[] fields = line.split(",", -1);
    if (fields.length != 4) {
      throw new VpdqFormatException("line %d: expected frame_number,quality,pdq_hex,timestamp, got %d fields"
          .formatted(lineNumber, fields.length));
    }
    try {
      int frame = decimal(fields[0], "frame number");
      int quality = decimal(fields[1], "quality");
      PdqHash hash = PdqHash.parse(fields[2]);
      if (!fields[3].matches("[0-9]{1,12}(\\.[0-9]{1,9})?")) {
        throw new IllegalArgumentException("timestamp must be decimal seconds like 1.033");
      }
      return new VpdqFrame(frame, quality, hash, Double.parseDouble(fields[3]));
    } catch (IllegalArgumentException e) { // includes MalformedSignalException from the hash
      throw new VpdqFormatException("line %d: %s".formatted(lineNumber, e.getMessage()));
    }
  }

  private static int decimal(String field, String what) {
    if (!field.matches("[0-9]{1,9}")) {
      throw new IllegalArgumentException(what + " must be a decimal number of at most 9 digits");
    }
    return Integer.parseInt(field);
  }
}
