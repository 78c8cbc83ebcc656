package eu.vigil.statements;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * The DSA Transparency Database answered statements of a batch, a provider webhook either way:
 * {@value #SUBMITTED} when it stored them (their uuids are recorded and shown with
 * {@code GET /api/v1/statements-of-reasons/submissions}), {@value #REJECTED} when it refused them for their fields
 * (a person must fix them; a review queues them again; the errors are shown with {@code ?state=REJECTED}).
 *
 * @param outcome    {@link SubmissionState#SUBMITTED} or {@link SubmissionState#REJECTED}
 * @param at         when the answer was recorded
 * @param actor      the sender
 * @param batchId    the batch
 * @param providerId the provider told
 * @param puids      the statements' puids
 */
public record SubmissionAnswered(SubmissionState outcome, Instant at, Auditor actor, UUID batchId, UUID providerId,
        List<String> puids) implements PartyEvent {

    /** The type when the database stored the statements. */
    public static final String SUBMITTED = "statement_of_reasons.submitted";
    /** The type when the database refused the statements. */
    public static final String REJECTED = "statement_of_reasons.rejected";

    public SubmissionAnswered {
        if (outcome != SubmissionState.SUBMITTED && outcome != SubmissionState.REJECTED) {
            throw new IllegalArgumentException("the database answers with SUBMITTED or REJECTED, not " + outcome);
        }
        puids = List.copyOf(puids);
    }

    @Override
    public String type() {
        return outcome == SubmissionState.SUBMITTED ? SUBMITTED : REJECTED;
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
                + (outcome == SubmissionState.SUBMITTED ? " stored by the DSA Transparency Database."
                        : " refused by the DSA Transparency Database: fix and review them to send them again.");
    }

    @Override
    public Map<String, ?> data() {
        return Map.of("batchId", batchId.toString(), "state", outcome.name(), "count", puids.size(), "puids", puids);
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("count", puids.size());
    }
}
