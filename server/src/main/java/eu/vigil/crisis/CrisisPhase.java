package eu.vigil.crisis;

/**
 * The phases of a crisis case under the EU Crisis Protocol (R39), in the order the Protocol describes them.
 */
public enum CrisisPhase {
    /** A participant saw something that may be a crisis and raised an alert with what it saw. */
    ALERT,
    /** Europol's coordinator assesses the alert against the Protocol's criteria. */
    ASSESSMENT,
    /** The Protocol is activated: participants share hashes and URLs, act and report. */
    ACTIVE,
    /** The spread is under control; participants wind down, the crisis may still escalate again. */
    DE_ESCALATION,
    /** The coordinator closed the case (or dismissed the alert); after an activation a review must follow. */
    CLOSED,
    /** The post-crisis review is recorded: lessons learnt, figures from the records (R41). */
    POST_CRISIS_REVIEW;

    /** Whether participants still act on the case (share, report, acknowledge). */
    public boolean open() {
        return this == ALERT || this == ASSESSMENT || this == ACTIVE || this == DE_ESCALATION;
    }
}
