package eu.vigil.hashing.imageio;

import java.io.IOException;

/** Thrown when bytes cannot be decoded into an image: unknown format, corrupt, truncated or too large. */
public final class UnreadableImageException extends IOException {

  private static final long serialVersionUID = 1L;

  /** With a message saying what is wrong. */
  public UnreadableImageException(String message) {
    super(message);
  }

  /** With a message and the decoder's exception. */
  public UnreadableImageException(String message, Throwable cause) {
    super(message, cause);
  }
}
