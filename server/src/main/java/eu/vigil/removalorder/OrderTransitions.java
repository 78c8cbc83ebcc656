package eu.vigil.removalorder;

import static eu.vigil.removalorder.OrderState.EXECUTED;
import static eu.vigil.removalorder.OrderState.NO_LEGAL_EFFECT;
import static eu.vigil.removalorder.OrderState.OPEN;
import static eu.vigil.removalorder.OrderState.OVERDUE_EXECUTED;
import static eu.vigil.removalorder.OrderState.SUSPENDED;

import eu.vigil.removalorder.OrderTransition.Allowed;
import eu.vigil.removalorder.OrderTransition.Refused;

/**
 * The rules of the order's life (Art. 3(3), 3(7), 3(8), 4(7)) as pure functions of its state: each answer
 * or transition returns the next state or a typed refusal naming the state that forbids it. No database, no
 * clock; the use cases ask here before they write.
 */
public final class OrderTransitions {

    private OrderTransitions() {
    }

    /** Executed, overdue-executed and without legal effect are closed: no answer may change them. */
    public static boolean closed(OrderState state) {
        return state == EXECUTED || state == OVERDUE_EXECUTED || state == NO_LEGAL_EFFECT;
    }

    /** The provider confirms receipt; the state does not change. */
    public static OrderTransition acknowledge(OrderState state) {
        return closed(state) ? refused(OrderRefusal.ORDER_CLOSED, state) : new Allowed(state);
    }

    /**
     * Annex II feedback on some items.
     *
     * @param allActed whether every item is acted on once this feedback is stored
     * @param late     whether a deadline in force was missed before the last action (or was missed earlier)
     */
    public static OrderTransition feedback(OrderState state, boolean allActed, boolean late) {
        if (closed(state)) {
            return refused(OrderRefusal.ORDER_CLOSED, state);
        }
        if (state == SUSPENDED) {
            return refused(OrderRefusal.ORDER_SUSPENDED, state);
        }
        return new Allowed(allActed ? (late ? OVERDUE_EXECUTED : EXECUTED) : OPEN);
    }

    /** Annex III: the clock stops (Art. 3(7), 3(8)). */
    public static OrderTransition impossibility(OrderState state) {
        return closed(state) ? refused(OrderRefusal.ORDER_CLOSED, state) : new Allowed(SUSPENDED);
    }

    /** Force majeure is over; the clock restarts (Art. 3(7)). */
    public static OrderTransition groundsCeased(OrderState state, ImpossibilityReason lastNotice) {
        if (state != SUSPENDED) {
            return refused(closed(state) ? OrderRefusal.ORDER_CLOSED : OrderRefusal.NOT_SUSPENDED, state);
        }
        return lastNotice == ImpossibilityReason.FORCE_MAJEURE ? new Allowed(OPEN)
                : refused(OrderRefusal.NOT_FORCE_MAJEURE, state);
    }

    /** The issuer clarifies; the clock restarts on delivery (Art. 3(8)). */
    public static OrderTransition clarify(OrderState state, ImpossibilityReason lastNotice) {
        if (state != SUSPENDED) {
            return refused(closed(state) ? OrderRefusal.ORDER_CLOSED : OrderRefusal.NOT_SUSPENDED, state);
        }
        return lastNotice != null && lastNotice.awaitsClarification() ? new Allowed(OPEN)
                : refused(OrderRefusal.NO_CLARIFICATION_ASKED, state);
    }

    /** The 45-minute warning: only on a running clock, once. */
    public static OrderTransition warning(OrderState state, boolean alreadyWarned) {
        return state == OPEN && !alreadyWarned ? new Allowed(OPEN) : refused(OrderRefusal.CLOCK_NOT_RUNNING, state);
    }

    /** The deadline passed: only a running clock becomes overdue; the state stays open until executed. */
    public static OrderTransition overdue(OrderState state, boolean alreadyOverdue) {
        return state == OPEN && !alreadyOverdue ? new Allowed(OPEN) : refused(OrderRefusal.CLOCK_NOT_RUNNING, state);
    }

    /** A scrutiny decision found an infringement, or the order was annulled (Art. 4(7)). */
    public static OrderTransition noLegalEffect(OrderState state) {
        return state == NO_LEGAL_EFFECT ? refused(OrderRefusal.ORDER_CLOSED, state) : new Allowed(NO_LEGAL_EFFECT);
    }

    private static OrderTransition refused(OrderRefusal reason, OrderState state) {
        return new Refused(reason, state);
    }
}
