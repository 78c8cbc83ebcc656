package eu.vigil.cli;

/**
 * A user error found while running a command (a malformed line in an input file, an unreadable
 * list): reported as one message on stderr with exit code {@value VigilCli#USAGE}.
 */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** With a message that names the file and line where possible. */
  public UsageException(String message) {
    super(message);
  }
}
