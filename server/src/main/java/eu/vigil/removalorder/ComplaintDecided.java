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
 * A provider decided an Art. 10 complaint. The complainant is outside Vigil (the provider informs it); the role-(c)
 * authority of the provider's host Member State, which oversees specific measures, is told (authorities only, so no
 * webhook is sent).
 *
 * @param at         when it was decided
 * @param actor      who decided
 * @param complaint  the complaint as decided
 * @param recipients the role-(c) authorities of the provider's host Member State
 * @param late       whether the outcome came after the two weeks of Art. 10(2)
 */
public record ComplaintDecided(Instant at, Auditor actor, Complaint complaint, Collection<UUID> recipients,
        boolean late) implements PartyEvent {

    /** Type of the event, notification and audit record. */
    public static final String TYPE = "complaint.decided";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectType() {
        return complaint.removalId() != null ? "specific_measure_removal" : "removal_order";
    }

    @Override
    public String subjectId() {
        return complaint.removalId() != null ? complaint.removalId().toString() : complaint.orderId().toString();
    }

    @Override
    public String href() {
        return complaint.removalId() != null ? "/api/v1/specific-measure-removals/" + complaint.removalId() + "/complaints"
                : "/api/v1/removal-orders/" + complaint.orderId() + "/complaints";
    }

    @Override
    public String text() {
        return "A provider decided a complaint (Art. 10): " + complaint.outcome().name()
                + (late ? ", after the two weeks of Art. 10(2)." : ".");
    }

    @Override
    public Map<String, ?> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("complaintId", complaint.id().toString());
        if (complaint.removalId() != null) {
            data.put("removalId", complaint.removalId().toString());
        } else {
            data.put("orderId", complaint.orderId().toString());
        }
        data.put("outcome", complaint.outcome().name());
        data.put("reasons", complaint.outcomeReasons());
        if (complaint.redressInformation() != null) {
            data.put("redressInformation", complaint.redressInformation());
        }
        data.put("receivedAt", complaint.receivedAt().toString());
        data.put("decidedAt", complaint.decidedAt().toString());
        data.put("late", late);
        return data;
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("complaint", complaint.id().toString(), "outcome", complaint.outcome().name(), "late", late);
    }

    static ComplaintDecided of(Auditor actor, Complaint decided, List<UUID> overseers, boolean late) {
        return new ComplaintDecided(decided.decidedAt(), actor, decided, overseers, late);
    }
}
