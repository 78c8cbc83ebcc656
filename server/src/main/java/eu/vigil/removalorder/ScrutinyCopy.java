package eu.vigil.removalorder;

import java.time.Instant;
import java.util.UUID;

/**
 * The copy of a cross-border order sent to the host Member State (Art. 4(1)), with its 72-hour window for
 * scrutiny on the authority's own initiative (Art. 4(3), R16).
 *
 * @param authorityId  the host Member State's role-(b) authority, null when the register names none
 * @param memberState  the host Member State
 * @param deliveredAt  when the copy was delivered (same transaction as the order)
 * @param windowEndsAt end of the 72-hour window
 */
public record ScrutinyCopy(UUID authorityId, String memberState, Instant deliveredAt, Instant windowEndsAt) {

    /** Whether the own-initiative window is still open at {@code now}. */
    public boolean openAt(Instant now) {
        return now.isBefore(windowEndsAt);
    }
}
