package eu.vigil.removalorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * The provider recorded that it informed the content provider of the removal (Art. 11(1)): the issuing authority and,
 * for a cross-border order, the host Member State's authority are told ({@code removal_order.content_provider_informed},
 * authorities only, so never a webhook). For a cross-border TCO order it says until when the content provider may
 * request scrutiny (Art. 4(4)).
 *
 * @param at          when it was recorded
 * @param actor       who recorded it
 * @param order       the order
 * @param information what was recorded
 */
public record ContentProviderInformed(Instant at, Auditor actor, RemovalOrder order,
        ContentProviderInformation information) implements OrderPartyEvent {

    @Override
    public RemovalOrderId concerns() {
        return order.id();
    }

    /** The event type. */
    public static final String TYPE = "removal_order.content_provider_informed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String href() {
        return "/api/v1/removal-orders/" + order.id() + "/content-provider-information";
    }

    @Override
    public Collection<UUID> recipients() {
        List<UUID> to = new ArrayList<>();
        to.add(order.issuingAuthorityId());
        order.scrutinyCopy().filter(ScrutinyCopy::delivered).map(ScrutinyCopy::authorityId).ifPresent(to::add);
        return to;
    }

    @Override
    public String text() {
        return order.providerName() + " informed the content provider of the removal under order " + order.reference()
                + (information.position() == null ? "" : " (item " + information.position() + ")") + " on "
                + information.informedAt() + " (Art. 11(1))"
                + (information.scrutinyRequestUntil() == null ? "."
                        : "; the content provider may request scrutiny until " + information.scrutinyRequestUntil()
                                + " (Art. 4(4)).");
    }

    @Override
    public Map<String, ?> data() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("orderId", order.id().toString());
        d.put("reference", order.reference());
        d.put("position", information.position());
        d.put("informedAt", information.informedAt().toString());
        d.put("channel", information.channel().name());
        d.put("scrutinyRequestUntil",
                information.scrutinyRequestUntil() == null ? null : information.scrutinyRequestUntil().toString());
        return d;
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("reference", order.reference(), "informedAt", information.informedAt().toString());
    }
}
