package eu.vigil.exercise;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file that cannot be run, with every problem found, each naming its field (e.g. {@code injects[2].at}).
 * The launcher prints it and exits with code 2.
 */
public class ScenarioInvalid extends RuntimeException {

    /** One problem: the field's path in the file and what is wrong. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    private final String file;
    private final transient List<Problem> problems;

    /** The problems of {@code file}. */
    public ScenarioInvalid(String file, List<Problem> problems) {
        super(file + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The file read. */
    public String file() {
        return file;
    }

    /** Every problem, in the order of the file. */
    public List<Problem> problems() {
        return problems;
    }

    /** One line per problem, for a terminal. */
    public String report() {
        return problems.stream().map(p -> "vigil: " + file + ": " + p).collect(Collectors.joining("\n"));
    }
}
