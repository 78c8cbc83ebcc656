package eu.vigil.shared;

import java.time.Duration;

/**
 * Thrown when bounded work cannot start or finish in time: all image decoders are in use, a document took too
 * long to render (answered as 503 with {@code Retry-After}; nothing was changed).
 */
public class Busy extends RuntimeException {

    private final Duration retryAfter;

    /**
     * @param message    what is busy and which limit applies
     * @param retryAfter when the client may try again
     */
    public Busy(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
