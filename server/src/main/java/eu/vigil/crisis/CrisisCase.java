package eu.vigil.crisis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A crisis case as stored (R39): its phase, whether it was ever activated, and the instants the rules count from.
 * The case answers what may be done with it, so pages and the API offer only what the model allows.
 *
 * @param id             the case
 * @param reference      its reference, e.g. {@code EUCP-2026-3F9A1C}
 * @param title          a short name participants know it by
 * @param phase          the current phase
 * @param wasActivated   whether the Protocol was ever activated for it
 * @param raisedBy       the organisation that raised the alert
 * @param raisedAt       when the alert was raised
 * @param observation    what the alert's author saw
 * @param activatedAt    when it was (last) activated, may be null
 * @param closedAt       when it was closed, may be null
 * @param reviewedAt     when the post-crisis review was recorded, may be null
 * @param review         the review's text, may be null
 * @param lastReportAt   when the last situation report was posted, may be null
 * @param lastReminderAt when the coordinator was last reminded of a missing report, may be null
 */
public record CrisisCase(CrisisId id, String reference, String title, CrisisPhase phase, boolean wasActivated,
        UUID raisedBy, Instant raisedAt, String observation, Instant activatedAt, Instant closedAt, Instant reviewedAt,
        String review, Instant lastReportAt, Instant lastReminderAt) {

    /** The steps an actor may take now ({@code coordinator}: Europol's crisis coordinator). */
    public List<CrisisStep> steps(boolean coordinator) {
        return CrisisRules.steps(phase, wasActivated, coordinator);
    }

    /** Whether {@code step} with {@code reason} is allowed now for the actor. */
    public CrisisTransition step(CrisisStep step, boolean coordinator, String reason) {
        return CrisisRules.step(phase, wasActivated, step, coordinator, reason);
    }

    /** When the next situation report is due, while the crisis is active. */
    public Optional<Instant> reportDueAt(SitrepInterval interval) {
        return phase == CrisisPhase.ACTIVE && activatedAt != null
                ? Optional.of(interval.dueAt(activatedAt, Optional.ofNullable(lastReportAt))) : Optional.empty();
    }

    /** Whether the coordinator must be reminded now of a missing situation report (R40). */
    public boolean remindAt(Instant now, SitrepInterval interval) {
        return phase == CrisisPhase.ACTIVE && activatedAt != null && interval.remindAt(now, activatedAt,
                Optional.ofNullable(lastReportAt), Optional.ofNullable(lastReminderAt));
    }

    /** Whether the case is flagged for a missing post-crisis review (R41). */
    public boolean reviewFlaggedAt(Instant now, ReviewPeriod period) {
        return period.flaggedAt(now, phase, wasActivated, closedAt);
    }
}
