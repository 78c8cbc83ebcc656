package eu.vigil.hashing.video;

import java.io.IOException;

/**
 * Thrown when a video cannot be decoded within the limits: not a supported container, broken or
 * truncated data, frames too large, too many frames, too long to decode, or no decoder installed.
 * The message says which, and quotes at most the start of FFmpeg's own error output.
 */
public final class UnreadableVideoException extends IOException {

  private static final long serialVersionUID = 1L;

  UnreadableVideoException(String message) {
    super(message);
  }

  UnreadableVideoException(String message, Throwable cause) {
    super(message, cause);
  }
}
