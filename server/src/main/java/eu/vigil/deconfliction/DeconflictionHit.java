package eu.vigil.deconfliction;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * An item of a new order matched another organisation's investigation flag (R11, Art. 14(1)): the flag holder
 * learns that someone acts on its item, and the requester keeps a record of the hold or override. The flag's case
 * reference is never told.
 *
 * @param at            when the check ran
 * @param actor         who issued (or tried to issue) the order
 * @param requesterId   the requester's organisation
 * @param requesterName its name
 * @param hit           the matching flag
 * @param outcome       {@code held}, or {@code overridden: } and the recorded justification
 */
public record DeconflictionHit(Instant at, Auditor actor, UUID requesterId, String requesterName, Deconfliction.Hit hit,
        String outcome) implements PartyEvent {

    /** The event type. */
    public static final String TYPE = "deconfliction.hit";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectType() {
        return "investigation_flag";
    }

    @Override
    public String subjectId() {
        return hit.flagId().toString();
    }

    @Override
    public String href() {
        return "/api/v1/investigation-flags";
    }

    @Override
    public Collection<UUID> recipients() {
        return List.of(hit.organisationId(), requesterId);
    }

    @Override
    public String text() {
        return "Deconfliction: " + requesterName + " acts on " + hit.value() + ", flagged as under investigation by "
                + hit.organisationName() + " (" + outcome + "). Coordinate before the order goes out.";
    }

    @Override
    public Map<String, ?> data() {
        return Map.of("flagId", hit.flagId().toString(), "kind", hit.kind().name(), "value", hit.value(),
                "outcome", outcome, "requester", requesterName, "holder", hit.organisationName());
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("flag", hit.flagId().toString(), "kind", hit.kind().name(), "outcome", outcome,
                "requester", requesterName, "holder", hit.organisationName());
    }
}
