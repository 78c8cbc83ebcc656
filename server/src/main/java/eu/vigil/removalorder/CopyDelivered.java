package eu.vigil.removalorder;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;

/**
 * {@code removal_order.copied_to_host}: the copy of a cross-border order reached the competent authority of the
 * host Member State (Art. 4(1)); its 72-hour window for scrutiny on its own initiative (Art. 4(3)) runs from now.
 * Raised like every other transition, so the host authority's open pages and notifications learn of it at once.
 *
 * @param order       the order
 * @param reference   its reference
 * @param memberState the host Member State
 * @param authority   the authority that received the copy (role Art. 12(1)(b))
 * @param windowEnds  end of the 72-hour scrutiny window
 * @param at          when the copy was delivered
 * @param actor       who issued the order
 */
record CopyDelivered(RemovalOrderId order, String reference, String memberState, UUID authority, Instant windowEnds,
        Instant at, Auditor actor) implements OrderPartyEvent {

    @Override
    public RemovalOrderId concerns() {
        return order;
    }

    @Override
    public String type() {
        return "removal_order.copied_to_host";
    }

    @Override
    public Collection<UUID> recipients() {
        return List.of(authority);
    }

    @Override
    public String text() {
        return "Copy of cross-border removal order " + reference + " for scrutiny by " + memberState
                + ": own-initiative scrutiny possible within 72 hours of receipt (Art. 4(3)).";
    }

    @Override
    public Map<String, ?> data() {
        return Map.of("orderId", order.toString(), "reference", reference, "hostMemberState", memberState,
                "delivery", ScrutinyCopy.Delivery.DELIVERED.name(), "windowEndsAt", windowEnds.toString());
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("reference", reference, "memberState", memberState, "authority", authority.toString(),
                "deliveredAt", at);
    }
}
