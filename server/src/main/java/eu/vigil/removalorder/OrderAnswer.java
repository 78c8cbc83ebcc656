package eu.vigil.removalorder;

import java.time.Instant;
import java.util.UUID;

/**
 * Something filed about an order after issuing: an acknowledgement, Annex II feedback, an Annex III
 * notice, the end of force majeure, or the issuer's clarification. Stored identically whether it came
 * through a page or the API (R27).
 *
 * @param id                answer id
 * @param kind              what it is
 * @param reason            Annex III reason, else null
 * @param details           free text, may be null
 * @param providerReference the provider's file reference, may be null
 * @param authorisedPerson  person who filed it for the provider, may be null
 * @param filedAt           when it was filed
 * @param filedBy           who filed it
 * @param effectiveAt       the moment it speaks of (e.g. when grounds ceased)
 */
public record OrderAnswer(UUID id, Kind kind, ImpossibilityReason reason, String details, String providerReference,
        String authorisedPerson, Instant filedAt, String filedBy, Instant effectiveAt) {

    /** Kinds of answers. */
    public enum Kind {
        ACKNOWLEDGEMENT, FEEDBACK, IMPOSSIBILITY, GROUNDS_CEASED, CLARIFICATION
    }
}
