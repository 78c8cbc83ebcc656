package eu.vigil.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands. A referral held by deconfliction has not reached the provider; once sent it stays with the
 * provider until every item is answered or the sender withdraws it.
 *
 * <pre>
 *   HELD ──release (override)──▶ SENT ──last item answered──▶ ANSWERED
 *     └──────withdraw──────▶ WITHDRAWN ◀──withdraw──┘
 * </pre>
 */
public enum ReferralState {
    /** An item matched another organisation's investigation flag (R11): kept from the provider until released. */
    HELD,
    /** With the provider, items waiting for its answer. */
    SENT,
    /** The provider answered every item. */
    ANSWERED,
    /** The sender withdrew it. */
    WITHDRAWN;

    /** The states this one may move to. */
    public Set<ReferralState> next() {
        return switch (this) {
            case HELD -> EnumSet.of(SENT, WITHDRAWN);
            case SENT -> EnumSet.of(ANSWERED, WITHDRAWN);
            case ANSWERED, WITHDRAWN -> EnumSet.noneOf(ReferralState.class);
        };
    }

    /** Whether the move to {@code target} is allowed. */
    public boolean mayMoveTo(ReferralState target) {
        return next().contains(target);
    }

    /** Whether the provider has received it (it shows in the provider's queue and pages). */
    public boolean reachedProvider() {
        return this == SENT || this == ANSWERED;
    }
}
