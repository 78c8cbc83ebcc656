package eu.vigil.hashing;

/** Strict hexadecimal decoding and lowercase encoding shared by the signal types. */
final class Hex {

  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /**
   * Checks that {@code text} is exactly {@code type.hexLength()} hexadecimal digits.
   *
   * @throws MalformedSignalException naming the type, the expected length and the first problem
   */
  static void check(SignalType type, CharSequence text) {
    int expected = type.hexLength();
    if (text.length() != expected) {
      throw new MalformedSignalException(
          "%s hash must be %d hexadecimal digits, got %d characters: %s"
              .formatted(type.displayName(), expected, text.length(), MalformedSignalException.quote(text)));
    }
    for (int i = 0; i < expected; i++) {
      if (digit(text.charAt(i)) < 0) {
        throw new MalformedSignalException(
            "%s hash must be %d hexadecimal digits, found %s at position %d: %s"
                .formatted(
                    type.displayName(),
                    expected,
                    MalformedSignalException.quote(String.valueOf(text.charAt(i))),
                    i + 1,
                    MalformedSignalException.quote(text)));
      }
    }
  }

  /** The value of a hexadecimal digit (either case), or -1. */
  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Parses 16 already checked hexadecimal digits starting at {@code from} as an unsigned long. */
  static long longAt(CharSequence text, int from) {
    long value = 0;
    for (int i = from; i < from + 16; i++) {
      value = (value << 4) | digit(text.charAt(i));
    }
    return value;
  }

  /** Decodes already checked hexadecimal text into bytes, most significant digit first. */
  static byte[] bytes(CharSequence text) {
    byte[] out = new byte[text.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) ((digit(text.charAt(2 * i)) << 4) | digit(text.charAt(2 * i + 1)));
    }
    return out;
  }

  static void appendLong(StringBuilder out, long value) {
    for (int shift = 60; shift >= 0; shift -= 4) {
      out.append(DIGITS[(int) (value >>> shift) & 0xf]);
    }
  }

  static String of(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(DIGITS[(b >> 4) & 0xf]).append(DIGITS[b & 0xf]);
    }
    return out.toString();
  }
}
