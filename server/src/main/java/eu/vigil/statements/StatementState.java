package eu.vigil.statements;

/** Where a statement of reasons stands on its way to the Transparency Database. */
public enum StatementState {
    /** The personal-data check found something: nobody may export it until a person has reviewed it (R33). */
    HELD_FOR_REVIEW,
    /** Clean or reviewed: goes out with the next export (unless non-disclosure still applies). */
    READY,
    /** Part of an export batch. */
    EXPORTED
}
