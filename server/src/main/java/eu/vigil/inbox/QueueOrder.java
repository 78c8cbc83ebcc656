package eu.vigil.inbox;

import java.time.Instant;
import java.util.Comparator;

/**
 * The order of the provider's one queue, and why an entry stands where it does. Binding orders come first, the one
 * whose legal deadline is nearest on top, because an order's clock runs in law (TCO Art. 3(3): one hour). Then the
 * non-binding cases: a trusted flagger's notice within its area of expertise ahead of the rest (DSA Art. 22(1)), then
 * by the time the sender asked for an answer, then the oldest first. The rule is total, so two readers of the same
 * queue see the same order.
 */
public final class QueueOrder {

    /** Why an entry is where it is, from the most to the least urgent. */
    public enum Rank {
        /** A binding order past its legal deadline. */
        ORDER_OVERDUE,
        /** A binding order whose clock runs. */
        ORDER,
        /** A non-binding case handled with priority: a trusted flagger's notice within its area of expertise. */
        PRIORITY,
        /** Any other non-binding case: a referral or a notice. */
        NON_BINDING
    }

    /** The comparator of the queue, given the time it is read at. */
    public static Comparator<InboxEntry> at(Instant now) {
        return Comparator.comparing((InboxEntry e) -> rank(e, now))
                .thenComparing(InboxEntry::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InboxEntry::receivedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InboxEntry::reference);
    }

    /** The entry's rank at {@code now}. */
    public static Rank rank(InboxEntry e, Instant now) {
        if (e.kind().binding()) {
            return e.dueAt() != null && !e.dueAt().isAfter(now) ? Rank.ORDER_OVERDUE : Rank.ORDER;
        }
        return e.priority() ? Rank.PRIORITY : Rank.NON_BINDING;
    }

    private QueueOrder() {
    }
}
