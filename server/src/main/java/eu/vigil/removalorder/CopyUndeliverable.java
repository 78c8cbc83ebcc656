package eu.vigil.removalorder;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * {@code removal_order.copy_undeliverable}: the copy of a cross-border order for the host Member State could not be
 * delivered, because no authority of that state holding role (b) is on this installation (issue 11, defect 5). The
 * issuing authority must send the copy by other means; the Commission, which keeps the register of competent
 * authorities (Art. 12(4)), learns of the gap.
 *
 * @param order       the order
 * @param reference   its reference
 * @param memberState the host Member State
 * @param issuer      the issuing authority
 * @param commission  the Commission's organisations on this installation
 * @param at          when the order was issued
 * @param actor       who issued it
 */
record CopyUndeliverable(RemovalOrderId order, String reference, String memberState, UUID issuer,
        Collection<UUID> commission, Instant at, Auditor actor) implements OrderPartyEvent {

    @Override
    public RemovalOrderId concerns() {
        return order;
    }

    @Override
    public String type() {
        return "removal_order.copy_undeliverable";
    }

    @Override
    public Collection<UUID> recipients() {
        var all = new java.util.ArrayList<UUID>();
        all.add(issuer);
        all.addAll(commission);
        return all;
    }

    @Override
    public String text() {
        return "The copy of cross-border removal order " + reference + " for " + memberState + " could not be delivered:"
                + " no authority of " + memberState + " competent to scrutinise removal orders (Art. 12(1)(b)) is on"
                + " this installation. Send the copy by other means (Art. 4(1)); the register needs that authority.";
    }

    @Override
    public Map<String, ?> data() {
        return Map.of("orderId", order.toString(), "reference", reference, "hostMemberState", memberState,
                "delivery", ScrutinyCopy.Delivery.UNDELIVERABLE.name());
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("reference", reference, "memberState", memberState);
    }
}
