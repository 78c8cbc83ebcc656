package eu.vigil.hashing.tmk;

import java.io.IOException;

/** Thrown when bytes are not a well-formed upstream {@code .tmk} file; the message says what is wrong. */
public final class TmkFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  TmkFormatException(String message) {
    super(message);
  }
}
