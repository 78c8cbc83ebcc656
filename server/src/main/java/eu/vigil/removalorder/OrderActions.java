package eu.vigil.removalorder;

import eu.vigil.identity.Actor;
import eu.vigil.identity.Role;

/**
 * What one party may do with an order now, as the model decides it: pages show only these actions and the
 * API refuses the others with the same {@link OrderRefusal}. Nothing here is decided by a controller or
 * template.
 *
 * @param acknowledge      the addressee may confirm receipt (not yet confirmed, order not closed)
 * @param feedback         the addressee may file Annex II (items pending, clock not suspended, order not closed)
 * @param impossibility    the addressee may file Annex III
 * @param groundsCeased    the addressee may report that force majeure ended (Art. 3(7))
 * @param clarify          the issuer may answer an Annex III request for clarification (Art. 3(8))
 * @param withdraw         the issuer may withdraw the order
 * @param reissue          the issuer may re-issue a corrected order after a manifest-error Annex III
 * @param lodgeAppeal      the issuer may record that the order was challenged (in force, not final, no appeal yet)
 * @param decideAppeal     the issuer may record the outcome of the pending appeal
 */
public record OrderActions(boolean acknowledge, boolean feedback, boolean impossibility, boolean groundsCeased,
        boolean clarify, boolean withdraw, boolean reissue, boolean lodgeAppeal, boolean decideAppeal) {

    /** Nothing: for parties that only read the order. */
    public static final OrderActions NONE = new OrderActions(false, false, false, false, false, false, false, false,
            false);

    /**
     * Where the order stands in court (Art. 9, Art. 3(9)).
     *
     * @param finalised the order became final
     * @param recorded  an appeal is recorded
     * @param pending   a recorded appeal awaits its outcome
     */
    public record Appeal(boolean finalised, boolean recorded, boolean pending) {
        /** Not final, no appeal. */
        public static final Appeal NONE = new Appeal(false, false, false);
    }

    /**
     * The actions of {@code actor} on {@code order}.
     *
     * @param lastNotice reason of the Annex III notice in force (not yet followed by a restart), or null
     */
    public static OrderActions of(RemovalOrder order, Actor actor, ImpossibilityReason lastNotice) {
        return of(order, actor, lastNotice, Appeal.NONE);
    }

    /**
     * The actions of {@code actor} on {@code order}, with its standing in court.
     *
     * @param lastNotice reason of the Annex III notice in force, or null
     * @param appeal     whether the order is final and whether an appeal is recorded or pending
     */
    public static OrderActions of(RemovalOrder order, Actor actor, ImpossibilityReason lastNotice, Appeal appeal) {
        if (!actor.has(Role.OPERATOR)) {
            return NONE;
        }
        OrderState s = order.state();
        boolean addressee = actor.organisationId().value().equals(order.providerId());
        boolean issuer = RemovalOrders.isIssuer(actor, order);
        return new OrderActions(
                addressee && order.acknowledgedAt() == null && allowed(OrderTransitions.acknowledge(s)),
                addressee && !order.allItemsActed() && allowed(OrderTransitions.feedback(s, false, false)),
                addressee && allowed(OrderTransitions.impossibility(s)),
                addressee && allowed(OrderTransitions.groundsCeased(s, lastNotice)),
                issuer && allowed(OrderTransitions.clarify(s, lastNotice)),
                issuer && allowed(OrderTransitions.withdraw(s)),
                issuer && allowed(OrderTransitions.reissue(s, lastNotice)),
                issuer && !appeal.finalised() && !appeal.recorded() && allowed(OrderTransitions.appeal(s)),
                issuer && appeal.pending());
    }

    private static boolean allowed(OrderTransition t) {
        return t instanceof OrderTransition.Allowed;
    }
}
