package eu.vigil.deconfliction;

/** The kinds of case whose items are compared for duplicates (R37): binding orders, referrals and DSA notices. */
public enum CaseKind {
    /** A removal order (TCO Art. 3), binding. */
    ORDER,
    /** A referral to the provider's terms of service (R36), not binding. */
    REFERRAL,
    /** A notice under DSA Art. 16 (R55), not binding. */
    NOTICE
}
