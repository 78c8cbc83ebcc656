package eu.vigil.hashing;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The kinds of hashes ("signals") Vigil computes, stores and exchanges.
 *
 * <p>Each type has a stable lowercase {@linkplain #id() identifier} (as used by the hash-sharing
 * ecosystem's tooling: {@code pdq}, {@code md5}, {@code sha256}) and a fixed-length hexadecimal text
 * form.
 */
public enum SignalType {

  /** Meta's PDQ perceptual image hash: 256 bits, compared by Hamming distance. */
  PDQ("pdq", "PDQ", 64),

  /** MD5 of the content bytes: 128 bits, exact match only. */
  MD5("md5", "MD5", 32),

  /** SHA-256 of the content bytes: 256 bits, exact match only. */
  SHA256("sha256", "SHA-256", 64);

  private final String id;
  private final String displayName;
  private final int hexLength;

  SignalType(String id, String displayName, int hexLength) {
    this.id = id;
    this.displayName = displayName;
    this.hexLength = hexLength;
  }

  /** The stable lowercase identifier, e.g. {@code "sha256"}. */
  public String id() {
    return id;
  }

  /** The human-readable name, e.g. {@code "SHA-256"}. */
  public String displayName() {
    return displayName;
  }

  /** Number of hexadecimal digits in the canonical text form. */
  public int hexLength() {
    return hexLength;
  }

  /** Number of bytes of the hash value. */
  public int byteLength() {
    return hexLength / 2;
  }

  /** Whether signals of this type only match when identical (true for MD5 and SHA-256). */
  public boolean isExact() {
    return this != PDQ;
  }

  /**
   * Parses a signal of this type from its canonical text form: exactly {@link #hexLength()}
   * hexadecimal digits, either case, with nothing around them.
   *
   * @throws MalformedSignalException if the text is not such a hash
   */
  public Signal parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    return switch (this) {
      case PDQ -> PdqHash.parse(text);
      case MD5, SHA256 -> ExactHash.parse(this, text);
    };
  }

  /**
   * The type with the given {@linkplain #id() identifier}; exact match, lowercase.
   *
   * @throws MalformedSignalException naming the accepted identifiers if there is none
   */
  public static SignalType ofId(String id) {
    Objects.requireNonNull(id, "id must not be null");
    for (SignalType type : values()) {
      if (type.id.equals(id)) {
        return type;
      }
    }
    throw new MalformedSignalException(
        "unknown signal type %s, expected one of %s"
            .formatted(
                MalformedSignalException.quote(id),
                Arrays.stream(values()).map(SignalType::id).collect(Collectors.joining(", "))));
  }
}
