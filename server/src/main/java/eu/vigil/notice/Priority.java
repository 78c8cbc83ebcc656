package eu.vigil.notice;

/**
 * Whether a notice is handled with priority (DSA Art. 22(1), R56), decided when it is received against the
 * Commission's list as it stood then.
 *
 * @param prioritised    whether the notice is sorted ahead of non-priority notices
 * @param reason         why, in a sentence people read
 * @param trustedFlagger the listed flagger the sender matched, or null when it matched none
 */
public record Priority(boolean prioritised, String reason, String trustedFlagger) {

    /** A sender that is not on the list. */
    public static Priority notListed() {
        return new Priority(false, "The sender is not on the Commission's list of trusted flaggers: not prioritised.",
                null);
    }

    /** Whether the sender matched a listed trusted flagger (whatever the area). */
    public boolean fromTrustedFlagger() {
        return trustedFlagger != null;
    }
}
