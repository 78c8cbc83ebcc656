package eu.vigil.removalorder;

import java.time.Instant;
import java.util.UUID;

/**
 * A content provider's request to the provider for the reasons of the removal and the possibilities to challenge it,
 * or for a copy of the order (Art. 11(2)), and the provider's answer.
 *
 * @param id          request id
 * @param orderId     the order
 * @param receivedAt  when the provider received the request
 * @param asked       what was asked
 * @param details     the provider's note on the request, may be null
 * @param recordedAt  when the provider recorded it
 * @param answeredAt  when the provider answered, null while open
 * @param answerNote  the provider's note on its answer, may be null
 */
public record ContentProviderRequest(UUID id, RemovalOrderId orderId, Instant receivedAt, Asked asked, String details,
        Instant recordedAt, Instant answeredAt, String answerNote) {

    /** What the content provider asked for (Art. 11(2)). */
    public enum Asked {
        /** The reasons for the removal and the possibilities to challenge the order. */
        REASONS,
        /** A copy of the removal order. */
        COPY_OF_ORDER,
        /** Both. */
        REASONS_AND_COPY
    }

    /** Whether the request still awaits an answer. */
    public boolean open() {
        return answeredAt == null;
    }
}
