package eu.vigil.situation;

import java.time.Instant;
import java.util.UUID;

import eu.vigil.crimearea.ContentCategory;

/**
 * One item sent to a provider, as the dashboards count it.
 *
 * @param kind              order, referral or notice
 * @param caseId            the case's id
 * @param caseReference     the case's human reference
 * @param category          the item's content category (its crime area follows)
 * @param senderMemberState issuing or referring Member State, null for Europol and private notifiers
 * @param senderName        authority, unit or flagger
 * @param providerId        the provider's organisation id
 * @param providerName      the provider's name
 * @param language          ISO 639-1 code of the content's language, null when not stated
 * @param url               the item's URL
 * @param account           the account that posted it, null when not stated
 * @param sentAt            when it reached the provider
 * @param answeredAt        when the provider answered for the item, null while open
 * @param outcome           what the provider did
 */
public record ItemFact(Kind kind, UUID caseId, String caseReference, ContentCategory category, String senderMemberState,
        String senderName, UUID providerId, String providerName, String language, String url, String account,
        Instant sentAt, Instant answeredAt, Outcome outcome) {

    /** The kind of case the item came in. */
    public enum Kind {
        ORDER, REFERRAL, NOTICE
    }

    /** The provider's answer for the item. */
    public enum Outcome {
        /** Removed, disabled, restricted or geo-blocked. */
        ACTIONED,
        /** Assessed and left online, with a reason. */
        NOT_ACTIONED,
        /** Not the provider's content or no longer there. */
        NOT_APPLICABLE,
        /** Not answered yet. */
        OPEN
    }
}
