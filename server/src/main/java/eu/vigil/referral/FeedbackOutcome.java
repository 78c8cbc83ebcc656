package eu.vigil.referral;

/** The provider's answer for one referred item (R36). */
public enum FeedbackOutcome {
    /** Removed, restricted or geo-blocked under the provider's terms of service. */
    ACTIONED,
    /** Assessed and left online; the provider says why. */
    NOT_ACTIONED,
    /** Not the provider's content, or no longer there. */
    NOT_APPLICABLE
}
