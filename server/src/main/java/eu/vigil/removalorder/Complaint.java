package eu.vigil.removalorder;

import java.time.Instant;
import java.util.UUID;

/**
 * A content provider's complaint to the provider against a removal under specific measures (Art. 10), handled
 * within two weeks. Complaints recorded against removal orders before issue 11 are kept, read-only but decidable;
 * new ones attach to a {@link SpecificMeasureRemoval} (a complaint concerns exactly one of the two).
 *
 * @param id                   complaint id
 * @param removalId            the removal under specific measures complained about, null for an old order complaint
 * @param orderId              for an old complaint: the order the removal followed, otherwise null
 * @param position             for an old complaint: item complained about, null for the whole order
 * @param complainantReference the provider's reference for the complainant (no personal data needed here)
 * @param grounds              what the complainant says
 * @param receivedAt           when the provider received the complaint
 * @param dueAt                two weeks later (Art. 10(2))
 * @param outcome              REINSTATED or REJECTED, null while open
 * @param outcomeReasons       reasons of the outcome
 * @param redressInformation   for a rejection: the possibilities for redress given to the complainant
 * @param decidedAt            when decided
 */
public record Complaint(UUID id, SpecificMeasureRemovalId removalId, RemovalOrderId orderId, Integer position, String complainantReference, String grounds,
        Instant receivedAt, Instant dueAt, Outcome outcome, String outcomeReasons, String redressInformation,
        Instant decidedAt) {

    /** Art. 10(2): the content is reinstated, or the complaint is rejected with reasons and redress. */
    public enum Outcome {
        REINSTATED, REJECTED
    }

    /** Whether the outcome is late at {@code now}. */
    public boolean overdueAt(Instant now) {
        return decidedAt == null && !now.isBefore(dueAt);
    }
}
