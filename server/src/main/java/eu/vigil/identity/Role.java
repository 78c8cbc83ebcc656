package eu.vigil.identity;

/**
 * A user's or credential's role inside its own organisation. The roles are separate (neither implies
 * another); which one each write needs is decided once, in the {@link WritePolicy} (ADR 0019).
 */
public enum Role {
    /** Manages the organisation's users, credentials and registry entry; does not do the work. */
    ADMIN,
    /** Does the organisation's day-to-day work (issue, answer, match, scrutinise, appeal, complaints, flags). */
    OPERATOR,
    /** Reads only: never writes, except its own password. */
    VIEWER
}
