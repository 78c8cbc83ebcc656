package eu.vigil.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * A notice changed: the provider and the sender learn it at once (notification, live page, webhook), and the change
 * is audited. Every payload says {@code "binding": false} and whether the notice is prioritised, so no receiving
 * system mistakes a notice for an order. The notifier's name and e-mail never leave in a payload.
 *
 * @param kind    what happened
 * @param notice  the notice after the change
 * @param actor   who made it
 * @param at      when
 * @param decided positions decided by this change (for {@link Kind#DECIDED}), else empty
 * @param extra   facts the audit keeps in clear
 */
public record NoticeEvent(Kind kind, Notice notice, Auditor actor, Instant at, List<Integer> decided,
        Map<String, ?> extra) implements PartyEvent {

    public NoticeEvent {
        decided = List.copyOf(decided);
        extra = Map.copyOf(extra);
    }

    /** The kinds of change, each with its event type. */
    public enum Kind {
        /** The provider received it. */
        RECEIVED("notice.received"),
        /** Receipt was confirmed to the notifier (Art. 16(4)); not when contact details were waived. */
        ACKNOWLEDGED("notice.acknowledged"),
        /** The provider decided on items (Art. 16(5)); {@code state} says whether every item is decided. */
        DECIDED("notice.decided");

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
        return "notice";
    }

    @Override
    public String subjectId() {
        return notice.id().toString();
    }

    @Override
    public String href() {
        return "/api/v1/notices/" + notice.id();
    }

    @Override
    public Collection<UUID> recipients() {
        return List.of(notice.providerId(), notice.senderId());
    }

    @Override
    public String text() {
        String ref = "Notice " + notice.reference();
        return switch (kind) {
            case RECEIVED -> ref + " (DSA Art. 16, non-binding) from " + notice.senderName() + " to "
                    + notice.providerName() + ": " + notice.items().size() + " item(s)"
                    + (notice.prioritised() ? ", prioritised: trusted flagger within its area of expertise" : "")
                    + ". It is not an order.";
            case ACKNOWLEDGED -> ref + ": receipt confirmed to the notifier on behalf of " + notice.providerName() + ".";
            case DECIDED -> ref + ": " + notice.providerName() + " decided " + decided.size() + " item(s); "
                    + notice.openItems() + " still open.";
        };
    }

    @Override
    public Map<String, ?> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("noticeId", notice.id().toString());
        data.put("reference", notice.reference());
        data.put("binding", false);
        data.put("prioritised", notice.prioritised());
        data.put("state", notice.state().name());
        data.put("senderId", notice.senderId().toString());
        data.put("providerId", notice.providerId().toString());
        data.put("category", notice.category().name());
        data.put("crimeArea", notice.category().area().name());
        data.put("items", notice.items().size());
        data.put("openItems", notice.openItems());
        data.put("acknowledged", notice.acknowledged());
        if (!decided.isEmpty()) {
            data.put("decidedPositions", decided);
        }
        return data;
    }

    @Override
    public Map<String, ?> details() {
        Map<String, Object> details = new LinkedHashMap<>(extra);
        details.put("reference", notice.reference());
        return details;
    }
}
