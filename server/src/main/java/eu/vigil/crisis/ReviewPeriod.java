package eu.vigil.crisis;

import java.time.Duration;
import java.time.Instant;

/**
 * The time allowed for the post-crisis review after an activated crisis is closed (R41); a closed crisis without a
 * review past that time is flagged. Computed on UTC instants.
 *
 * @param allowed the configured period (default {@link #DEFAULT}, 30 days)
 */
public record ReviewPeriod(Duration allowed) {

    /** Default period for the post-crisis review. */
    public static final Duration DEFAULT = Duration.ofDays(30);

    public ReviewPeriod {
        if (allowed == null || allowed.isNegative() || allowed.isZero()) {
            throw new IllegalArgumentException("the review period must be positive, was " + allowed);
        }
    }

    /** When the review is due for a crisis closed at {@code closedAt}. */
    public Instant dueAt(Instant closedAt) {
        return closedAt.plus(allowed);
    }

    /** Flagged from the due instant on, while the case is still closed without its review. */
    public boolean flaggedAt(Instant now, CrisisPhase phase, boolean wasActivated, Instant closedAt) {
        return phase == CrisisPhase.CLOSED && wasActivated && closedAt != null && !now.isBefore(dueAt(closedAt));
    }
}
