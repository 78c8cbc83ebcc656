package eu.vigil.removalorder;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.vigil.audit.Auditor;
import eu.vigil.identity.Actor;
import eu.vigil.registry.CompetentAuthority;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.shared.NotFound;

/**
 * The one writer of the {@code removal_order} table and of the order's deadline history (ADR 0022): every
 * change of an order's state or clock goes through a method here, which stores the state the model decided
 * ({@link OrderTransitions}), appends to the append-only {@code order_clock_event}, and raises the
 * {@link OrderEvent} that tells the parties concerned, all in the caller's transaction. State names come from
 * {@link OrderState}; no SQL here or elsewhere spells one as a literal (enforced by {@code OrderLedgerTests}).
 *
 * <p>Concurrency: callers take {@link #lock(RemovalOrderId)} first, so the transitions of one order are
 * serialised by its row lock; the model then sees the state the previous transition left.
 */
@Component
class OrderLedger {

    private final JdbcClient jdbc;
    private final RemovalOrders orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final eu.vigil.deconfliction.Duplicates duplicates;

    OrderLedger(JdbcClient jdbc, RemovalOrders orders, ApplicationEventPublisher events, Clock clock,
            eu.vigil.deconfliction.Duplicates duplicates) {
        this.duplicates = duplicates;
        this.jdbc = jdbc;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /** Takes the order's row lock for the rest of the transaction and reads the order as it now stands. */
    RemovalOrder lock(RemovalOrderId id) {
        jdbc.sql("select id from removal_order where id = ? for update").param(id.value()).query().listOfRows();
        return orders.find(id).orElseThrow(() -> new NotFound("removal order " + id));
    }

    /** Stores a new order, open with its clock running from receipt, and its items (called by the issuing use case). */
    void insert(RemovalOrderId id, String reference, OrderType type, CompetentAuthority authority,
            HostingServiceProvider provider, String host, boolean crossBorder, String language, IssueRequest r,
            Duration limit, Duration warning, Instant now, Actor actor) {
        Timestamp t = Timestamp.from(now);
        jdbc.sql("""
                insert into removal_order (id, reference, order_type, issuing_authority_id, issuing_authority_version,
                    issuing_member_state, provider_id, provider_version, host_member_state, cross_border, language,
                    reasons, statement_of_reasons, representative_name, representative_post, file_number, redress_body,
                    redress_deadline, non_disclosure, non_disclosure_until, emergency, emergency_justification,
                    shared_with_europol, deadline_minutes, warning_minutes, issued_at, issued_by, signed_payload,
                    signature, sent_at, received_at, clock_started_at, due_at, state, appeal_deadline)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'',?,?,?,?,?,?,?)""")
                .params(id.value(), reference, type.code(), authority.id().value(), authority.version(),
                        authority.memberState(), provider.id().value(), provider.version(), host, crossBorder, language,
                        r.reasons().stream().map(Enum::name).sorted().toArray(String[]::new), r.statementOfReasons().strip(),
                        r.representativeName().strip(), r.representativePost().strip(), blankToNull(r.fileNumber()),
                        r.redressBody().strip(), r.redressDeadline().strip(), r.nonDisclosure(),
                        r.nonDisclosure() ? r.nonDisclosureUntil() : null, r.emergency(),
                        r.emergency() ? r.emergencyJustification().strip() : null, r.shareWithEuropol(),
                        (int) limit.toMinutes(), (int) warning.toMinutes(), t, actor.id(), new byte[0], t, t, t,
                        Timestamp.from(now.plus(limit)), OrderState.OPEN.name(), Timestamp.from(r.appealPeriod().endsFor(now, authority.memberState())))
                .update();
        List<IssueRequest.Item> items = r.items();
        for (int i = 0; i < items.size(); i++) {
            IssueRequest.Item item = items.get(i);
            eu.vigil.shared.ItemHash hash = item.typedHash();
            jdbc.sql("""
                    insert into removal_order_item (order_id, position, url, extra_info, hash, hash_type,
                        hash_typed_at_issue, status) values (?,?,?,?,?,?,true,?)""")
                    .params(id.value(), i + 1, URI.create(item.url().strip()).toString(), blankToNull(item.extraInfo()),
                            hash == null ? null : hash.value(), hash == null ? null : hash.type().name(),
                            OrderItem.ItemStatus.PENDING.name())
                    .update();
        }
        started(id, now, now.plus(limit));
    }

    /** The Annex I parties' details from the register at issue time (Sections A, E, F), written before the seal. */
    void annexParties(RemovalOrderId id, String json) {
        jdbc.sql("update removal_order set annex_parties = ? where id = ?").params(json, id.value()).update();
    }

    /** The seal over the Annex I payload, written once at issuing. */
    void seal(RemovalOrderId id, String payload, byte[] signature) {
        jdbc.sql("update removal_order set signed_payload = ?, signature = ? where id = ?")
                .params(payload, signature, id.value()).update();
    }

    /** The Member States a national order applies to, written once at issuing, before the seal. */
    void territorialScope(RemovalOrderId id, String[] memberStates) {
        jdbc.sql("update removal_order set territorial_scope = ? where id = ?").params(memberStates, id.value()).update();
    }

    /** The first clock period starts on receipt (Art. 3(3)). */
    void started(RemovalOrderId id, Instant receivedAt, Instant dueAt) {
        append(id, 1, ClockEvent.Kind.STARTED, receivedAt, dueAt, null);
    }

    /** The provider confirmed receipt. */
    void acknowledged(RemovalOrder order, Instant at, Auditor actor, String providerReference) {
        jdbc.sql("update removal_order set acknowledged_at = ? where id = ?").params(ts(at), order.id().value()).update();
        raise("removal_order.acknowledged", at, actor, order, order.state(), List.of(order.issuingAuthorityId()),
                order.providerName() + " acknowledged removal order " + order.reference() + ".",
                providerReference == null ? Map.of() : Map.of("providerReference", providerReference));
    }

    /** Annex II on some items; {@code next} is what the model decided once they are stored. */
    void itemsActed(RemovalOrder order, List<Feedback.Action> actions, Instant at, Auditor actor) {
        for (Feedback.Action a : actions) {
            jdbc.sql("update removal_order_item set status = ?, action_at = ? where order_id = ? and position = ?")
                    .params(a.action().name(), ts(a.actionAt()), order.id().value(), a.position()).update();
            duplicates.close(order.caseRef(), a.position()); // answered: no longer an open item (R37)
        }
        List<Map<String, Object>> items = new ArrayList<>();
        actions.forEach(a -> items.add(Map.of("position", a.position(), "action", a.action().name(),
                "actionAt", a.actionAt().toString())));
        raise("removal_order.feedback_given", at, actor, order, order.state(), parties(order, false, true),
                order.providerName() + " reported action on " + actions.size() + " item(s) of removal order "
                        + order.reference() + " (Annex II).", Map.of("items", items));
    }

    /** Every item is acted on: the order is executed, in time or late, and its clock stops. */
    void executed(RemovalOrder order, Instant executedAt, OrderState next, Auditor actor) {
        missedBefore(order, executedAt);
        jdbc.sql("update removal_order set executed_at = ?, state = ?, due_at = null where id = ?")
                .params(ts(executedAt), next.name(), order.id().value()).update();
        append(order.id(), period(order), ClockEvent.Kind.STOPPED, executedAt, null, next.name());
        boolean inTime = next == OrderState.EXECUTED;
        raise("removal_order.executed", executedAt, actor, order, next, parties(order, false, true),
                "Removal order " + order.reference() + " is executed" + (inTime ? " within the deadline." : ", late."),
                Map.of("inTime", inTime, "executedAt", executedAt.toString()));
    }

    /** An Annex III notice stops the clock. */
    void suspended(RemovalOrder order, OrderState next, ImpossibilityReason reason, Instant at, Auditor actor) {
        missedBefore(order, at);
        jdbc.sql("update removal_order set state = ?, clock_started_at = null, due_at = null where id = ?")
                .params(next.name(), order.id().value()).update();
        append(order.id(), period(order), ClockEvent.Kind.SUSPENDED, at, null, reason.name());
        raise("removal_order.impossibility_notified", at, actor, order, next, parties(order, false, true),
                order.providerName() + " cannot execute removal order " + order.reference() + " ("
                        + reason.name().toLowerCase().replace('_', ' ') + ", Annex III): the clock is suspended.",
                Map.of("reason", reason.name()));
    }

    /**
     * A new clock period runs from {@code from} (grounds ceased, or a clarification delivered); a deadline
     * missed before stays in the history and in {@code overdue_at}.
     */
    void restarted(RemovalOrder order, OrderState next, Instant from, boolean clarification, Auditor actor,
            Map<String, ?> facts) {
        int period = period(order) + 1;
        Instant due = from.plus(order.deadlineLimit());
        jdbc.sql("""
                update removal_order set state = ?, clock_started_at = ?, due_at = ?, warned_at = null,
                    period_overdue_at = null, clock_period = ? where id = ?""")
                .params(next.name(), ts(from), ts(due), period, order.id().value()).update();
        append(order.id(), period, ClockEvent.Kind.RESTARTED, from, due, clarification ? "clarification" : "grounds ceased");
        var told = clarification ? parties(order, true, false) : parties(order, false, true);
        raise(clarification ? "removal_order.clarified" : "removal_order.clock_restarted", from, actor, order, next, told,
                "The clock of removal order " + order.reference() + " restarted"
                        + (clarification ? " on the issuer's clarification" : " as the grounds ceased") + ": due " + due + ".",
                merge(facts, Map.of("clockRestartedAt", from.toString(), "dueAt", due.toString())));
    }

    /** The warning threshold of the running clock passed (raised by the sweep, once per period). */
    void warned(RemovalOrder order, Instant warningAt, Auditor actor) {
        jdbc.sql("update removal_order set warned_at = ? where id = ?").params(ts(warningAt), order.id().value()).update();
        append(order.id(), period(order), ClockEvent.Kind.WARNED, warningAt, order.deadline().map(Deadline::dueAt)
                .orElse(null), null);
        raise("removal_order.deadline_warning", warningAt, actor, order, order.state(), List.of(order.providerId()),
                "Removal order " + order.reference() + " is still open: the deadline is near.",
                Map.of("dueAt", String.valueOf(order.deadline().map(Deadline::dueAt).orElse(null))));
    }

    /** The deadline in force passed (raised by the sweep, once per period); the first miss is kept for ever. */
    void missed(RemovalOrder order, Instant dueAt, Auditor actor) {
        jdbc.sql("update removal_order set period_overdue_at = ?, overdue_at = coalesce(overdue_at, ?) where id = ?")
                .params(ts(dueAt), ts(dueAt), order.id().value()).update();
        append(order.id(), period(order), ClockEvent.Kind.MISSED, dueAt, dueAt, null);
        raise("removal_order.overdue", dueAt, actor, order, order.state(), parties(order, true, true),
                "Removal order " + order.reference() + " is overdue since " + dueAt + ".", Map.of("dueAt", dueAt.toString()));
    }

    /** A scrutiny decision found an infringement, or a court annulled the order: it has no legal effect. */
    void legalEffectEnded(RemovalOrder order, Instant at, Auditor actor, String why, Map<String, ?> facts) {
        missedBefore(order, at);
        jdbc.sql("update removal_order set state = ?, clock_started_at = null, due_at = null where id = ?")
                .params(OrderState.NO_LEGAL_EFFECT.name(), order.id().value()).update();
        stopIfRunning(order, at, OrderState.NO_LEGAL_EFFECT);
        duplicates.closeAll(order.caseRef());
        raise("removal_order.no_legal_effect", at, actor, order, OrderState.NO_LEGAL_EFFECT, parties(order, true, true),
                "Removal order " + order.reference() + " has no legal effect (" + why + ").",
                merge(facts, Map.of("why", why)));
    }

    /** The issuer withdrew its order; {@code replacedBy} is the corrected order when it was re-issued. */
    void withdrawn(RemovalOrder order, Instant at, Auditor actor, String grounds, RemovalOrderId replacedBy) {
        missedBefore(order, at);
        jdbc.sql("""
                update removal_order set state = ?, clock_started_at = null, due_at = null, withdrawn_at = ?,
                    withdrawal_grounds = ?, replaced_by = ? where id = ?""")
                .params(OrderState.WITHDRAWN.name(), ts(at), grounds, replacedBy == null ? null : replacedBy.value(),
                        order.id().value()).update();
        stopIfRunning(order, at, OrderState.WITHDRAWN);
        duplicates.closeAll(order.caseRef());
        raise("removal_order.withdrawn", at, actor, order, OrderState.WITHDRAWN, parties(order, true, false),
                "Removal order " + order.reference() + " was withdrawn by " + order.issuingAuthorityName() + ": " + grounds
                        + (replacedBy == null ? "" : " It is replaced by a corrected order."),
                replacedBy == null ? Map.of("grounds", grounds) : Map.of("grounds", grounds, "replacedBy", replacedBy.toString()));
    }

    /** Links a corrected order to the one it replaces (written at re-issue, before the first is withdrawn). */
    void replaces(RemovalOrder corrected, RemovalOrder first, Auditor actor, Instant at) {
        jdbc.sql("update removal_order set replaces = ? where id = ?").params(first.id().value(), corrected.id().value())
                .update();
        raise("removal_order.reissued", at, actor, corrected, corrected.state(), parties(corrected, true, false),
                "Removal order " + corrected.reference() + " corrects and replaces " + first.reference()
                        + " after your Annex III notice; act on the corrected order.",
                Map.of("replaces", first.id().toString(), "replacesReference", first.reference()));
    }

    /** The order became final (Art. 3(9)); the host Member State's role-(d) authorities are told (Art. 14(2)). */
    void becameFinal(RemovalOrder order, Instant at, Auditor actor, String why, List<UUID> supervisors) {
        jdbc.sql("update removal_order set final_at = ? where id = ?").params(ts(at), order.id().value()).update();
        duplicates.closeAll(order.caseRef());
        List<UUID> told = new ArrayList<>(supervisors);
        told.add(order.issuingAuthorityId());
        raise("removal_order.final", at, actor, order, order.state(), told, "Removal order " + order.reference() + " to "
                + order.providerName() + " became final (" + why + ").", Map.of("why", why, "finalAt", at.toString()));
    }

    /** The deadline history of an order, oldest first. */
    List<ClockEvent> history(RemovalOrderId id) {
        return orders.clockHistory(id);
    }

    /**
     * A deadline that passed before {@code at} but that the sweep has not marked yet (it runs every few seconds,
     * and not while the server is down) is recorded as missed before the clock stops: an Annex III, execution,
     * withdrawal or end of legal effect after the deadline never hides the miss (defect 3).
     */
    private void missedBefore(RemovalOrder order, Instant at) {
        var deadline = order.deadline().filter(d -> d.isMissedAt(at));
        if (deadline.isEmpty()) {
            return;
        }
        boolean marked = jdbc.sql("select period_overdue_at is not null from removal_order where id = ?")
                .param(order.id().value()).query(Boolean.class).single();
        if (!marked) {
            missed(order, deadline.get().dueAt(), Auditor.system("deadline sweep"));
        }
    }

    private void stopIfRunning(RemovalOrder order, Instant at, OrderState next) {
        if (!order.state().closed()) {
            append(order.id(), period(order), ClockEvent.Kind.STOPPED, at, null, next.name());
        }
    }

    private int period(RemovalOrder order) {
        return jdbc.sql("select clock_period from removal_order where id = ?").param(order.id().value())
                .query(Integer.class).single();
    }

    private void append(RemovalOrderId id, int period, ClockEvent.Kind kind, Instant at, Instant due, String note) {
        jdbc.sql("""
                insert into order_clock_event (order_id, period, kind, at, due_at, recorded_at, note)
                values (?,?,?,?,?,?,?) on conflict do nothing""")
                .params(id.value(), period, kind.name(), ts(at), due == null ? null : ts(due),
                        ts(clock.instant().truncatedTo(ChronoUnit.MICROS)), note)
                .update();
    }

    /** Provider and/or issuer, and the host Member State's authority that holds the copy (Art. 4(1)). */
    private static List<UUID> parties(RemovalOrder order, boolean provider, boolean issuer) {
        List<UUID> told = new ArrayList<>();
        if (provider) {
            told.add(order.providerId());
        }
        if (issuer) {
            told.add(order.issuingAuthorityId());
        }
        order.scrutinyCopy().map(ScrutinyCopy::authorityId).ifPresent(told::add);
        return told;
    }

    private void raise(String type, Instant at, Auditor actor, RemovalOrder order, OrderState state, List<UUID> told,
            String text, Map<String, ?> facts) {
        events.publishEvent(new OrderEvent(type, at, actor, order, state, told, text, facts));
    }

    private static Map<String, Object> merge(Map<String, ?> a, Map<String, ?> b) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(a);
        m.putAll(b);
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
