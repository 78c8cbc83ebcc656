package eu.vigil.hashing;

import java.util.Arrays;
import java.util.Objects;

/**
 * An exact (cryptographic) hash of content bytes: MD5 or SHA-256. Two exact hashes match only when
 * equal.
 *
 * <p>The digest array is copied on the way in and out, so instances are immutable.
 *
 * @param type {@link SignalType#MD5} or {@link SignalType#SHA256}
 * @param digest the raw digest, 16 bytes for MD5 and 32 for SHA-256
 */
public record ExactHash(SignalType type, byte[] digest) implements Signal {

  /**
   * Checks the type and digest length and copies the digest.
   *
   * @throws IllegalArgumentException if the type is not exact or the digest length does not fit it
   */
  public ExactHash {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(digest, "digest must not be null");
    if (!type.isExact()) {
      throw new IllegalArgumentException("type must be an exact hash type (md5, sha256), got " + type.id());
    }
    if (digest.length != type.byteLength()) {
      throw new IllegalArgumentException(
          "%s digest must be %d bytes, got %d".formatted(type.displayName(), type.byteLength(), digest.length));
    }
    digest = digest.clone();
  }

  /**
   * Parses the canonical text form of an exact hash of the given type (32 hexadecimal digits for
   * MD5, 64 for SHA-256; either case).
   *
   * @throws MalformedSignalException if the text is not such a hash
   */
  public static ExactHash parse(SignalType type, String text) {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(text, "text must not be null");
    if (!type.isExact()) {
      throw new IllegalArgumentException("type must be an exact hash type (md5, sha256), got " + type.id());
    }
    Hex.check(type, text);
    return new ExactHash(type, Hex.bytes(text));
  }

  /** A copy of the raw digest. */
  @Override
  public byte[] digest() {
    return digest.clone();
  }

  @Override
  public String toText() {
    return Hex.of(digest);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExactHash that && type == that.type && Arrays.equals(digest, that.digest);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + Arrays.hashCode(digest);
  }

  /** The type id and the canonical text form, e.g. {@code md5:d41d8cd98f00b204e9800998ecf8427e}. */
  @Override
  public String toString() {
    return type.id() + ":" + toText();
  }
}
