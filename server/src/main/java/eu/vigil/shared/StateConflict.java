package eu.vigil.shared;

/**
 * Thrown when the state a record is in forbids the change asked for, e.g. Annex II feedback on an order
 * without legal effect (answered as 409 problem+json with {@code reason} and {@code state}).
 */
public class StateConflict extends RuntimeException {

    private final String reason;
    private final String state;

    /**
     * @param reason  stable code of the refusal, e.g. {@code ORDER_CLOSED}
     * @param state   the state that forbids it, e.g. {@code NO_LEGAL_EFFECT}
     * @param message what was refused and why
     */
    public StateConflict(String reason, String state, String message) {
        super(message);
        this.reason = reason;
        this.state = state;
    }

    public String reason() {
        return reason;
    }

    public String state() {
        return state;
    }
}
