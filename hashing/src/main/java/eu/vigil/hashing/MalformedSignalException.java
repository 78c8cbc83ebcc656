package eu.vigil.hashing;

/**
 * Thrown when text that should hold a signal (a hash in its canonical hexadecimal form) or a signal
 * type name is malformed. The message says what was expected and what was found.
 */
public final class MalformedSignalException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Longest part of the offending input quoted in a message. */
  private static final int MAX_QUOTED = 80;

  MalformedSignalException(String message) {
    super(message);
  }

  /** Quotes possibly long or hostile input for an error message. */
  static String quote(CharSequence input) {
    StringBuilder out = new StringBuilder("\"");
    int n = Math.min(input.length(), MAX_QUOTED);
    for (int i = 0; i < n; i++) {
      char c = input.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    if (input.length() > MAX_QUOTED) {
      out.append("...");
    }
    return out.append('"').toString();
  }
}
