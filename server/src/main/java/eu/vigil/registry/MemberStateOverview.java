package eu.vigil.registry;

import java.util.List;

/**
 * A Member State with the authorities in force at one moment.
 *
 * @param memberState the state
 * @param authorities its authorities at that moment
 */
public record MemberStateOverview(MemberState memberState, List<CompetentAuthority> authorities) {

    /** False when no authority holds role (a): users of this state cannot issue removal orders (R49). */
    public boolean canIssue() {
        return authorities.stream().anyMatch(a -> a.holds(AuthorityRole.ISSUE));
    }

    /** Whether some role has a holder. */
    public boolean holds(AuthorityRole role) {
        return authorities.stream().anyMatch(a -> a.holds(role));
    }

    /** True when a record is not confirmed, or the state has no record at all. */
    public boolean needsVerification() {
        return authorities.isEmpty() || authorities.stream().anyMatch(a -> a.confidence() != Confidence.CONFIRMED);
    }
}
