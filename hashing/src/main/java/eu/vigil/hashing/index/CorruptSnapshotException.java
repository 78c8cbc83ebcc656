package eu.vigil.hashing.index;

import java.io.IOException;

/** Thrown when an index snapshot file is not valid: wrong format or version, truncated, or damaged. */
public final class CorruptSnapshotException extends IOException {

  private static final long serialVersionUID = 1L;

  /** With a message saying what is wrong. */
  public CorruptSnapshotException(String message) {
    super(message);
  }
}
