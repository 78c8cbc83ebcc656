package eu.vigil.removalorder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * Non-disclosure of an order ended (Art. 11(3)): the provider is reminded that it now owes the content provider the
 * information of Art. 11(1) ({@code removal_order.non_disclosure_ended}, a provider webhook). Sent once per order by
 * {@link NonDisclosureEndReminders}.
 *
 * @param at      when the reminder was raised
 * @param actor   the sweep
 * @param orderId the order
 * @param reference its reference number
 * @param providerId the addressee
 * @param endedOn the last day of non-disclosure (inclusive)
 * @param endedAt the first instant the provider may inform
 */
public record NonDisclosureEnded(Instant at, Auditor actor, RemovalOrderId orderId, String reference, UUID providerId,
        LocalDate endedOn, Instant endedAt) implements OrderPartyEvent {

    /** The event type. */
    public static final String TYPE = "removal_order.non_disclosure_ended";

    @Override
    public RemovalOrderId concerns() {
        return orderId;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Collection<UUID> recipients() {
        return List.of(providerId);
    }

    @Override
    public String text() {
        return "Non-disclosure of removal order " + reference + " ended with " + endedOn
                + ": inform the content provider of the removal now (Art. 11(1)).";
    }

    @Override
    public Map<String, ?> data() {
        return Map.of("orderId", orderId.toString(), "reference", reference, "nonDisclosureEndedOn", endedOn.toString(),
                "mayInformFrom", endedAt.toString());
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("reference", reference, "endedOn", endedOn.toString());
    }
}
