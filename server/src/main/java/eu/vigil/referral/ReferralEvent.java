package eu.vigil.referral;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * A referral changed: the provider and the sender learn it at once (notification, live page, webhook), and the change
 * is audited. Every payload says {@code "binding": false} so no receiving system mistakes a referral for an order.
 *
 * @param kind     what happened
 * @param referral the referral after the change
 * @param actor    who made it
 * @param at       when
 * @param answered positions answered by this change (for {@link Kind#ITEMS_ANSWERED}), else empty
 * @param extra    facts the audit keeps in clear (e.g. the override's justification)
 */
public record ReferralEvent(Kind kind, Referral referral, Auditor actor, Instant at, List<Integer> answered,
        Map<String, ?> extra) implements PartyEvent {

    public ReferralEvent {
        answered = List.copyOf(answered);
        extra = Map.copyOf(extra);
    }

    /** The kinds of change, each with its event type. */
    public enum Kind {
        /** The provider received it (sent, or released from a hold). */
        RECEIVED("referral.received"),
        /** An item matched an investigation flag: held from the provider (the sender is told). */
        HELD("referral.held"),
        /** The provider answered for some items. */
        ITEMS_ANSWERED("referral.items_answered"),
        /** The provider answered the last item: the referral has its outcome. */
        ANSWERED("referral.answered"),
        /** The sender withdrew it. */
        WITHDRAWN("referral.withdrawn");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        /** The event type. */
        public String type() {
            return type;
        }
    }

    @Override
    public String type() {
        return kind.type();
    }

    @Override
    public String subjectType() {
        return "referral";
    }

    @Override
    public String subjectId() {
        return referral.id().toString();
    }

    @Override
    public String href() {
        return "/api/v1/referrals/" + referral.id();
    }

    @Override
    public Collection<UUID> recipients() {
        return kind == Kind.HELD || referral.sentAt() == null ? List.of(referral.senderId())
                : List.of(referral.providerId(), referral.senderId());
    }

    @Override
    public String text() {
        String ref = "Non-binding referral " + referral.reference();
        return switch (kind) {
            case RECEIVED -> ref + " from " + referral.senderName() + " to " + referral.providerName() + ": "
                    + referral.items().size() + " item(s) to consider under your terms of service"
                    + ", answer requested within " + referral.requestedResponse().toHours() + " h. It is not an order.";
            case HELD -> ref + " is held for deconfliction: an item is under investigation by another organisation. "
                    + "Coordinate with it, then release with a recorded override or withdraw.";
            case ITEMS_ANSWERED -> ref + ": " + referral.providerName() + " answered " + answered.size() + " item(s); "
                    + referral.openItems() + " still open.";
            case ANSWERED -> ref + ": " + referral.providerName() + " answered every item (" + referral.outcome()
                    .name().toLowerCase().replace('_', ' ') + ").";
            case WITHDRAWN -> ref + " was withdrawn by " + referral.senderName() + ".";
        };
    }

    @Override
    public Map<String, ?> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", referral.id().toString());
        data.put("reference", referral.reference());
        data.put("binding", false);
        data.put("state", referral.state().name());
        data.put("outcome", referral.outcome().name());
        data.put("senderId", referral.senderId().toString());
        data.put("providerId", referral.providerId().toString());
        data.put("category", referral.category().name());
        data.put("crimeArea", referral.category().area().name());
        data.put("items", referral.items().size());
        data.put("openItems", referral.openItems());
        referral.respondBy().ifPresent(t -> data.put("respondBy", t.toString()));
        if (!answered.isEmpty()) {
            data.put("answeredPositions", answered);
        }
        return data;
    }

    @Override
    public Map<String, ?> details() {
        Map<String, Object> details = new LinkedHashMap<>(extra);
        details.put("reference", referral.reference());
        return details;
    }
}
