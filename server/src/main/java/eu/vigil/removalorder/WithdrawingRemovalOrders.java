package eu.vigil.removalorder;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.identity.Role;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.Limits;
import eu.vigil.shared.Violations;

/**
 * The issuing authority withdraws its order, or corrects it: after an Annex III notice of manifest error or
 * insufficient information (Art. 3(8)) it may, instead of clarifying, re-issue a corrected order to the same
 * provider; the corrected order gets its own reference, seal and one-hour clock, and the first is withdrawn and
 * linked to it. A withdrawn order refuses every answer; the provider and the host Member State's authority are
 * told at once. Concurrency: both take the first order's row lock before the model decides, so a withdrawal
 * racing an answer is serialised like any other transition.
 */
@Service
public class WithdrawingRemovalOrders {

    private final OrderLedger ledger;
    private final RemovalOrders orders;
    private final IssuingRemovalOrders issuing;
    private final Clock clock;

    WithdrawingRemovalOrders(OrderLedger ledger, RemovalOrders orders, IssuingRemovalOrders issuing, Clock clock) {
        this.ledger = ledger;
        this.orders = orders;
        this.issuing = issuing;
        this.clock = clock;
    }

    /** Withdraws the order on {@code grounds}. */
    @Transactional
    public RemovalOrder withdraw(Actor actor, RemovalOrderId id, String grounds) {
        RemovalOrder order = issuerLocks(actor, id);
        new Violations().check(grounds == null || grounds.isBlank(), "grounds", "say why the order is withdrawn")
                .check(grounds != null && grounds.length() > Limits.TEXT, "grounds", "at most " + Limits.TEXT + " characters")
                .throwIfPresent();
        OrderTransitions.withdraw(order.state()).orRefuse();
        ledger.withdrawn(order, now(), actor.auditor(), grounds.strip(), null);
        return orders.find(id).orElseThrow();
    }

    /**
     * Re-issues a corrected order in place of {@code firstId}; the first is withdrawn and linked to it.
     * Returns the outcome of issuing the corrected order (a refusal leaves the first order as it was).
     */
    @Transactional
    public IssueOutcome reissue(Actor actor, RemovalOrderId firstId, IssueRequest corrected) {
        RemovalOrder first = issuerLocks(actor, firstId);
        OrderTransitions.reissue(first.state(), orders.noticeInForce(firstId).map(OrderAnswer::reason).orElse(null))
                .orRefuse();
        new Violations().check(corrected.providerId() == null || !corrected.providerId().equals(first.providerId()),
                "providerId", "a corrected order goes to the same provider as the first; issue a new order otherwise")
                .throwIfPresent();
        IssueOutcome outcome = issuing.issue(actor, corrected);
        if (outcome instanceof IssueOutcome.Issued issued) {
            RemovalOrder second = issued.order();
            ledger.replaces(second, first, actor.auditor(), now());
            ledger.withdrawn(first, now(), actor.auditor(), "re-issued as " + second.reference()
                    + " after the provider's Annex III notice", second.id());
            // the first order names the same items; it is withdrawn now, so it is no duplicate to warn about
            return new IssueOutcome.Issued(orders.find(second.id()).orElseThrow(), false, issued.duplicates().stream()
                    .filter(d -> !d.existing().caseId().equals(firstId.value())).toList());
        }
        return outcome;
    }

    private RemovalOrder issuerLocks(Actor actor, RemovalOrderId id) {
        RemovalOrder visible = orders.get(actor, id);
        if (!RemovalOrders.isIssuer(actor, visible) || !actor.has(Role.OPERATOR)) {
            throw new Forbidden("only the issuing authority withdraws or corrects its order");
        }
        return ledger.lock(id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
