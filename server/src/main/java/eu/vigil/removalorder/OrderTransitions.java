package eu.vigil.removalorder;

import static eu.vigil.removalorder.OrderState.EXECUTED;
import static eu.vigil.removalorder.OrderState.NO_LEGAL_EFFECT;
import static eu.vigil.removalorder.OrderState.OPEN;
import static eu.vigil.removalorder.OrderState.OVERDUE_EXECUTED;
import static eu.vigil.removalorder.OrderState.SUSPENDED;
import static eu.vigil.removalorder.OrderState.WITHDRAWN;

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

    /** Executed, overdue-executed, without legal effect and withdrawn are closed: no answer may change them. */
    public static boolean closed(OrderState state) {
        return state.closed();
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

    /** A scrutiny decision found an infringement, or the order was annulled (Art. 4(7), Art. 9). */
    public static OrderTransition noLegalEffect(OrderState state) {
        return state.inForce() ? new Allowed(NO_LEGAL_EFFECT) : refused(OrderRefusal.NOT_IN_FORCE, state);
    }

    /**
     * The issuing authority withdraws its order, open or answered (it may have found an error); an order
     * without legal effect or already withdrawn has nothing left to withdraw.
     */
    public static OrderTransition withdraw(OrderState state) {
        return state.inForce() ? new Allowed(WITHDRAWN) : refused(OrderRefusal.NOT_IN_FORCE, state);
    }

    /**
     * Re-issue after a manifest error (Art. 3(8)): the first order must be suspended by an Annex III notice of
     * manifest error or insufficient information; it is then withdrawn and replaced by the corrected order.
     */
    public static OrderTransition reissue(OrderState state, ImpossibilityReason lastNotice) {
        if (state != SUSPENDED) {
            return refused(closed(state) ? OrderRefusal.ORDER_CLOSED : OrderRefusal.NO_MANIFEST_ERROR_NOTICE, state);
        }
        return lastNotice != null && lastNotice.awaitsClarification() ? new Allowed(WITHDRAWN)
                : refused(OrderRefusal.NO_MANIFEST_ERROR_NOTICE, state);
    }

    /** The order is challenged before a court (Art. 9): only an order in force can be. */
    public static OrderTransition appeal(OrderState state) {
        return state.inForce() ? new Allowed(state) : refused(OrderRefusal.NOT_IN_FORCE, state);
    }

    /** The appeal period ended without appeal, or an appeal confirmed the order: it becomes final (Art. 3(9)). */
    public static OrderTransition becomeFinal(OrderState state) {
        return state.inForce() ? new Allowed(state) : refused(OrderRefusal.NOT_IN_FORCE, state);
    }

    private static OrderTransition refused(OrderRefusal reason, OrderState state) {
        return new Refused(reason, state);
    }
}
