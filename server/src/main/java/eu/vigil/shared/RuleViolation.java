package eu.vigil.shared;

import java.util.List;

/**
 * Thrown when a rule of the law refuses an otherwise well-formed request, e.g. a scrutiny request after
 * its 48-hour deadline (answered as 422 with a {@code reason} naming the rule, and with {@code errors} naming the
 * fields when the rule concerns particular fields).
 */
public class RuleViolation extends RuntimeException {

    private final String reason;
    private final List<InvalidInput.FieldError> errors;

    /**
     * @param reason  stable code of the rule, e.g. {@code SCRUTINY_REQUEST_TOO_LATE}
     * @param message what happened and what the deadline or limit was
     */
    public RuleViolation(String reason, String message) {
        this(reason, message, List.of());
    }

    /**
     * @param reason  stable code of the rule
     * @param message what happened
     * @param errors  the fields the rule refuses, each with its message
     */
    public RuleViolation(String reason, String message, List<InvalidInput.FieldError> errors) {
        super(message);
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    public String reason() {
        return reason;
    }

    /** The fields the rule concerns; empty when it concerns the request as a whole. */
    public List<InvalidInput.FieldError> errors() {
        return errors;
    }
}
