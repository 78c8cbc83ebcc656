package eu.vigil.removalorder;

import java.time.Instant;

/**
 * What one party may do in the host Member State's scrutiny of a cross-border order (Art. 4) now, as the model
 * decides it: the order page shows only these forms and {@link ScrutinyProceedings} refuses the rest with the
 * same rules. A host authority that does not hold role (b) under Art. 12(1)(b) reads the scrutiny but is offered
 * nothing (issue 12, broken point 1).
 *
 * @param request   the addressee may request scrutiny (or join the running one) within 48 hours of receipt (Art. 4(4))
 * @param start     the host role-(b) authority may start a scrutiny on its own initiative within the 72-hour window
 *                  of its copy (Art. 4(3))
 * @param notice    the host role-(b) authority may inform the issuer of its intended decision (Art. 4(5))
 * @param decide    the host role-(b) authority may decide, once the issuer was informed (Art. 4(3), (5))
 * @param reinstate the addressee may confirm reinstatement after an infringement finding (Art. 4(7))
 */
public record ScrutinyActions(boolean request, boolean start, boolean notice, boolean decide, boolean reinstate) {

    /** Nothing: for parties that only read the scrutiny. */
    public static final ScrutinyActions NONE = new ScrutinyActions(false, false, false, false, false);

    /**
     * Who the actor is in the scrutiny of one order.
     *
     * @param operator    the actor may act at all (holds the operator role)
     * @param addressee   the actor's organisation is the order's addressee
     * @param scrutiniser the actor's organisation is an authority of the host Member State holding role (b)
     */
    public record Party(boolean operator, boolean addressee, boolean scrutiniser) {
    }

    /**
     * The actions of {@code party} on {@code order} at {@code now}.
     *
     * @param scrutiny the scrutiny of the order, or null when none was started
     */
    public static ScrutinyActions of(RemovalOrder order, Scrutiny scrutiny, Party party, Instant now) {
        if (!party.operator() || !scrutinised(order)) {
            return NONE;
        }
        boolean undecided = scrutiny != null && scrutiny.decidedAt() == null;
        boolean requestOpen = order.receivedAt() != null
                && !now.isAfter(order.receivedAt().plus(ScrutinyProceedings.REQUEST_WINDOW));
        boolean windowOpen = order.scrutinyCopy().map(c -> c.openAt(now)).orElse(false);
        return new ScrutinyActions(
                party.addressee() && requestOpen && (scrutiny == null || undecided && !scrutiny.requestedByProvider()),
                party.scrutiniser() && scrutiny == null && windowOpen,
                party.scrutiniser() && undecided,
                party.scrutiniser() && undecided && scrutiny.noticeOfIntentionAt() != null,
                party.addressee() && scrutiny != null && scrutiny.outcome() == Scrutiny.Outcome.INFRINGEMENT
                        && scrutiny.reinstatedAt() == null);
    }

    /** Whether the host Member State scrutinises this order at all: a cross-border TCO order (Art. 4(1)). */
    static boolean scrutinised(RemovalOrder order) {
        return order.type().opensCrossBorderScrutiny() && order.crossBorder();
    }
}
