package eu.vigil.removalorder;

/**
 * What the model decides for one answer or transition of an order: the next state, or a typed refusal with
 * the state that forbids it.
 */
public sealed interface OrderTransition {

    /** The change is allowed; the order moves to (or stays in) {@code next}. */
    record Allowed(OrderState next) implements OrderTransition {
    }

    /** The change is refused because the order is in {@code state}. */
    record Refused(OrderRefusal reason, OrderState state) implements OrderTransition {
    }

    /** The next state, or throws {@link eu.vigil.shared.StateConflict} (409) naming the state. */
    default OrderState orRefuse() {
        return switch (this) {
            case Allowed a -> a.next();
            case Refused r -> throw new eu.vigil.shared.StateConflict(r.reason().name(), r.state().name(),
                    "refused (" + r.reason() + "): the order is " + r.state());
        };
    }
}
