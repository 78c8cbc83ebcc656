package eu.vigil.removalorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * A step of a cross-border scrutiny (Art. 4) that the other parties must learn at once: a scrutiny started or
 * requested (Art. 4(3)-(4)), a party's request that joined one already running, the notice of intention to the
 * issuer (Art. 4(5)), and the decision, communicated to the issuer, the provider and Europol whatever its outcome
 * (Art. 4(6), Art. 14). The acting organisation is not told of its own act.
 *
 * @param type       one of the constants below
 * @param at         when it happened
 * @param actor      who acted
 * @param orderId    the order scrutinised
 * @param recipients the organisations to tell
 * @param text       the notification's line
 * @param data       webhook data and audited state
 * @param details    facts kept in clear in the audit record
 */
public record ScrutinyEvent(String type, Instant at, Auditor actor, RemovalOrderId orderId, Collection<UUID> recipients,
        String text, Map<String, ?> data, Map<String, ?> details) implements OrderPartyEvent {

    @Override
    public RemovalOrderId concerns() {
        return orderId;
    }

    /** A scrutiny started: on own initiative, on the provider's or on a content provider's request. */
    public static final String STARTED = "scrutiny.started";
    /** A party's request joined the scrutiny already running. */
    public static final String REQUEST_JOINED = "scrutiny.request_joined";
    /** Art. 4(5): the host authority told the issuer of its intended decision. */
    public static final String NOTICE_OF_INTENTION = "scrutiny.notice_of_intention";
    /** Art. 4(6): the decision. */
    public static final String DECIDED = "scrutiny.decided";

    static ScrutinyEvent started(Auditor actor, UUID actingOrganisation, RemovalOrder order, Scrutiny s,
            Collection<UUID> hostAuthorities) {
        var data = base(order, s.initiatedBy());
        data.put("decisionDueAt", s.decisionDueAt().toString());
        return new ScrutinyEvent(STARTED, s.requestedAt(), actor, order.id(),
                others(actingOrganisation, order, hostAuthorities),
                "Scrutiny of removal order " + order.reference() + " by " + order.hostMemberState() + " started ("
                        + initiator(s.initiatedBy()) + "); decision due " + s.decisionDueAt() + " (Art. 4).",
                data, Map.of("reference", order.reference(), "initiatedBy", s.initiatedBy().name(),
                        "decisionDueAt", s.decisionDueAt()));
    }

    static ScrutinyEvent requestJoined(Auditor actor, UUID actingOrganisation, RemovalOrder order, Scrutiny.Request r,
            Scrutiny s, Collection<UUID> hostAuthorities) {
        var data = base(order, null);
        data.put("party", r.party().name());
        data.put("requestedAt", r.requestedAt().toString());
        data.put("decisionDueAt", s.decisionDueAt().toString());
        return new ScrutinyEvent(REQUEST_JOINED, r.requestedAt(), actor, order.id(),
                others(actingOrganisation, order, hostAuthorities),
                "A scrutiny request (" + initiator(r.party()) + ") on removal order " + order.reference()
                        + " joined the scrutiny already running; its decision answers the request and is due "
                        + s.decisionDueAt() + " (Art. 4(4)).",
                data, Map.of("reference", order.reference(), "party", r.party().name(), "decisionDueAt", s.decisionDueAt()));
    }

    static ScrutinyEvent noticeOfIntention(Auditor actor, RemovalOrder order, Instant at, String notice) {
        var data = base(order, null);
        data.put("notice", notice);
        return new ScrutinyEvent(NOTICE_OF_INTENTION, at, actor, order.id(), List.of(order.issuingAuthorityId()),
                "Notice of intention on removal order " + order.reference() + " from the host Member State "
                        + order.hostMemberState() + " (Art. 4(5)): " + notice,
                data, Map.of("reference", order.reference(), "notice", notice));
    }

    static ScrutinyEvent decided(Auditor actor, UUID actingOrganisation, RemovalOrder order, Scrutiny s,
            Collection<UUID> europol) {
        var data = base(order, s.initiatedBy());
        data.put("outcome", s.outcome().name());
        data.put("reasons", s.decisionReasons());
        data.put("decidedAt", s.decidedAt().toString());
        if (s.reinstatementDueAt() != null) {
            data.put("reinstatementDueAt", s.reinstatementDueAt().toString());
        }
        List<UUID> told = new ArrayList<>(others(actingOrganisation, order, List.of()));
        told.addAll(europol);
        return new ScrutinyEvent(DECIDED, s.decidedAt(), actor, order.id(), told, "Scrutiny of removal order "
                + order.reference() + " by " + order.hostMemberState() + ": " + (s.outcome() == Scrutiny.Outcome.INFRINGEMENT
                        ? "infringement found; the order has no legal effect and the content is to be reinstated."
                        : "no infringement; the order stays in force."),
                data, Map.of("reference", order.reference(), "outcome", s.outcome().name()));
    }

    private static Map<String, Object> base(RemovalOrder order, Scrutiny.Initiator initiator) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", order.id().toString());
        data.put("reference", order.reference());
        data.put("hostMemberState", order.hostMemberState());
        if (initiator != null) {
            data.put("initiatedBy", initiator.name());
        }
        return data;
    }

    /** Issuer, provider and the given host authorities, without the acting organisation. */
    private static List<UUID> others(UUID acting, RemovalOrder order, Collection<UUID> hostAuthorities) {
        List<UUID> told = new ArrayList<>(List.of(order.issuingAuthorityId(), order.providerId()));
        told.addAll(hostAuthorities);
        told.removeIf(id -> Objects.equals(id, acting));
        return told;
    }

    private static String initiator(Scrutiny.Initiator i) {
        return switch (i) {
            case OWN_INITIATIVE -> "own initiative of the host authority";
            case PROVIDER -> "request of the provider";
            case CONTENT_PROVIDER -> "request of a content provider";
        };
    }
}
