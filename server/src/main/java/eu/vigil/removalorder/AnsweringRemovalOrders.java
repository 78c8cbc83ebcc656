package eu.vigil.removalorder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.identity.Role;
import eu.vigil.shared.CanonicalJson;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.Violations;

/**
 * The provider's answers (acknowledgement, Annex II feedback, Annex III notices, end of force majeure) and
 * the issuer's clarification. Pages and API call the same methods, so both paths store identical records
 * (R27). Suspension and restart of the clock follow Art. 3(7) and 3(8) (R14, R15). The model
 * ({@link OrderTransitions}) decides each answer; {@link OrderLedger} stores it and tells the other party.
 * Concurrency: every answer first takes the order's row lock, so answers to one order are serialised and the
 * second sees the state the first left (defect 14).
 */
@Service
public class AnsweringRemovalOrders {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RemovalOrders orders;
    private final OrderLedger ledger;
    private final Preservation preservation;

    AnsweringRemovalOrders(JdbcClient jdbc, Clock clock, RemovalOrders orders, OrderLedger ledger,
            Preservation preservation) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.orders = orders;
        this.ledger = ledger;
        this.preservation = preservation;
    }

    /** The provider confirms receipt; repeating it changes nothing. */
    @Transactional
    public RemovalOrder acknowledge(Actor actor, RemovalOrderId id, String providerReference) {
        RemovalOrder order = addressedTo(actor, id);
        if (order.acknowledgedAt() != null) {
            return order;
        }
        OrderTransitions.acknowledge(order.state()).orRefuse();
        Instant now = now();
        record(actor, order, OrderAnswer.Kind.ACKNOWLEDGEMENT, null, null, providerReference, null, now,
                Map.of("providerReference", String.valueOf(providerReference)));
        ledger.acknowledged(order, now, actor.auditor(), providerReference);
        return orders.find(id).orElseThrow();
    }

    /** Annex II: items removed or disabled, with the time of each action. */
    @Transactional
    public RemovalOrder feedback(Actor actor, RemovalOrderId id, Feedback feedback) {
        RemovalOrder order = addressedTo(actor, id);
        OrderTransitions.feedback(order.state(), false, false).orRefuse();
        Instant now = now();
        Violations v = new Violations();
        List<Feedback.Action> actions = feedback.items() == null ? List.of() : feedback.items();
        v.check(actions.isEmpty(), "items", "name at least one item and what was done");
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            Feedback.Action a = actions.get(i);
            String f = "items[" + i + "]";
            boolean known = order.items().stream().anyMatch(it -> it.position() == a.position());
            v.check(!known, f + ".position", "the order has no item " + a.position());
            v.check(!seen.add(a.position()), f + ".position", "item " + a.position() + " named twice");
            v.check(a.action() == null || a.action() == OrderItem.ItemStatus.PENDING, f + ".action",
                    "REMOVED or DISABLED");
            v.check(a.actionAt() == null, f + ".actionAt", "the time and date of the action are required (Annex II)");
            if (a.actionAt() != null) {
                v.check(a.actionAt().isBefore(order.receivedAt()), f + ".actionAt",
                        "cannot be before the order was received (" + order.receivedAt() + ", R28)");
                v.check(a.actionAt().isAfter(now), f + ".actionAt", "cannot be after the time of filing (R28)");
            }
            if (known && order.items().stream().anyMatch(it -> it.position() == a.position()
                    && it.status() != OrderItem.ItemStatus.PENDING)) {
                throw new eu.vigil.shared.StateConflict(OrderRefusal.ITEM_ALREADY_REPORTED.name(), order.state().name(),
                        "item " + a.position() + " was already reported");
            }
        }
        v.throwIfPresent();
        ledger.itemsActed(order, actions, now, actor.auditor());
        for (Feedback.Action a : actions) {
            preservation.start(order, a.position(), a.actionAt());
        }
        RemovalOrder updated = orders.find(id).orElseThrow();
        if (updated.allItemsActed()) {
            Instant executed = updated.items().stream().map(OrderItem::actionAt).max(Comparator.naturalOrder()).orElseThrow();
            // A deadline missed in an earlier clock period stays missed (defect 3); otherwise the last time of
            // action is compared with the deadline in force, not the time of filing (defect 11).
            boolean late = order.overdueAt() != null && order.overdueAt().isBefore(executed)
                    || order.deadline().map(d -> d.isMissedAt(executed)).orElse(false);
            OrderState next = OrderTransitions.feedback(order.state(), true, late).orRefuse();
            ledger.executed(updated, executed, next, actor.auditor());
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("items", actions);
        payload.put("providerReference", feedback.providerReference());
        payload.put("authorisedPerson", feedback.authorisedPerson());
        record(actor, order, OrderAnswer.Kind.FEEDBACK, null, null, feedback.providerReference(),
                feedback.authorisedPerson(), now, payload);
        return orders.find(id).orElseThrow();
    }

    /** Annex III: the clock stops until grounds cease (force majeure) or a clarification arrives. */
    @Transactional
    public RemovalOrder impossibility(Actor actor, RemovalOrderId id, Impossibility notice) {
        RemovalOrder order = addressedTo(actor, id);
        new Violations()
                .check(notice.reason() == null, "reason", "tick a reason (Annex III Section B)")
                .check(notice.details() == null || notice.details().isBlank(), "details",
                        "explain the reasons for non-execution")
                .check(notice.reason() != null && notice.reason().awaitsClarification()
                        && (notice.clarificationRequired() == null || notice.clarificationRequired().isBlank()),
                        "clarificationRequired", "say which errors or which missing information must be clarified")
                .throwIfPresent();
        OrderState next = OrderTransitions.impossibility(order.state()).orRefuse();
        Instant now = now();
        ledger.suspended(order, next, notice.reason(), now, actor.auditor());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("reason", notice.reason());
        payload.put("details", notice.details());
        payload.put("clarificationRequired", notice.clarificationRequired());
        payload.put("authorisedPerson", notice.authorisedPerson());
        record(actor, order, OrderAnswer.Kind.IMPOSSIBILITY, notice.reason(), notice.details()
                + (notice.clarificationRequired() == null ? "" : "\nClarification required: " + notice.clarificationRequired()),
                null, notice.authorisedPerson(), now, payload);
        return orders.find(id).orElseThrow();
    }

    /** Force majeure is over: the clock restarts from {@code ceasedAt} (R14). */
    @Transactional
    public RemovalOrder groundsCeased(Actor actor, RemovalOrderId id, Instant ceasedAt) {
        RemovalOrder order = addressedTo(actor, id);
        Instant now = now();
        OrderAnswer notice = lastImpossibility(order).orElse(null);
        OrderState next = OrderTransitions.groundsCeased(order.state(), notice == null ? null : notice.reason()).orRefuse();
        new Violations()
                .check(ceasedAt == null, "ceasedAt", "when did the grounds cease?")
                .check(ceasedAt != null && notice != null && ceasedAt.isBefore(notice.filedAt()), "ceasedAt",
                        "cannot be before the Annex III notice")
                .check(ceasedAt != null && ceasedAt.isAfter(now), "ceasedAt", "cannot be in the future")
                .throwIfPresent();
        ledger.restarted(order, next, ceasedAt, false, actor.auditor(), Map.of());
        record(actor, order, OrderAnswer.Kind.GROUNDS_CEASED, null, null, null, null, ceasedAt,
                Map.of("ceasedAt", ceasedAt));
        return orders.find(id).orElseThrow();
    }

    /** The issuer answers a request for clarification; the clock restarts on delivery, now (R15). */
    @Transactional
    public RemovalOrder clarify(Actor actor, RemovalOrderId id, String clarification) {
        ledger.lock(id);
        RemovalOrder order = orders.get(actor, id);
        if (!RemovalOrders.isIssuer(actor, order) || !actor.has(Role.OPERATOR)) {
            throw new Forbidden("only the issuing authority clarifies its order");
        }
        OrderAnswer notice = lastImpossibility(order).orElse(null);
        OrderState next = OrderTransitions.clarify(order.state(), notice == null ? null : notice.reason()).orRefuse();
        new Violations()
                .check(clarification == null || clarification.isBlank(), "clarification", "write the clarification")
                .throwIfPresent();
        Instant now = now();
        ledger.restarted(order, next, now, true, actor.auditor(), Map.of("clarification", clarification.strip()));
        record(actor, order, OrderAnswer.Kind.CLARIFICATION, null, clarification.strip(), null, null, now,
                Map.of("clarification", clarification.strip()));
        return orders.find(id).orElseThrow();
    }

    private Optional<OrderAnswer> lastImpossibility(RemovalOrder order) {
        return orders.noticeInForce(order.id());
    }

    private RemovalOrder addressedTo(Actor actor, RemovalOrderId id) {
        ledger.lock(id);
        RemovalOrder order = orders.get(actor, id);
        if (!actor.organisationId().value().equals(order.providerId())) {
            throw new Forbidden("only the addressee answers an order");
        }
        if (!actor.has(Role.OPERATOR)) {
            throw new Forbidden("answering an order needs the OPERATOR role");
        }
        return order;
    }

    private void record(Actor actor, RemovalOrder order, OrderAnswer.Kind kind, ImpossibilityReason reason,
            String details, String providerReference, String person, Instant effective, Map<String, ?> payload) {
        Instant now = now();
        UUID answerId = UUID.randomUUID();
        jdbc.sql("""
                insert into order_answer (id, order_id, kind, reason, details, provider_reference, authorised_person,
                    payload, filed_at, filed_by, effective_at) values (?,?,?,?,?,?,?,?,?,?,?)""")
                .params(answerId, order.id().value(), kind.name(), reason == null ? null : reason.name(), details,
                        providerReference, person, CanonicalJson.write(payload), Timestamp.from(now),
                        actor.auditor().label(), Timestamp.from(effective))
                .update();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
