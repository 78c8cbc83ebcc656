package eu.vigil.registry;

/** The tasks of TCO Art. 12(1) a competent authority can be designated for. */
public enum AuthorityRole {
    /** (a) issue removal orders under Art. 3. */
    ISSUE,
    /** (b) scrutinise removal orders under Art. 4. */
    SCRUTINISE,
    /** (c) oversee the implementation of specific measures under Art. 5. */
    SPECIFIC_MEASURES,
    /** (d) impose penalties under Art. 18. */
    PENALTIES
}
