package eu.vigil.removalorder;

import java.time.Instant;
import java.util.UUID;

/**
 * The copy of a cross-border order for the host Member State (Art. 4(1)), with its 72-hour window for scrutiny on
 * the authority's own initiative (Art. 4(3), R16). When no role-(b) authority of the host Member State is on this
 * installation the copy is {@link Delivery#UNDELIVERABLE}: it has no delivery time and no window runs (issue 11,
 * defect 5).
 *
 * @param authorityId  the host Member State's role-(b) authority, null when undeliverable
 * @param memberState  the host Member State
 * @param delivery     whether the copy reached that authority
 * @param deliveredAt  when the copy was delivered (same transaction as the order), null when undeliverable
 * @param windowEndsAt end of the 72-hour window, null when undeliverable
 * @param sealedAsSent an undeliverable copy of an order sealed before issue 11, whose Section D says "copy sent"
 */
public record ScrutinyCopy(UUID authorityId, String memberState, Delivery delivery, Instant deliveredAt,
        Instant windowEndsAt, boolean sealedAsSent) {

    /** Whether the copy reached the host Member State's authority. */
    public enum Delivery {
        DELIVERED,
        /** No authority of the host Member State holding role (b) is on this installation. */
        UNDELIVERABLE
    }

    /** Whether the copy was delivered. */
    public boolean delivered() {
        return delivery == Delivery.DELIVERED;
    }

    /** Whether the own-initiative window is open at {@code now}; never for an undeliverable copy. */
    public boolean openAt(Instant now) {
        return delivered() && now.isBefore(windowEndsAt);
    }
}
