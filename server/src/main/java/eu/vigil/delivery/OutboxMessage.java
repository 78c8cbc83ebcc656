package eu.vigil.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * One event waiting for or done with delivery.
 *
 * @param id            message id, sent as {@code webhook-id}; stable across retries
 * @param providerId    receiving provider
 * @param eventType     e.g. {@code removal_order.issued}
 * @param subjectId     id of the record the event is about
 * @param createdAt     when the event happened (same transaction)
 * @param attempts      delivery attempts so far
 * @param nextAttemptAt when the next attempt is due
 * @param deliveredAt   when the endpoint answered 2xx, or null
 * @param lastStatus    last HTTP status the endpoint answered, or null
 * @param lastError     last failure, generic: {@code delivery failed} (no answer, or the destination was
 *                      refused) or {@code HTTP 4xx}/{@code 5xx}; details are only in the server log; or null
 */
public record OutboxMessage(UUID id, UUID providerId, String eventType, String subjectId, Instant createdAt, int attempts,
        Instant nextAttemptAt, Instant deliveredAt, Integer lastStatus, String lastError) {
}
