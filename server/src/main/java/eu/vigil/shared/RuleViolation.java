package eu.vigil.shared;

/**
 * Thrown when a rule of the law refuses an otherwise well-formed request, e.g. a scrutiny request after
 * its 48-hour deadline (answered as 422 with a {@code reason} naming the rule).
 */
public class RuleViolation extends RuntimeException {

    private final String reason;

    /**
     * @param reason  stable code of the rule, e.g. {@code SCRUTINY_REQUEST_TOO_LATE}
     * @param message what happened and what the deadline or limit was
     */
    public RuleViolation(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
