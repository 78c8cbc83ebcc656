package eu.vigil.hashing;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/** Computes exact hashes (MD5, SHA-256) of content. Thread-safe; stateless. */
public final class ExactHashes {

  private static final int BUFFER_SIZE = 64 * 1024;

  private ExactHashes() {}

  /** MD5 of the bytes. */
  public static ExactHash md5(byte[] content) {
    return of(SignalType.MD5, content);
  }

  /** SHA-256 of the bytes. */
  public static ExactHash sha256(byte[] content) {
    return of(SignalType.SHA256, content);
  }

  /**
   * The exact hash of the given type over the bytes.
   *
   * @throws IllegalArgumentException if the type is not exact
   */
  public static ExactHash of(SignalType type, byte[] content) {
    Objects.requireNonNull(content, "content must not be null");
    MessageDigest digest = digestFor(type);
    return new ExactHash(type, digest.digest(content));
  }

  /**
   * The exact hash of the given type over everything remaining in the stream (which is not closed).
   *
   * @throws IOException if reading fails
   */
  public static ExactHash of(SignalType type, InputStream content) throws IOException {
    Objects.requireNonNull(content, "content must not be null");
    MessageDigest digest = digestFor(type);
    byte[] buffer = new byte[BUFFER_SIZE];
    for (int n; (n = content.read(buffer)) >= 0; ) {
      digest.update(buffer, 0, n);
    }
    return new ExactHash(type, digest.digest());
  }

  private static MessageDigest digestFor(SignalType type) {
    Objects.requireNonNull(type, "type must not be null");
    String algorithm = switch (type) {
      case MD5 -> "MD5";
      case SHA256 -> "SHA-256";
      case PDQ -> throw new IllegalArgumentException("PDQ is not an exact hash; use PdqHasher");
    };
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every Java platform", e);
    }
  }
}
