package eu.vigil.notice;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a notice stands. A notice reaches the provider when it is submitted (there is no hold: a notice is the
 * notifier's own statement, not an authority's measure); it is decided once the provider has decided every item.
 *
 * <pre>
 *   RECEIVED ──last item decided──▶ DECIDED
 * </pre>
 */
public enum NoticeState {
    /** With the provider, items waiting for its decision. */
    RECEIVED,
    /** The provider decided every item. */
    DECIDED;

    /** The states this one may move to. */
    public Set<NoticeState> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(DECIDED);
            case DECIDED -> EnumSet.noneOf(NoticeState.class);
        };
    }

    /** Whether the move to {@code target} is allowed. */
    public boolean mayMoveTo(NoticeState target) {
        return next().contains(target);
    }
}
