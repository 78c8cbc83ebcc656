package eu.vigil.identity;

/** A user's or credential's role inside its own organisation. */
public enum Role {
    /** Manages the organisation's users, credentials and registry entry. */
    ADMIN,
    /** Does the organisation's day-to-day work (issue, answer, match). */
    OPERATOR,
    /** Reads only. */
    VIEWER
}
