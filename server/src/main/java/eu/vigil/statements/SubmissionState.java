package eu.vigil.statements;

import java.util.Set;

/**
 * Where a statement stands on its way to the DSA Transparency Database (R47). A ready statement that is not withheld
 * for non-disclosure is {@link #QUEUED}; the database's {@code 201 Created} (or its answer that it already holds the
 * {@code puid}) makes it {@link #SUBMITTED}, for good; a {@code 422} naming the statement's fields makes it
 * {@link #REJECTED} until a person has fixed it (a review queues it again).
 */
public enum SubmissionState {
    /** Waiting for the sender: due at {@code nextAttemptAt}, retried with backoff while the database does not store it. */
    QUEUED,
    /** Stored by the database, its {@code uuid} recorded. Final. */
    SUBMITTED,
    /** Refused by the database's validation: the errors are kept until a person fixes the statement. */
    REJECTED;

    /** The states this one may change to. */
    public Set<SubmissionState> next() {
        return switch (this) {
            case QUEUED -> Set.of(SUBMITTED, REJECTED);
            case REJECTED -> Set.of(QUEUED);
            case SUBMITTED -> Set.of();
        };
    }

    /** Whether this state may change to {@code to}. */
    public boolean mayBecome(SubmissionState to) {
        return next().contains(to);
    }

    /**
     * The state {@code to}, checked against this one.
     *
     * @throws IllegalStateException when the transition is not allowed
     */
    public SubmissionState to(SubmissionState to) {
        if (!mayBecome(to)) {
            throw new IllegalStateException("a submission cannot go from " + this + " to " + to);
        }
        return to;
    }
}
