package eu.vigil.removalorder;

import java.time.Instant;
import java.util.UUID;

/**
 * The provider made information on the removal available to the content provider (Art. 11(1)), for the whole order
 * or for one of its items. The instant starts the content provider's 48 hours to request scrutiny of a cross-border
 * order from the host Member State (Art. 4(4)).
 *
 * @param id                   record id
 * @param orderId              the order
 * @param position             the item, null for every item of the order
 * @param informedAt           when the content provider was informed
 * @param channel              how
 * @param note                 the provider's note, may be null
 * @param scrutinyRequestUntil until when the content provider may request scrutiny (informedAt + 48 hours); null when
 *                             the order is not scrutinised under Art. 4 (not a cross-border TCO order)
 * @param recordedAt           when the provider recorded it
 * @param recordedBy           who recorded it
 */
public record ContentProviderInformation(UUID id, RemovalOrderId orderId, Integer position, Instant informedAt,
        Channel channel, String note, Instant scrutinyRequestUntil, Instant recordedAt, String recordedBy) {

    /** How the content provider was informed. */
    public enum Channel {
        /** A notice in place of the removed content, on the service itself. */
        NOTICE_ON_SERVICE,
        E_MAIL,
        /** A message in the content provider's account on the service. */
        MESSAGE_IN_ACCOUNT,
        POST,
        OTHER
    }

    /** Whether the content provider may still request scrutiny at {@code now} (Art. 4(4)). */
    public boolean scrutinyRequestOpenAt(Instant now) {
        return scrutinyRequestUntil != null && !now.isAfter(scrutinyRequestUntil);
    }
}
