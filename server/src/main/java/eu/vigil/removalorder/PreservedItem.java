package eu.vigil.removalorder;

import java.time.Instant;

/**
 * Removed content and related data kept for six months (Art. 6(2)), as Vigil records it; the content itself
 * is optional (the provider may keep it on its own systems and only record the preservation here).
 *
 * @param position           item position in the order
 * @param removedAt          when the item was removed or disabled
 * @param expiresAt          removal + 6 months
 * @param extendedUntil      extension for review proceedings, may be null
 * @param extensionReference the review proceeding it serves, may be null
 * @param extensionAuthority the authority or court that asked for it, may be null
 * @param contentType        media type of an uploaded copy, may be null
 * @param contentSha256      SHA-256 of the uploaded copy, may be null
 * @param contentSize        size of the uploaded copy in bytes, may be null
 * @param uploadedAt         when the copy was uploaded, may be null
 * @param purgedAt           when the copy was deleted at expiry, may be null
 */
public record PreservedItem(int position, Instant removedAt, Instant expiresAt, Instant extendedUntil,
        String extensionReference, String extensionAuthority, String contentType, String contentSha256,
        Long contentSize, Instant uploadedAt, Instant purgedAt) {

    /** The end of preservation: the extension if there is one, else six months after removal. */
    public Instant keptUntil() {
        return extendedUntil != null && extendedUntil.isAfter(expiresAt) ? extendedUntil : expiresAt;
    }

    /** The purposes for which preserved content may be accessed (Art. 6(1), R32). */
    public enum Purpose {
        REVIEW, COMPLAINT, TERRORISM_INVESTIGATION
    }
}
