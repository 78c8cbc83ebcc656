package eu.vigil.removalorder;

import java.time.Duration;
import java.time.Instant;

/**
 * The running clock of an order: started at receipt (or when grounds ceased / a clarification was
 * delivered), due after {@code limit}, with a warning after {@code warning}. Computed on UTC instants, so
 * daylight-saving changes do not alter elapsed time (R26).
 *
 * @param startedAt when the clock started
 * @param limit     time allowed
 * @param warning   when to warn (zero or negative: never)
 */
public record Deadline(Instant startedAt, Duration limit, Duration warning) {

    /** Where an order stands against its clock. */
    public enum Phase {
        ON_TIME, WARNING, OVERDUE
    }

    public Deadline {
        if (startedAt == null || limit == null || warning == null) {
            throw new IllegalArgumentException("deadline needs a start, a limit and a warning");
        }
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        if (warning.compareTo(limit) >= 0) {
            throw new IllegalArgumentException("warning must come before the limit");
        }
    }

    public Instant dueAt() {
        return startedAt.plus(limit);
    }

    public Instant warningAt() {
        return warning.isZero() || warning.isNegative() ? null : startedAt.plus(warning);
    }

    /** True from the due instant on: at exactly 60 minutes the order is overdue. */
    public boolean isMissedAt(Instant now) {
        return !now.isBefore(dueAt());
    }

    /** Time left, negative once overdue. */
    public Duration remainingAt(Instant now) {
        return Duration.between(now, dueAt());
    }

    public Phase phaseAt(Instant now) {
        if (isMissedAt(now)) {
            return Phase.OVERDUE;
        }
        Instant warn = warningAt();
        return warn != null && !now.isBefore(warn) ? Phase.WARNING : Phase.ON_TIME;
    }
}
