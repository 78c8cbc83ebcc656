package eu.vigil.statements;

import java.time.Instant;
import java.util.UUID;

/**
 * A statement's submission to the DSA Transparency Database, as the provider sees it.
 *
 * @param statementId   the statement
 * @param puid          its {@code puid}
 * @param state         where it stands
 * @param queuedAt      when it was queued
 * @param attempts      how many times it was sent
 * @param nextAttemptAt when the sender takes it next (while queued)
 * @param batchId       the batch it last went out in, null before
 * @param lastAttemptAt when it was last sent
 * @param lastStatus    the HTTP status the database last answered, null when no answer came
 * @param lastError     what went wrong last time (kept for a rejected statement until it is fixed)
 * @param uuid          the database's uuid of the statement once submitted
 * @param permalink     the database's public page of it, when it gave one
 * @param submittedAt   when the submission was recorded
 */
public record Submission(StatementId statementId, String puid, SubmissionState state, Instant queuedAt, int attempts,
        Instant nextAttemptAt, UUID batchId, Instant lastAttemptAt, Integer lastStatus, String lastError, String uuid,
        String permalink, Instant submittedAt) {
}
