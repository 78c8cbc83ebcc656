package eu.vigil.removalorder;

/** Result of trying to issue an order: issued, or refused by a rule of the Regulation. */
public sealed interface IssueOutcome {

    /** The order was issued, sealed and delivered. */
    record Issued(RemovalOrder order) implements IssueOutcome {
    }

    /**
     * A rule refused issuing; nothing was stored.
     *
     * @param refusal which rule
     * @param message what to do about it
     */
    record Refused(Refusal refusal, String message) implements IssueOutcome {
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
        DECONFLICTION_HOLD
    }
}
