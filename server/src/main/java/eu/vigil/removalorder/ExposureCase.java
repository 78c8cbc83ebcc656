package eu.vigil.removalorder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An assessment of whether a provider is exposed to terrorist content (Art. 5(4)), raised when it received
 * two or more final orders in twelve months, with the specific-measures reports and review that follow.
 *
 * @param id                  case id
 * @param providerId          the provider
 * @param memberState         Member State whose role-(c) authority decides
 * @param raisedAt            when the task was raised
 * @param finalOrders         final orders in the preceding twelve months at that moment
 * @param decidedAt           when exposure was decided, may be null
 * @param exposed             the decision, may be null
 * @param decisionReasons     its reasons, may be null
 * @param reviewRequestedAt   Art. 5(7) review request, may be null
 * @param reviewDueAt         three months after the request, may be null
 * @param reviewDecidedAt     when the review was decided, may be null
 * @param reviewOutcome       its outcome, may be null
 * @param reports             specific-measures reports due and submitted
 * @param reviewReasons       the provider's reasons for its review request, may be null
 * @param endedAt             when the authority decided that the provider is no longer exposed, may be null
 * @param endReasons          the reasons of that decision, may be null
 * @param endedOn             whether it ended on the authority's initiative or on the provider's request, may be null
 */
public record ExposureCase(UUID id, UUID providerId, String memberState, Instant raisedAt, int finalOrders,
        Instant decidedAt, Boolean exposed, String decisionReasons, Instant reviewRequestedAt, Instant reviewDueAt,
        Instant reviewDecidedAt, String reviewOutcome, List<Report> reports, String reviewReasons, Instant endedAt,
        String endReasons, Ending endedOn) {

    /** Who brought the exposure to its end (Art. 5(7)). */
    public enum Ending {
        /** The authority that decided exposure revisited it on its own initiative. */
        AUTHORITY,
        /** The authority decided the provider's reasoned review request. */
        PROVIDER_REQUEST
    }

    /** Whether the provider is exposed now: a positive decision not (yet) ended. */
    public boolean exposedNow() {
        return Boolean.TRUE.equals(exposed) && endedAt == null;
    }

    /** The report the provider owes next, if any: none once exposure ended. */
    public java.util.Optional<Report> nextReportDue() {
        return exposedNow() ? reports.stream().filter(r -> r.submittedAt() == null && r.lapsedAt() == null).findFirst()
                : java.util.Optional.empty();
    }

    /**
     * A specific-measures report (Art. 5(5)).
     *
     * @param dueAt       when it is due (3 months after the decision, then every 12 months)
     * @param submittedAt when the provider submitted it, may be null
     * @param summary     what the provider reported, may be null
     * @param overdueAt   when it was flagged late, may be null
     * @param lapsedAt    when it stopped being owed because exposure ended before it was submitted, may be null
     */
    public record Report(Instant dueAt, Instant submittedAt, String summary, Instant overdueAt, Instant lapsedAt) {
    }
}
