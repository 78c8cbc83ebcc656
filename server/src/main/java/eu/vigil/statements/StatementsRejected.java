package eu.vigil.statements;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * The DSA Transparency Database refused statements of a batch for their fields ({@code statement_of_reasons.rejected},
 * a provider webhook): a person must fix them (a review queues them again); the errors are shown with
 * {@code GET /api/v1/statements-of-reasons/submissions?state=REJECTED}.
 *
 * @param at         when the answer was recorded
 * @param actor      the sender
 * @param batchId    the batch
 * @param providerId the provider whose statements they are
 * @param puids      the refused statements' puids
 */
public record StatementsRejected(Instant at, Auditor actor, UUID batchId, UUID providerId, List<String> puids)
        implements PartyEvent {

    /** The event type. */
    public static final String TYPE = "statement_of_reasons.rejected";

    public StatementsRejected {
        puids = List.copyOf(puids);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectType() {
        return "statement_submission_batch";
    }

    @Override
    public String subjectId() {
        return batchId.toString();
    }

    @Override
    public String href() {
        return "/api/v1/statements-of-reasons/submissions?batch=" + batchId;
    }

    @Override
    public Collection<UUID> recipients() {
        return List.of(providerId);
    }

    @Override
    public String text() {
        return puids.size() + (puids.size() == 1 ? " statement of reasons was" : " statements of reasons were")
                + " refused by the DSA Transparency Database: fix and review them to send them again.";
    }

    @Override
    public Map<String, ?> data() {
        return Map.of("batchId", batchId.toString(), "state", SubmissionState.REJECTED.name(), "count", puids.size(),
                "puids", puids);
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("count", puids.size());
    }
}
