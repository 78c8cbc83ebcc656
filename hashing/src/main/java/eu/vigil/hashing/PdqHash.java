package eu.vigil.hashing;

import java.util.Objects;

/**
 * A 256-bit PDQ hash.
 *
 * <p>Bit {@code b} (0..255) is bit {@code b % 64} of word {@code b / 64}: {@code w0} holds bits
 * 0..63, {@code w3} bits 192..255. In PDQ terms bit {@code 16*k + l} is 1 iff DCT coefficient
 * (vertical frequency k+1, horizontal frequency l+1) is above the median. The canonical text form is
 * the 256-bit number as 64 lowercase hexadecimal digits, most significant first (the upstream
 * format), so the last digit holds bits 0..3.
 *
 * @param w0 bits 0..63
 * @param w1 bits 64..127
 * @param w2 bits 128..191
 * @param w3 bits 192..255
 */
public record PdqHash(long w0, long w1, long w2, long w3) implements Signal {

  /** Number of bits in a PDQ hash. */
  public static final int BITS = 256;

  /**
   * The recommended match threshold: two PDQ hashes match when their Hamming distance is at most
   * this (inclusive), as in the upstream recommendation and python-threatexchange.
   */
  public static final int MATCH_DISTANCE = 31;

  /** The all-zero hash; also what PDQ yields for images with a side below 5 pixels. */
  public static final PdqHash ZERO = new PdqHash(0, 0, 0, 0);

  /**
   * Parses the canonical text form: 64 hexadecimal digits, either case.
   *
   * @throws MalformedSignalException if the text is not 64 hexadecimal digits
   */
  public static PdqHash parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    Hex.check(SignalType.PDQ, text);
    return new PdqHash(Hex.longAt(text, 48), Hex.longAt(text, 32), Hex.longAt(text, 16), Hex.longAt(text, 0));
  }

  /**
   * The hash from four words, {@code words[offset]} holding bits 0..63.
   *
   * @throws IndexOutOfBoundsException if fewer than four words follow {@code offset}
   */
  public static PdqHash fromWords(long[] words, int offset) {
    Objects.checkFromIndexSize(offset, 4, words.length);
    return new PdqHash(words[offset], words[offset + 1], words[offset + 2], words[offset + 3]);
  }

  /** Copies the four words into {@code target} starting at {@code offset}, bits 0..63 first. */
  public void copyWords(long[] target, int offset) {
    Objects.checkFromIndexSize(offset, 4, target.length);
    target[offset] = w0;
    target[offset + 1] = w1;
    target[offset + 2] = w2;
    target[offset + 3] = w3;
  }

  /** Word {@code i} (0..3); word 0 holds bits 0..63. */
  public long word(int i) {
    return switch (i) {
      case 0 -> w0;
      case 1 -> w1;
      case 2 -> w2;
      case 3 -> w3;
      default -> throw new IndexOutOfBoundsException("word index must be 0..3, got " + i);
    };
  }

  /** Whether bit {@code b} (0..255) is set. */
  public boolean bit(int b) {
    Objects.checkIndex(b, BITS);
    return ((word(b >>> 6) >>> (b & 63)) & 1L) != 0;
  }

  /** This hash with bit {@code b} inverted. */
  public PdqHash flip(int b) {
    Objects.checkIndex(b, BITS);
    long mask = 1L << (b & 63);
    return switch (b >>> 6) {
      case 0 -> new PdqHash(w0 ^ mask, w1, w2, w3);
      case 1 -> new PdqHash(w0, w1 ^ mask, w2, w3);
      case 2 -> new PdqHash(w0, w1, w2 ^ mask, w3);
      default -> new PdqHash(w0, w1, w2, w3 ^ mask);
    };
  }

  /** Number of set bits; 128 for a typical PDQ hash. */
  public int bitCount() {
    return Long.bitCount(w0) + Long.bitCount(w1) + Long.bitCount(w2) + Long.bitCount(w3);
  }

  /** The Hamming distance to {@code other}: the number of differing bits, 0..256. */
  public int distance(PdqHash other) {
    return Long.bitCount(w0 ^ other.w0)
        + Long.bitCount(w1 ^ other.w1)
        + Long.bitCount(w2 ^ other.w2)
        + Long.bitCount(w3 ^ other.w3);
  }

  /** Whether {@code other} is within {@link #MATCH_DISTANCE} of this hash. */
  public boolean matches(PdqHash other) {
    return distance(other) <= MATCH_DISTANCE;
  }

  @Override
  public SignalType type() {
    return SignalType.PDQ;
  }

  @Override
  public String toText() {
    StringBuilder out = new StringBuilder(64);
    Hex.appendLong(out, w3);
    Hex.appendLong(out, w2);
    Hex.appendLong(out, w1);
    Hex.appendLong(out, w0);
    return out.toString();
  }

  /** The canonical text form, as {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }
}
