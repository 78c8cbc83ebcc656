package eu.vigil.shared;

import java.util.List;

/**
 * Thrown when input breaks field rules; carries one message per field so that forms and API clients can
 * show them next to the field (answered as 400 problem+json with an {@code errors} member).
 */
public class InvalidInput extends RuntimeException {

    /** One problem with one field. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    /** Convenience for a single field. */
    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
