package eu.vigil.removalorder;

/** Where an order stands in its life. */
public enum OrderState {
    /** Delivered; the clock runs. */
    OPEN,
    /** An Annex III notice suspended the clock (force majeure, or waiting for a clarification). */
    SUSPENDED,
    /** Every item removed or disabled within the deadline. */
    EXECUTED,
    /** Every item removed or disabled, but after the deadline. */
    OVERDUE_EXECUTED,
    /** A scrutiny decision found an infringement: the order ceased to have legal effect (Art. 4(7)). */
    NO_LEGAL_EFFECT
}
