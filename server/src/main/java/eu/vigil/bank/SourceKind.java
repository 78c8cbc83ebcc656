package eu.vigil.bank;

/** Where an entry came from (its provenance). */
public enum SourceKind {
    /** A removal order (TCO Art. 3). */
    ORDER,
    /** A referral. */
    REFERRAL,
    /** A crisis-response event. */
    CRISIS,
    /** A bulk import. */
    IMPORT,
    /** Added by hand. */
    MANUAL
}
