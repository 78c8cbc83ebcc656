package eu.vigil.removalorder;

import java.time.Instant;

/**
 * One piece of content named in an order (Annex I Section B), with its own status (R2).
 *
 * @param position  1-based position in the order
 * @param url       exact URL
 * @param extraInfo further information to locate it, may be null
 * @param hash      hash of the content, may be null
 * @param status    PENDING, REMOVED or DISABLED
 * @param actionAt  when the provider acted on it, null while pending
 */
public record OrderItem(int position, String url, String extraInfo, String hash, ItemStatus status, Instant actionAt) {

    /** What happened to an item. */
    public enum ItemStatus {
        PENDING, REMOVED, DISABLED
    }
}
