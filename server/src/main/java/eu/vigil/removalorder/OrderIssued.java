package eu.vigil.removalorder;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;

/**
 * {@code removal_order.issued}: a sealed removal order was placed in the provider's inbox (Art. 3(1)); its clock
 * runs from receipt, which is now. Raised in the transaction that issues the order, so the audit record, the
 * provider's notification and webhook, its open inbox and the issuer's confirmation all follow from this one event.
 * The webhook carries the Annex I fields as sealed ({@code docs/api/webhooks.md}); the audit record keeps the
 * sealed fields as the state after.
 *
 * @param issued   the order as issued and sealed
 * @param sealed   the Annex I fields as sealed (the audited state after)
 * @param facts    the facts of the issue kept in clear in the audit record
 * @param text     the notification line
 * @param at       when it was issued (sent and received)
 * @param actor    who issued it
 */
record OrderIssued(RemovalOrder issued, Map<String, ?> sealed, Map<String, ?> facts, String text, Instant at,
        Auditor actor) implements OrderPartyEvent {

    @Override
    public RemovalOrderId concerns() {
        return issued.id();
    }

    @Override
    public String type() {
        return "removal_order.issued";
    }

    @Override
    public Collection<UUID> recipients() {
        return List.of(issued.providerId());
    }

    @Override
    public Map<String, ?> data() {
        Map<String, Object> data = new LinkedHashMap<>(AnnexOne.export(issued));
        data.put("order_id", issued.id().toString());
        return data;
    }

    @Override
    public Map<String, ?> audited() {
        return sealed;
    }

    @Override
    public Map<String, ?> details() {
        return facts;
    }
}
