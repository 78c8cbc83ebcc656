package eu.vigil.installation;

/** The server does not start: the clock asked for is refused for {@link #reason()}; the message says what to do. */
public final class ClockRefused extends RuntimeException {

    private final ClockRefusal reason;

    ClockRefused(ClockRefusal reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** The typed reason. */
    public ClockRefusal reason() {
        return reason;
    }
}
