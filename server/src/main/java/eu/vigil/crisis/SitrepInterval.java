package eu.vigil.crisis;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How often situation reports are expected while a crisis is active (R40): a report is due {@code every} after
 * the later of the activation and the last report; once that passes, the coordinator is reminded, once per
 * missed interval. Computed on UTC instants.
 *
 * @param every the configured interval (default {@link #DEFAULT}, 2 hours)
 */
public record SitrepInterval(Duration every) {

    /** The Protocol's default rhythm of situation reports. */
    public static final Duration DEFAULT = Duration.ofHours(2);

    public SitrepInterval {
        if (every == null || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("the situation report interval must be positive, was " + every);
        }
    }

    /** When the next report is due, counted from the activation or the last report, whichever is later. */
    public Instant dueAt(Instant activatedAt, Optional<Instant> lastReport) {
        Instant since = lastReport.filter(r -> r.isAfter(activatedAt)).orElse(activatedAt);
        return since.plus(every);
    }

    /**
     * Whether the coordinator must be reminded at {@code now}: the report is overdue and no reminder was sent
     * for this missed interval (a reminder at or after the due instant covers it).
     */
    public boolean remindAt(Instant now, Instant activatedAt, Optional<Instant> lastReport,
            Optional<Instant> lastReminder) {
        Instant due = dueAt(activatedAt, lastReport);
        return !now.isBefore(due) && lastReminder.map(r -> r.isBefore(due)).orElse(true);
    }
}
