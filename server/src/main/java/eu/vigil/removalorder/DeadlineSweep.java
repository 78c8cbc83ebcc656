package eu.vigil.removalorder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.audit.Auditor;

/**
 * Raises the 45-minute warning (R13) and the overdue state (R12) of open orders, once each per running
 * clock, and flags late scrutiny decisions (R18) and late reinstatements (R20), and deletes preserved copies whose
 * six months (or extension) ended (R31), flags complaints without an outcome after 14 days (R25), marks orders final when
 * their appeal period ends (R21) and flags late specific-measures reports and reviews (R23, R24);
 * each is logged once. Runs every few seconds and at start-up, so a sweep missed while the server was down
 * catches up at once. A PostgreSQL transaction-scoped advisory lock lets only one of several server
 * instances sweep at a time.
 */
@Component
public class DeadlineSweep {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);
    private static final long LOCK = 0x5649_4749_4c01L; // "VIGIL" + 1

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final Preservation preservation;
    private final Complaints complaints;
    private final Finality finality;
    private final Exposure exposure;
    private final RemovalOrders orders;
    private final OrderLedger ledger;

    DeadlineSweep(JdbcClient jdbc, Clock clock, AuditLog audit, Preservation preservation, Complaints complaints,
            Finality finality, Exposure exposure, RemovalOrders orders, OrderLedger ledger) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.preservation = preservation;
        this.complaints = complaints;
        this.finality = finality;
        this.exposure = exposure;
        this.orders = orders;
        this.ledger = ledger;
    }

    /** What one sweep raised. */
    public record Result(int warnings, int overdue, boolean ran) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        sweep();
    }

    @Scheduled(fixedDelayString = "${vigil.sweep.interval:PT5S}", initialDelayString = "${vigil.sweep.interval:PT5S}")
    void scheduled() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.error("deadline sweep failed; it will run again", e);
        }
    }

    /** Runs one sweep now. */
    @Transactional
    public Result sweep() {
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single();
        if (!locked) {
            return new Result(0, 0, false);
        }
        Instant now = clock.instant();
        Auditor system = Auditor.system("deadline sweep");
        String open = OrderState.OPEN.name();
        List<UUID> warn = jdbc.sql("""
                select id from removal_order
                where state = ? and warned_at is null and period_overdue_at is null and warning_minutes > 0
                  and clock_started_at + make_interval(mins => warning_minutes) <= ? for update skip locked""")
                .params(open, Timestamp.from(now)).query(UUID.class).list();
        for (UUID id : warn) {
            RemovalOrder order = orders.find(new RemovalOrderId(id)).orElseThrow();
            if (OrderTransitions.warning(order.state(), order.warnedAt() != null) instanceof OrderTransition.Allowed) {
                order.deadline().ifPresent(d -> ledger.warned(order, d.warningAt(), system));
            }
        }
        List<UUID> late = jdbc.sql("""
                select id from removal_order
                where state = ? and period_overdue_at is null and due_at <= ? for update skip locked""")
                .params(open, Timestamp.from(now)).query(UUID.class).list();
        for (UUID id : late) {
            RemovalOrder order = orders.find(new RemovalOrderId(id)).orElseThrow();
            // the query selected clocks not yet marked in this period; the model confirms the clock runs
            if (OrderTransitions.overdue(order.state(), false) instanceof OrderTransition.Allowed) {
                order.deadline().ifPresent(d -> ledger.missed(order, d.dueAt(), system));
            }
        }
        List<Object[]> undecided = jdbc.sql("""
                select order_id, decision_due_at from scrutiny
                where decided_at is null and overdue_flagged_at is null and decision_due_at <= ? for update skip locked""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()}).list();
        for (Object[] o : undecided) {
            jdbc.sql("update scrutiny set overdue_flagged_at = ? where order_id = ?").params(Timestamp.from(now), o[0]).update();
            audit.append(system, new AuditEvent("scrutiny.decision_overdue", "removal_order", o[0].toString(), null, null,
                    Map.of("decisionDueAt", o[1])));
        }
        List<Object[]> notReinstated = jdbc.sql("""
                select order_id, reinstatement_due_at from scrutiny
                where reinstated_at is null and reinstatement_overdue_at is null and reinstatement_due_at <= ?
                for update skip locked""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()}).list();
        for (Object[] o : notReinstated) {
            jdbc.sql("update scrutiny set reinstatement_overdue_at = ? where order_id = ?").params(Timestamp.from(now), o[0]).update();
            audit.append(system, new AuditEvent("scrutiny.reinstatement_overdue", "removal_order", o[0].toString(), null,
                    null, Map.of("reinstatementDueAt", o[1])));
        }
        preservation.purgeExpired();
        complaints.flagOverdue();
        finality.markFinal();
        exposure.flagOverdue();
        return new Result(warn.size(), late.size(), true);
    }
}
