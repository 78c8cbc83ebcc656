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
 */
public record ExposureCase(UUID id, UUID providerId, String memberState, Instant raisedAt, int finalOrders,
        Instant decidedAt, Boolean exposed, String decisionReasons, Instant reviewRequestedAt, Instant reviewDueAt,
        Instant reviewDecidedAt, String reviewOutcome, List<Report> reports) {

    /**
     * A specific-measures report (Art. 5(5)).
     *
     * @param dueAt       when it is due (3 months after the decision, then every 12 months)
     * @param submittedAt when the provider submitted it, may be null
     * @param summary     what the provider reported, may be null
     * @param overdueAt   when it was flagged late, may be null
     */
    public record Report(Instant dueAt, Instant submittedAt, String summary, Instant overdueAt) {
    }
}
