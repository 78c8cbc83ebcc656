package eu.vigil.hashing.vpdq;

import java.io.IOException;

/** Thrown when text is not a well-formed vPDQ frame-hash file; the message names the line and the fault. */
public final class VpdqFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  VpdqFormatException(String message) {
    super(message);
  }
}
