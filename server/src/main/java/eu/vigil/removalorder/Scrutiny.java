package eu.vigil.removalorder;

import java.time.Instant;
import java.util.List;

/**
 * The scrutiny of a cross-border order by the host Member State's authority (Art. 4).
 *
 * @param initiatedBy        who started it
 * @param requestReasons     reasons of a request by the provider or content provider, may be null
 * @param requestedAt        when the request was received or the scrutiny started
 * @param decisionDueAt      72 hours after the request (or the end of the own-initiative window)
 * @param noticeOfIntentionAt when the issuer was told of the intended decision (Art. 4(5)), may be null
 * @param noticeOfIntention  that notice, may be null
 * @param decidedAt          when decided, may be null
 * @param outcome            the decision, may be null
 * @param decisionReasons    reasons of the decision, may be null
 * @param reinstatementDueAt after an infringement finding, when the provider must have reinstated the content
 * @param reinstatedAt       when the provider confirmed reinstatement, may be null
 * @param joinedRequests     requests of the provider or content providers that arrived while the scrutiny ran;
 *                           its decision answers them (Art. 4(4))
 */
public record Scrutiny(Initiator initiatedBy, String requestReasons, Instant requestedAt, Instant decisionDueAt,
        Instant noticeOfIntentionAt, String noticeOfIntention, Instant decidedAt, Outcome outcome,
        String decisionReasons, Instant reinstatementDueAt, Instant reinstatedAt, List<Request> joinedRequests) {

    public Scrutiny {
        joinedRequests = List.copyOf(joinedRequests);
    }

    /**
     * A party's own reasoned request (Art. 4(4)) that joined a scrutiny already running, e.g. one the host
     * authority started on its own initiative.
     *
     * @param party         {@link Initiator#PROVIDER} or {@link Initiator#CONTENT_PROVIDER}
     * @param reasons       the request's reasons
     * @param requestedAt   when it was received
     * @param decisionDueAt 72 hours after it: the decision answering it is due by then
     */
    public record Request(Initiator party, String reasons, Instant requestedAt, Instant decisionDueAt) {
    }

    /** Whether the provider already asked for this scrutiny, by starting it or joining it. */
    public boolean requestedByProvider() {
        return initiatedBy == Initiator.PROVIDER || joinedRequests.stream().anyMatch(r -> r.party() == Initiator.PROVIDER);
    }

    /** Who started the scrutiny. */
    public enum Initiator {
        /** The host Member State's authority within its 72-hour window (Art. 4(3)). */
        OWN_INITIATIVE,
        /** The provider within 48 hours of receiving the order (Art. 4(4)). */
        PROVIDER,
        /** The content provider within 48 hours of the Art. 11(2) information (Art. 4(4)). */
        CONTENT_PROVIDER
    }

    /** The finding of the scrutiny. */
    public enum Outcome {
        /** The order seriously or manifestly infringes the Regulation or fundamental rights (Art. 4(3)). */
        INFRINGEMENT,
        NO_INFRINGEMENT
    }

    /** Whether the decision is late at {@code now} (R18). */
    public boolean decisionOverdueAt(Instant now) {
        return decidedAt == null && !now.isBefore(decisionDueAt);
    }

    /** Whether reinstatement is late at {@code now} (R20). */
    public boolean reinstatementOverdueAt(Instant now) {
        return reinstatementDueAt != null && reinstatedAt == null && !now.isBefore(reinstatementDueAt);
    }
}
