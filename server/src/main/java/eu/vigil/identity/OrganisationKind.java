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
    PLATFORM_ADMIN
}
