package eu.vigil.threat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report of imminent threat to life and where it went.
 *
 * @param id          report id
 * @param providerId  reporting provider
 * @param memberState Member State concerned, null when unknown
 * @param description what the provider knows
 * @param contentUrl  where the content is, may be null
 * @param filedAt     when it was filed
 * @param filedBy     who filed it
 * @param deliveries  one receipt per recipient
 */
public record ThreatReport(UUID id, UUID providerId, String memberState, String description, String contentUrl,
        Instant filedAt, String filedBy, List<Delivery> deliveries) {

    /** Why a recipient got the report. */
    public enum RecipientRole {
        /** An authority of the Member State concerned. */
        MEMBER_STATE_CONCERNED,
        /** The Art. 12(2) contact point of the host Member State (Member State concerned unknown). */
        HOST_CONTACT_POINT,
        /** Europol (Member State concerned unknown). */
        EUROPOL
    }

    /**
     * A delivery receipt.
     *
     * @param recipientId   receiving organisation
     * @param recipientName its name
     * @param role          why it received the report
     * @param deliveredAt   when it was delivered (same transaction as filing)
     * @param receivedAt    when the recipient acknowledged it, may be null
     * @param receivedBy    who acknowledged it, may be null
     */
    public record Delivery(UUID recipientId, String recipientName, RecipientRole role, Instant deliveredAt,
            Instant receivedAt, String receivedBy) {
    }
}
