package eu.vigil.removalorder;

import java.util.List;
import java.util.Optional;

/**
 * What happened to an order besides its answers: its deadline history (append-only), its withdrawal, and
 * the order it replaces when it was re-issued after a manifest error.
 *
 * @param clockHistory every clock period, oldest first
 * @param withdrawal   the issuer's withdrawal, if any
 * @param replaces     the first order this corrected order replaces, if any
 */
public record OrderLife(List<ClockEvent> clockHistory, Optional<Withdrawal> withdrawal, Optional<RemovalOrderId> replaces) {

    /** Nothing known (for lists, where the history is not shown). */
    public static final OrderLife UNKNOWN = new OrderLife(List.of(), Optional.empty(), Optional.empty());

    public OrderLife {
        clockHistory = List.copyOf(clockHistory);
    }

    /** Whether a deadline was missed in any clock period, whatever followed (defect 3). */
    public boolean deadlineEverMissed() {
        return clockHistory.stream().anyMatch(e -> e.kind() == ClockEvent.Kind.MISSED);
    }
}
