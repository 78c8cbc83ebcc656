package eu.vigil.amplification.report;

import java.util.List;

/** A report directory that fails the completeness check of spec R12. */
public final class IncompleteReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> missing;

  /** Creates the exception listing what is missing. */
  public IncompleteReportException(List<String> missing) {
    super("incomplete report: missing " + String.join(", ", missing));
    this.missing = List.copyOf(missing);
  }

  /** What is missing. */
  public List<String> missing() {
    return missing;
  }
}
