package eu.vigil.removalorder;

import java.time.Instant;

/**
 * One entry of an order's deadline history, which is append-only (defect 3): each clock period starts,
 * may be warned and missed, and ends suspended (Annex III), restarted or stopped (executed, without legal
 * effect, withdrawn). A missed deadline stays in the history whatever follows.
 *
 * @param period     number of the clock period, from 1
 * @param kind       what happened
 * @param at         when it took effect (for {@link Kind#MISSED} the due time that passed)
 * @param dueAt      the deadline in force after this entry, null while the clock stands still
 * @param recordedAt when Vigil recorded it
 * @param note       a short explanation, may be null
 */
public record ClockEvent(int period, Kind kind, Instant at, Instant dueAt, Instant recordedAt, String note) {

    /** What happened to the clock. */
    public enum Kind {
        /** The clock started on receipt (Art. 3(3)). */
        STARTED,
        /** The warning threshold passed on the running clock. */
        WARNED,
        /** The deadline in force passed before every item was acted on. */
        MISSED,
        /** An Annex III notice stopped the clock (Art. 3(7), 3(8)). */
        SUSPENDED,
        /** Grounds ceased or a clarification arrived: a new clock period runs (Art. 3(7), 3(8)). */
        RESTARTED,
        /** Nothing is owed any more: executed, without legal effect or withdrawn. */
        STOPPED
    }
}
