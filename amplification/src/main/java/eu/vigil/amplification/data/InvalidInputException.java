package eu.vigil.amplification.data;

import java.util.List;
import java.util.stream.Collectors;

/** Input that failed validation; carries every problem found (up to a limit), in file order. */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Problems are kept as a serialisable list copy. */
  private final transient List<InputProblem> problems;

  /** Creates the exception; the message lists the first problems. */
  public InvalidInputException(List<InputProblem> problems) {
    super(problems.size() + " input problem(s):\n  " + problems.stream().limit(20)
        .map(InputProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  /** All problems found. */
  public List<InputProblem> problems() {
    return problems;
  }
}
