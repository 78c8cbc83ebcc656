package eu.vigil.removalorder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * Something that happened to a removal order, raised by {@link OrderLedger} in the transaction of the change;
 * the relay turns it into the audit record, the notifications of the parties concerned and their webhooks.
 * The webhook {@code data} always holds {@code orderId}, {@code reference} and {@code state} (after the change)
 * plus the facts of the event (documented in {@code docs/api/webhooks.md}).
 *
 * @param type       event type, e.g. {@code removal_order.overdue}
 * @param at         when it happened
 * @param actor      who caused it
 * @param order      the order as it was before the change
 * @param state      its state after the change
 * @param recipients organisations to tell
 * @param text       the notification line
 * @param facts      event-specific data
 */
public record OrderEvent(String type, Instant at, Auditor actor, RemovalOrder order, OrderState state,
        List<UUID> recipients, String text, Map<String, ?> facts) implements OrderPartyEvent {

    public OrderEvent {
        recipients = recipients.stream().filter(java.util.Objects::nonNull).distinct().toList();
        facts = Map.copyOf(facts);
    }

    @Override
    public RemovalOrderId concerns() {
        return order.id();
    }

    @Override
    public Map<String, ?> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", order.id().toString());
        data.put("reference", order.reference());
        data.put("state", state.name());
        data.put("at", at.toString());
        new java.util.TreeMap<>(facts).forEach(data::put);
        return data;
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("reference", order.reference(), "stateBefore", order.state().name());
    }
}
