package eu.vigil.removalorder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.audit.Auditor;
import eu.vigil.identity.Actor;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.Violations;

/**
 * Finality of orders (Art. 3(9), R21): an order becomes final when the appeal period ends without an appeal,
 * or when an appeal confirms it; an annulment ends its legal effect. On becoming final the host Member
 * State's role-(c) authority is informed (audit record naming it, and the exposure count is re-evaluated).
 * The appeal period is a national matter: the issuing authority gives it in days with each order (default
 * {@value #DEFAULT_APPEAL_DAYS}), and the order's appeal deadline is fixed at receipt.
 */
@Service
public class Finality {

    /** Appeal period counted from receipt (national law; one value in this version). */
    /** Appeal period used when the issuing authority gives none, in days. */
    public static final int DEFAULT_APPEAL_DAYS = 30;
    /** Longest appeal period an order may state, in days. */
    public static final int MAX_APPEAL_DAYS = 366;

    /** Longest appeal period an order may state, in months. */
    public static final int MAX_APPEAL_MONTHS = 12;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final RemovalOrders orders;
    private final CompetentAuthorities authorities;
    private final Exposure exposure;
    private final OrderLedger ledger;

    Finality(JdbcClient jdbc, Clock clock, AuditLog audit, RemovalOrders orders, CompetentAuthorities authorities,
            Exposure exposure, OrderLedger ledger) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.orders = orders;
        this.authorities = authorities;
        this.exposure = exposure;
        this.ledger = ledger;
    }

    /** The issuer records that the order was challenged before a court. */
    @Transactional
    public void appealLodged(Actor actor, RemovalOrderId id, Instant lodgedAt, String court) {
        RemovalOrder order = issuerOf(actor, id);
        Instant now = clock.instant();
        new Violations()
                .check(court == null || court.isBlank(), "court", "name the court or body")
                .check(lodgedAt == null || lodgedAt.isAfter(now), "lodgedAt", "when was the appeal lodged?")
                .throwIfPresent();
        OrderTransitions.appeal(ledger.lock(id).state()).orRefuse();
        if (finalAt(id) != null) {
            throw new RuleViolation("ORDER_FINAL", "The order became final on " + finalAt(id) + ".");
        }
        int added = jdbc.sql("insert into order_appeal (order_id, lodged_at, court) values (?,?,?) on conflict do nothing")
                .params(id.value(), Timestamp.from(lodgedAt), court.strip()).update();
        if (added == 0) {
            throw new RuleViolation("APPEAL_EXISTS", "An appeal against this order is already recorded.");
        }
        audit.append(actor.auditor(), new AuditEvent("removal_order.appealed", "removal_order", id.toString(), null, null,
                Map.of("reference", order.reference(), "court", court.strip())));
    }

    /** The issuer records the appeal's outcome: confirmation makes the order final, annulment ends its effect. */
    @Transactional
    public void appealDecided(Actor actor, RemovalOrderId id, boolean confirmed) {
        RemovalOrder order = issuerOf(actor, id);
        Instant now = clock.instant();
        int updated = jdbc.sql("update order_appeal set decided_at = ?, outcome = ? where order_id = ? and decided_at is null")
                .params(Timestamp.from(now), confirmed ? "CONFIRMED" : "ANNULLED", id.value()).update();
        if (updated == 0) {
            throw new RuleViolation("NO_PENDING_APPEAL", "No pending appeal is recorded for this order.");
        }
        RemovalOrder locked = ledger.lock(id);
        if (confirmed) {
            OrderTransitions.becomeFinal(locked.state()).orRefuse();
            becomeFinal(locked, now, "confirmed on appeal", actor.auditor());
        } else {
            OrderTransitions.noLegalEffect(locked.state()).orRefuse();
            ledger.legalEffectEnded(locked, now, actor.auditor(), "annulled on appeal", Map.of());
        }
    }

    /** Marks orders final whose appeal period ended without an appeal (run by the sweep). */
    @Transactional
    public int markFinal() {
        Instant now = clock.instant();
        List<UUID> due = jdbc.sql("""
                select o.id from removal_order o
                where o.final_at is null and o.state = any(?) and o.appeal_deadline <= ?
                  and not exists (select 1 from order_appeal a where a.order_id = o.id)
                for update skip locked""")
                .params(java.util.Arrays.stream(OrderState.values()).filter(OrderState::inForce).map(Enum::name)
                        .toArray(String[]::new), Timestamp.from(now))
                .query(UUID.class).list();
        for (UUID id : due) {
            RemovalOrder order = orders.find(new RemovalOrderId(id)).orElseThrow();
            becomeFinal(order, appealDeadline(order.id()), "appeal period ended without appeal", Auditor.system("finality"));
        }
        return due.size();
    }

    /** The end of the order's appeal period (from receipt, in the period its issuer gave). */
    public Instant appealDeadline(RemovalOrderId id) {
        return jdbc.sql("select appeal_deadline from removal_order where id = ?").param(id.value()).query(Timestamp.class)
                .single().toInstant();
    }

    /** When the order became final, or null. */
    public Instant finalAt(RemovalOrderId id) {
        return jdbc.sql("select final_at from removal_order where id = ?").param(id.value()).query(Timestamp.class)
                .optional().map(Timestamp::toInstant).orElse(null);
    }

    private void becomeFinal(RemovalOrder order, Instant at, String why, Auditor actor) {
        String host = order.hostMemberState();
        List<UUID> supervisors = host == null ? List.of() : authorities.asOf(clock.instant()).stream()
                .filter(a -> a.memberState().equals(host) && a.holds(AuthorityRole.SPECIFIC_MEASURES))
                .map(a -> a.id().value()).toList();
        ledger.becameFinal(order, at, actor, why, supervisors);
        if (order.type().countsForExposure()) { // defect 6: only TCO orders count under Art. 5
            exposure.evaluate(order.providerId(), host);
        }
    }

    private RemovalOrder issuerOf(Actor actor, RemovalOrderId id) {
        RemovalOrder order = orders.get(actor, id);
        if (!RemovalOrders.isIssuer(actor, order)) {
            throw new Forbidden("only the issuing authority records appeals against its order");
        }
        return order;
    }

    /** The appeal recorded against an order, if any. */
    public java.util.Optional<OrderAppeal> appeal(RemovalOrderId id) {
        return jdbc.sql("select * from order_appeal where order_id = ?").param(id.value())
                .query((rs, n) -> new OrderAppeal(rs.getTimestamp("lodged_at").toInstant(), rs.getString("court"),
                        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("outcome") == null ? null : "CONFIRMED".equals(rs.getString("outcome"))))
                .optional();
    }
}
