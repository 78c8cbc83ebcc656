package eu.vigil.removalorder;

/** Annex III Section B: why an order cannot be executed within the deadline. */
public enum ImpossibilityReason {
    /** Art. 3(7): force majeure or de facto impossibility not attributable to the provider. */
    FORCE_MAJEURE,
    /** Art. 3(8): the order contains manifest errors. */
    MANIFEST_ERROR,
    /** Art. 3(8): the order does not contain sufficient information. */
    INSUFFICIENT_INFORMATION;

    /** Whether the clock restarts only when the issuer delivers a clarification (Art. 3(8), R15). */
    public boolean awaitsClarification() {
        return this != FORCE_MAJEURE;
    }
}
