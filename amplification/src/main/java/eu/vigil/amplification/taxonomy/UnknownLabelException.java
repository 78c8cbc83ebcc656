package eu.vigil.amplification.taxonomy;

/** A label code, DSA category or keyword that the taxonomy does not know. */
public final class UnknownLabelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the offending value. */
  public UnknownLabelException(String message) {
    super(message);
  }
}
