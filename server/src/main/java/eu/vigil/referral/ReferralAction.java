package eu.vigil.referral;

/** What a provider did with a referred item it actioned. */
public enum ReferralAction {
    /** Removed from the service. */
    REMOVED,
    /** Visibility or features restricted (demoted, age-gated, monetisation removed). */
    RESTRICTED,
    /** Access disabled in some Member States only. */
    GEO_BLOCKED
}
