package eu.vigil.removalorder.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.vigil.deconfliction.Duplicate;

import eu.vigil.removalorder.Deadline;
import eu.vigil.removalorder.OrderActions;
import eu.vigil.removalorder.OrderAnswer;
import eu.vigil.removalorder.OrderLife;
import eu.vigil.removalorder.RemovalOrder;
import eu.vigil.removalorder.Scrutiny;

/**
 * An order as the API and pages show it at one moment: the order, its clock phase and remaining time, and
 * whether its seal still verifies.
 *
 * @param order            the order
 * @param phase            ON_TIME, WARNING or OVERDUE while the clock runs; null when suspended or executed
 * @param dueAt            when it is due, null while suspended or once executed
 * @param remainingSeconds seconds left (negative when overdue), null without a running clock
 * @param sealValid        whether the stored Annex I payload still matches the seal
 * @param answers          acknowledgements, feedback and notices filed so far
 * @param scrutinyWindowOpen whether the host Member State's 72-hour own-initiative window is open (R16)
 * @param scrutiny           the scrutiny under Art. 4, null when none
 * @param scrutinyDecisionOverdue the scrutiny decision is late (R18)
 * @param reinstatementOverdue    reinstatement after an infringement finding is late (R20)
 * @param amendmentsSealValid     whether every non-disclosure amendment's own seal verifies; null where not checked
 * @param life             deadline history, withdrawal and replaced order
 * @param actions          what the reader may do with the order now, as the model decides
 * @param duplicates       in the answer to issuing only: open cases of any sender that already named an item (R37), a
 *                         warning with a link to each; empty elsewhere
 * @param alsoSentBy       other open cases to the same provider that name an item of this order, by item (R37): the
 *                         provider sees every sender of an item it received twice
 */
public record OrderView(RemovalOrder order, Deadline.Phase phase, Instant dueAt, Long remainingSeconds,
        boolean sealValid, List<OrderAnswer> answers, boolean scrutinyWindowOpen, Scrutiny scrutiny,
        boolean scrutinyDecisionOverdue, boolean reinstatementOverdue, Boolean amendmentsSealValid, OrderLife life,
        OrderActions actions, List<SameItem> duplicates, List<SameItem> alsoSentBy) {

    /**
     * Another open case that names an item of the order (R37).
     *
     * @param position          the item's position in this order
     * @param kind              ORDER, REFERRAL or NOTICE
     * @param reference         the other case's reference
     * @param sender            who sent it, with the Member State when known
     * @param href              its page
     * @param existingPosition  the item's position in the other case
     * @param matchedBy         URL or HASH
     * @param pdqDistance       the Hamming distance when two PDQ hashes matched, else null
     */
    public record SameItem(int position, String kind, String reference, String sender, String href, int existingPosition,
            String matchedBy, Integer pdqDistance) {

        static SameItem of(Duplicate d) {
            return new SameItem(d.position(), d.existing().kind().name(), d.existing().reference(), d.sender(),
                    d.existing().href(), d.existingPosition(), d.matchedBy().name(), d.pdqDistance());
        }
    }

    /** The view with the issuer's duplicate warnings and the other senders of its items. */
    OrderView with(List<Duplicate> warned, Map<Integer, List<Duplicate>> also) {
        return new OrderView(order, phase, dueAt, remainingSeconds, sealValid, answers, scrutinyWindowOpen, scrutiny,
                scrutinyDecisionOverdue, reinstatementOverdue, amendmentsSealValid, life, actions,
                warned.stream().map(SameItem::of).toList(),
                also.values().stream().flatMap(List::stream).map(SameItem::of).toList());
    }

    static OrderView of(RemovalOrder order, Instant now, boolean sealValid, List<OrderAnswer> answers) {
        return of(order, now, sealValid, answers, null);
    }

    static OrderView of(RemovalOrder order, Instant now, boolean sealValid, List<OrderAnswer> answers, Scrutiny scrutiny) {
        return of(order, now, sealValid, answers, scrutiny, null, OrderLife.UNKNOWN, OrderActions.NONE);
    }

    static OrderView of(RemovalOrder order, Instant now, boolean sealValid, List<OrderAnswer> answers, Scrutiny scrutiny,
            Boolean amendmentsSealValid, OrderLife life, OrderActions actions) {
        var deadline = order.deadline();
        return new OrderView(order, deadline.map(d -> d.phaseAt(now)).orElse(null),
                deadline.map(Deadline::dueAt).orElse(null),
                deadline.map(d -> d.remainingAt(now).toSeconds()).orElse(null), sealValid, answers,
                order.scrutinyCopy().map(c -> c.openAt(now)).orElse(false), scrutiny,
                scrutiny != null && scrutiny.decisionOverdueAt(now), scrutiny != null && scrutiny.reinstatementOverdueAt(now),
                amendmentsSealValid, life, actions, List.of(), List.of());
    }

    /** Whether it was overdue at any time: running late now, or the sweep marked it. */
    @com.fasterxml.jackson.annotation.JsonProperty("overdue")
    public boolean overdue() {
        return phase == Deadline.Phase.OVERDUE || order.overdueAt() != null || life.deadlineEverMissed();
    }
}
