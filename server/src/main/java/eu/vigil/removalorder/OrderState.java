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
    NO_LEGAL_EFFECT,
    /** The issuing authority withdrew the order (e.g. to re-issue it after a manifest error): nothing is owed. */
    WITHDRAWN;

    /** Executed, overdue-executed, without legal effect or withdrawn: no answer may change the order. */
    public boolean closed() {
        return this == EXECUTED || this == OVERDUE_EXECUTED || this == NO_LEGAL_EFFECT || this == WITHDRAWN;
    }

    /** Whether the order can still have, or has, legal effect: it can become final and count (Art. 5, Art. 8). */
    public boolean inForce() {
        return this != NO_LEGAL_EFFECT && this != WITHDRAWN;
    }
}
