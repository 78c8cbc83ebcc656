package eu.vigil.identity;

/** What kind of body an organisation is; the kind decides what the law lets its users see and do. */
public enum OrganisationKind {
    /** A Member State authority designated under TCO Art. 12. */
    COMPETENT_AUTHORITY,
    /** A hosting service provider (TCO Art. 2(1)). */
    HOSTING_SERVICE_PROVIDER,
    /** Europol (EU IRU). */
    EUROPOL,
    /** The European Commission (monitoring, register). */
    COMMISSION,
    /** Operators of this Vigil installation. */
    PLATFORM_ADMIN,
    /**
     * A body that sends DSA Art. 16 notices without being an authority or Europol: a hotline, an NGO, a rights
     * holders' organisation. Whether it is a trusted flagger (Art. 22) follows from the Commission's list, never
     * from this kind.
     */
    NOTIFIER
}
