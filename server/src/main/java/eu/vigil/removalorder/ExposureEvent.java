package eu.vigil.removalorder;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * What the provider must receive about its exposure (Art. 5): an exposure decision is effective only once notified
 * to it (Art. 5(4)(b)) and its report obligations start on receipt (Art. 5(5)); the decision that it is no longer
 * exposed ends them (Art. 5(7)); and a reminder when a report is overdue.
 *
 * @param type       one of the constants below
 * @param at         when it was decided
 * @param actor      who decided
 * @param exposure   the case after the decision
 * @param text       the notification's line
 * @param data       webhook data and audited state
 */
public record ExposureEvent(String type, Instant at, Auditor actor, ExposureCase exposure, String text,
        Map<String, ?> data) implements PartyEvent {

    /** Art. 5(4): the provider is, or is not, exposed to terrorist content. */
    public static final String DECIDED = "exposure.decided";
    /** Art. 5(7): the provider is no longer exposed; its report obligations end. */
    public static final String ENDED = "exposure.ended";
    /** Art. 5(5): a specific-measures report is overdue (a reminder; none once exposure ended). */
    public static final String REPORT_OVERDUE = "exposure.report_overdue";

    @Override
    public String subjectType() {
        return "exposure_case";
    }

    @Override
    public String subjectId() {
        return exposure.id().toString();
    }

    @Override
    public String href() {
        return "/api/v1/exposure-cases";
    }

    @Override
    public Collection<UUID> recipients() {
        return List.of(exposure.providerId());
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("case", exposure.id().toString(), "provider", exposure.providerId().toString());
    }

    static ExposureEvent decided(Auditor actor, ExposureCase c) {
        Map<String, Object> data = base(c);
        data.put("exposed", Boolean.TRUE.equals(c.exposed()));
        data.put("reasons", c.decisionReasons());
        data.put("decidedAt", c.decidedAt().toString());
        c.reports().stream().filter(r -> r.submittedAt() == null).findFirst()
                .ifPresent(r -> data.put("firstReportDueAt", r.dueAt().toString()));
        return new ExposureEvent(DECIDED, c.decidedAt(), actor, c, Boolean.TRUE.equals(c.exposed())
                ? "The authority of " + c.memberState() + " decided that you are exposed to terrorist content (Art. 5(4)): "
                        + "take specific measures and report on them by " + data.get("firstReportDueAt") + " (Art. 5(5))."
                : "The authority of " + c.memberState() + " decided that you are not exposed to terrorist content (Art. 5(4)).",
                data);
    }

    static ExposureEvent ended(Auditor actor, ExposureCase c) {
        Map<String, Object> data = base(c);
        data.put("endedAt", c.endedAt().toString());
        data.put("endedOn", c.endedOn().name());
        data.put("reasons", c.endReasons());
        return new ExposureEvent(ENDED, c.endedAt(), actor, c, "The authority of " + c.memberState()
                + " decided that you are no longer exposed to terrorist content (Art. 5(7)): no further"
                + " specific-measures reports are due.", data);
    }

    static ExposureEvent reportOverdue(Auditor actor, ExposureCase c, Instant at, Instant dueAt) {
        Map<String, Object> data = base(c);
        data.put("dueAt", dueAt.toString());
        return new ExposureEvent(REPORT_OVERDUE, at, actor, c, "Your specific-measures report was due " + dueAt
                + " (Art. 5(5)): submit it now.", data);
    }

    private static Map<String, Object> base(ExposureCase c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", c.id().toString());
        data.put("providerId", c.providerId().toString());
        data.put("memberState", c.memberState());
        return data;
    }
}
