package eu.vigil.removalorder;

import java.util.List;

import eu.vigil.deconfliction.Duplicate;

/** Result of trying to issue an order: issued, or refused by a rule of the Regulation. */
public sealed interface IssueOutcome {

    /**
     * The order was issued, sealed and delivered.
     *
     * @param order      the order
     * @param repeated   true when a request with the same idempotency key had issued it before: nothing new was made
     * @param duplicates the open cases of any sender that already named one of its items when it was issued (R37): a
     *                   warning for the issuer with a link to each case; an order is binding and is never held for one
     */
    record Issued(RemovalOrder order, boolean repeated, List<Duplicate> duplicates) implements IssueOutcome {

        public Issued {
            duplicates = List.copyOf(duplicates);
        }

        /** An order issued before, or issued without duplicates. */
        public Issued(RemovalOrder order, boolean repeated) {
            this(order, repeated, List.of());
        }

        /** A newly issued order without duplicates. */
        public Issued(RemovalOrder order) {
            this(order, false);
        }
    }

    /**
     * A rule refused issuing; nothing was stored.
     *
     * @param refusal  which rule
     * @param message  what to do about it
     * @param existing the order the request collides with ({@link Refusal#REFERENCE_ALREADY_USED},
     *                 {@link Refusal#IDEMPOTENCY_KEY_REUSED}), otherwise null
     */
    record Refused(Refusal refusal, String message, RemovalOrderId existing) implements IssueOutcome {

        /** A refusal that points at no other order. */
        public Refused(Refusal refusal, String message) {
            this(refusal, message, null);
        }
    }

    /** The rules that can refuse an otherwise complete order. */
    enum Refusal {
        /** R3: the user's authority holds no role (a) on the issue date. */
        NOT_AN_ISSUING_AUTHORITY,
        /** R5: first order to this provider without prior information at least 12 hours before. */
        PRIOR_INFORMATION_MISSING,
        /** R6: the provider does not accept the chosen language. */
        LANGUAGE_NOT_ACCEPTED,
        /** The provider is not in the register at the issue date. */
        UNKNOWN_PROVIDER,
        /** R11: an item is flagged as under investigation by another authority or Europol. */
        DECONFLICTION_HOLD,
        /** Build 7: the idempotency key was used before for a different request of the same organisation. */
        IDEMPOTENCY_KEY_REUSED,
        /** Build 7: the hand-picked reference names an order the authority already issued. */
        REFERENCE_ALREADY_USED
    }
}
