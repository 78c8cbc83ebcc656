package eu.vigil.crisis;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * Something that happened to a crisis case, raised in the transaction of the change: the relay turns it into the
 * audit record, a notification for every participant concerned and their webhooks, and open pages learn it live.
 * The webhook {@code data} always holds {@code crisisId}, {@code reference} and {@code phase} (after the change)
 * plus the facts of the event ({@code docs/api/webhooks.md}).
 *
 * @param type       event type, e.g. {@code crisis.activated}
 * @param crisis     the case after the change
 * @param at         when it happened
 * @param actor      who caused it
 * @param recipients organisations to tell
 * @param text       the notification line
 * @param facts      event-specific data (reason, report, external id, …)
 */
public record CrisisEvent(String type, CrisisCase crisis, Instant at, Auditor actor, Collection<UUID> recipients,
        String text, Map<String, ?> facts) implements PartyEvent {

    /** An alert was raised. */
    public static final String ALERT_RAISED = "crisis.alert_raised";
    /** A situation report was posted. */
    public static final String SITUATION_REPORT = "crisis.situation_report";
    /** A participant acknowledged the activation. */
    public static final String ACKNOWLEDGED = "crisis.acknowledged";
    /** No situation report within the interval: the coordinator is reminded (R40). */
    public static final String REPORT_OVERDUE = "crisis.report_overdue";
    /** A closed crisis has no post-crisis review after the review period (R41). */
    public static final String REVIEW_OVERDUE = "crisis.review_overdue";
    /** An external activation (GIFCT, Christchurch Call, EU crisis response) was linked (R42). */
    public static final String EXTERNAL_ACTIVATION = "crisis.external_activation_linked";
    /** A removal order was issued under the crisis, or linked to it (issue 13). */
    public static final String ORDER_LINKED = "crisis.order_linked";
    /** A threat-to-life report was linked to the crisis (R30, issue 13). */
    public static final String THREAT_REPORT_LINKED = "crisis.threat_report_linked";

    public CrisisEvent {
        recipients = recipients.stream().filter(java.util.Objects::nonNull).distinct().toList();
        facts = Map.copyOf(facts);
    }

    /** The event type of a step, e.g. {@code crisis.activated} for {@link CrisisStep#ACTIVATE}. */
    public static String of(CrisisStep step) {
        return "crisis." + switch (step) {
            case ASSESS -> "assessed";
            case ACTIVATE -> "activated";
            case DE_ESCALATE -> "de_escalated";
            case RE_ESCALATE -> "re_escalated";
            case DISMISS -> "dismissed";
            case CLOSE -> "closed";
            case RECORD_REVIEW -> "reviewed";
        };
    }

    /** Every type a crisis raises. */
    public static List<String> types() {
        var all = new java.util.ArrayList<>(java.util.Arrays.stream(CrisisStep.values()).map(CrisisEvent::of).toList());
        all.addAll(List.of(ALERT_RAISED, SITUATION_REPORT, ACKNOWLEDGED, REPORT_OVERDUE, REVIEW_OVERDUE,
                EXTERNAL_ACTIVATION, ORDER_LINKED, THREAT_REPORT_LINKED));
        return List.copyOf(all);
    }

    @Override
    public String subjectType() {
        return "crisis_case";
    }

    @Override
    public String subjectId() {
        return crisis.id().toString();
    }

    @Override
    public String href() {
        return "/api/v1/crises/" + crisis.id();
    }

    @Override
    public Map<String, ?> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("crisisId", crisis.id().toString());
        data.put("reference", crisis.reference());
        data.put("phase", crisis.phase().name());
        data.put("at", at.toString());
        new java.util.TreeMap<>(facts).forEach(data::put);
        return data;
    }

    /**
     * The reference, the phase and the facts in clear, so that the post-crisis review ({@link CrisisReview}) is computed
     * from the audit trail alone; texts people wrote (the situation report, a step's reason, the review) stay out:
     * they are in the crisis's own tables and their digest is in the record.
     */
    @Override
    public Map<String, ?> details() {
        Map<String, Object> details = new java.util.TreeMap<>(facts);
        details.keySet().removeAll(WRITTEN);
        details.put("reference", crisis.reference());
        details.put("phase", crisis.phase().name());
        return details;
    }

    private static final java.util.Set<String> WRITTEN = java.util.Set.of("report", "reason", "observation");
}
