package eu.vigil.crisis;

/** Why the model refuses a step on a crisis case; each maps to a 403 or 409 naming the reason. */
public enum CrisisRefusal {
    /** Only Europol's crisis coordinator decides the phases of a crisis (R39). */
    NOT_THE_COORDINATOR,
    /** Every step needs a reason, kept in the audit record and told to the participants (R39). */
    REASON_REQUIRED,
    /** The step does not start from the case's current phase. */
    NOT_FROM_THIS_PHASE,
    /** A dismissed alert was never activated: there is no crisis to review. */
    NEVER_ACTIVATED,
    /** The case is closed: nobody shares, reports or acknowledges on it any more. */
    CASE_CLOSED
}
