package eu.vigil.penalty;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * The provider is told that a penalty proceeding against it was opened, or decided (Art. 18): as a notification and,
 * when it has one, a webhook (documented in {@code docs/api/webhooks.md}). The facts and circumstances stay in the
 * proceeding; the event says where to read them.
 *
 * @param type       {@link #PROCEEDINGS_OPENED} or {@link #DECIDED}
 * @param proceeding the proceeding after the change
 * @param actor      who recorded it
 * @param at         when
 */
public record PenaltyEvent(String type, PenaltyProceeding proceeding, Auditor actor, Instant at) implements PartyEvent {

    /** Penalty proceedings were opened against the provider. */
    public static final String PROCEEDINGS_OPENED = "penalty.proceedings_opened";
    /** The proceedings were decided. */
    public static final String DECIDED = "penalty.decided";

    @Override
    public String subjectType() {
        return "penalty_proceeding";
    }

    @Override
    public String subjectId() {
        return proceeding.id().toString();
    }

    @Override
    public String href() {
        return "/api/v1/penalty-proceedings/" + proceeding.id();
    }

    @Override
    public Collection<UUID> recipients() {
        return List.of(proceeding.providerId());
    }

    @Override
    public String text() {
        String basis = proceeding.legalBasis().label();
        if (DECIDED.equals(type)) {
            PenaltyDecision d = proceeding.decision();
            return proceeding.authorityName() + " decided the penalty proceeding on " + basis + " (Art. 18): "
                    + switch (d.sanction()) {
                        case NONE -> "no penalty imposed";
                        case FINE -> "a fine of EUR " + d.amountEur().toPlainString();
                        case OTHER -> "penalty imposed: " + d.description();
                    } + ".";
        }
        return proceeding.authorityName() + " opened a penalty proceeding against you on " + basis
                + " (Art. 18). Read the facts in Vigil.";
    }

    @Override
    public Map<String, ?> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("proceedingId", proceeding.id().toString());
        data.put("providerId", proceeding.providerId().toString());
        data.put("memberState", proceeding.memberState());
        data.put("legalBasis", proceeding.legalBasis().name());
        data.put("state", proceeding.state().name());
        if (proceeding.decision() != null) {
            PenaltyDecision d = proceeding.decision();
            data.put("sanction", d.sanction().name());
            if (d.amountEur() != null) {
                data.put("amountEur", d.amountEur().toPlainString());
            }
            data.put("decidedOn", d.decidedOn().toString());
        } else {
            data.put("openedAt", proceeding.openedAt().toString());
        }
        return data;
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("legalBasis", proceeding.legalBasis().name(), "memberState", proceeding.memberState());
    }
}
