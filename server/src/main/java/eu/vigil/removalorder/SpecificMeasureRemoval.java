package eu.vigil.removalorder;

import java.time.Instant;
import java.util.UUID;

/**
 * Content a provider removed or disabled on its own initiative under its specific measures (Art. 5(2)), the object
 * of a content provider's complaint under Art. 10. Removals following a removal order are not such removals: they
 * are challenged before the courts of the issuing Member State (Art. 9) or through scrutiny (Art. 4).
 *
 * @param id              removal id
 * @param providerId      the provider that removed or disabled the content
 * @param memberState     the provider's host Member State when the removal was recorded, may be null
 * @param url             the content removed or disabled
 * @param action          removed, or access disabled
 * @param actedAt         when it was removed or disabled
 * @param specificMeasure which specific measure led to it (e.g. "user flagging reviewed by a moderator")
 * @param exposureCaseId  the exposure case (Art. 5(4)) the provider is under, may be null
 * @param recordedAt      when the provider recorded it in Vigil
 * @param recordedBy      who recorded it
 */
public record SpecificMeasureRemoval(SpecificMeasureRemovalId id, UUID providerId, String memberState, String url,
        Action action, Instant actedAt, String specificMeasure, UUID exposureCaseId, Instant recordedAt,
        String recordedBy) {

    /** What the provider did with the content. */
    public enum Action {
        REMOVED, DISABLED
    }
}
