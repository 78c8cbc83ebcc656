package eu.vigil.removalorder;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * The issuing authority extended non-disclosure of an order (Art. 11(3)) by a sealed amendment: the provider, who
 * must keep silent towards the content provider for longer, is told at once ({@code removal_order.non_disclosure_extended}).
 *
 * @param at        when the amendment was issued
 * @param actor     who issued it
 * @param order     the amended order
 * @param amendment the amendment
 */
record NonDisclosureExtended(Instant at, Auditor actor, RemovalOrder order, NonDisclosureExtension amendment)
        implements OrderPartyEvent {

    /** The event type. */
    static final String TYPE = "removal_order.non_disclosure_extended";

    @Override
    public RemovalOrderId concerns() {
        return order.id();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Collection<UUID> recipients() {
        return List.of(order.providerId());
    }

    @Override
    public String text() {
        return "Non-disclosure of removal order " + order.reference() + " extended until " + amendment.until()
                + ": do not inform the content provider before then (Art. 11(3)).";
    }

    @Override
    public Map<String, ?> data() {
        return Map.of("orderId", order.id().toString(), "reference", order.reference(), "amendmentId",
                amendment.id().toString(), "amendmentNumber", amendment.number(), "previousUntil",
                amendment.previousUntil().toString(), "nonDisclosureUntil", amendment.until().toString(),
                "originalSealSha256", amendment.originalSealSha256());
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("reference", order.reference(), "until", amendment.until().toString());
    }
}
