package eu.vigil.removalorder;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.Violations;

/**
 * Complaints under Art. 10 (R25): the provider records a complaint it received, decides within 14 days, and
 * may close a rejection only with reasons and information on redress. The issuing authority sees the
 * complaints about its orders; the sweep flags late outcomes.
 */
@Service
public class Complaints {

    /** Art. 10(2): two weeks. */
    public static final Duration OUTCOME_TIME = Duration.ofDays(14);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final RemovalOrders orders;

    Complaints(JdbcClient jdbc, Clock clock, AuditLog audit, RemovalOrders orders) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.orders = orders;
    }

    /** The provider records a complaint received at {@code receivedAt} (not in the future). */
    @Transactional
    public Complaint record(Actor actor, RemovalOrderId id, Integer position, String complainantReference, String grounds,
            Instant receivedAt) {
        RemovalOrder order = addressee(actor, id);
        Instant now = clock.instant();
        Instant received = receivedAt == null ? now : receivedAt;
        new Violations()
                .check(complainantReference == null || complainantReference.isBlank(), "complainantReference",
                        "your reference for the complainant")
                .check(grounds == null || grounds.isBlank(), "grounds", "what does the complainant say?")
                .check(received.isAfter(now), "receivedAt", "cannot be in the future")
                .check(received.isBefore(order.receivedAt()), "receivedAt", "cannot be before the order was received")
                .check(position != null && order.items().stream().noneMatch(i -> i.position() == position), "position",
                        "the order has no item " + position)
                .throwIfPresent();
        UUID cid = UUID.randomUUID();
        jdbc.sql("""
                insert into complaint (id, order_id, position, provider_id, complainant_reference, grounds, received_at, due_at)
                values (?,?,?,?,?,?,?,?)""")
                .params(cid, id.value(), position, order.providerId(), complainantReference.strip(), grounds.strip(),
                        Timestamp.from(received), Timestamp.from(received.plus(OUTCOME_TIME)))
                .update();
        Complaint c = find(cid);
        audit.append(actor.auditor(), new AuditEvent("complaint.received", "removal_order", id.toString(), null, c,
                Map.of("complaint", cid.toString(), "dueAt", c.dueAt())));
        return c;
    }

    /** The provider decides; a rejection needs reasons and the redress information given to the complainant. */
    @Transactional
    public Complaint decide(Actor actor, UUID complaintId, Complaint.Outcome outcome, String reasons, String redress) {
        Complaint c = find(complaintId);
        addressee(actor, c.orderId());
        if (c.decidedAt() != null) {
            throw new RuleViolation("COMPLAINT_DECIDED", "The complaint was decided on " + c.decidedAt() + ".");
        }
        new Violations()
                .check(outcome == null, "outcome", "REINSTATED or REJECTED")
                .check(reasons == null || reasons.isBlank(), "reasons", "give the reasons of the outcome")
                .check(outcome == Complaint.Outcome.REJECTED && (redress == null || redress.isBlank()), "redressInformation",
                        "a rejection must tell the complainant how to seek redress (Art. 10(2))")
                .throwIfPresent();
        Instant now = clock.instant();
        jdbc.sql("""
                update complaint set outcome = ?, outcome_reasons = ?, redress_information = ?, decided_at = ?, decided_by = ?
                where id = ?""")
                .params(outcome.name(), reasons.strip(), redress == null ? null : redress.strip(), Timestamp.from(now),
                        actor.auditor().label(), complaintId)
                .update();
        Complaint decided = find(complaintId);
        audit.append(actor.auditor(), new AuditEvent("complaint.decided", "removal_order", c.orderId().toString(), c,
                decided, Map.of("complaint", complaintId.toString(), "outcome", outcome.name(), "late", c.overdueAt(now))));
        return decided;
    }

    /** Complaints about an order, for everyone who may see the order. */
    public List<Complaint> of(Actor actor, RemovalOrderId id) {
        orders.get(actor, id);
        return jdbc.sql("select * from complaint where order_id = ? order by received_at").param(id.value())
                .query((rs, n) -> map(rs)).list();
    }

    /** Flags complaints without an outcome after 14 days (run by the sweep). */
    @Transactional
    public int flagOverdue() {
        Instant now = clock.instant();
        List<Object[]> late = jdbc.sql("""
                select id, order_id from complaint where decided_at is null and overdue_flagged_at is null and due_at <= ?
                for update skip locked""").param(Timestamp.from(now))
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        for (Object[] l : late) {
            jdbc.sql("update complaint set overdue_flagged_at = ? where id = ?").params(Timestamp.from(now), l[0]).update();
            audit.append(Auditor.system("complaint deadline"), new AuditEvent("complaint.overdue", "removal_order",
                    l[1].toString(), null, null, Map.of("complaint", l[0].toString())));
        }
        return late.size();
    }

    private RemovalOrder addressee(Actor actor, RemovalOrderId id) {
        RemovalOrder order = orders.get(actor, id);
        if (!actor.organisationId().value().equals(order.providerId())) {
            throw new Forbidden("complaints are recorded and decided by the provider that removed the content");
        }
        return order;
    }

    private Complaint find(UUID id) {
        return jdbc.sql("select * from complaint where id = ?").param(id).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new NotFound("complaint " + id));
    }

    private static Complaint map(ResultSet rs) throws SQLException {
        return new Complaint(rs.getObject("id", UUID.class), new RemovalOrderId(rs.getObject("order_id", UUID.class)),
                rs.getObject("position", Integer.class), rs.getString("complainant_reference"), rs.getString("grounds"),
                RemovalOrders.instant(rs.getTimestamp("received_at")), RemovalOrders.instant(rs.getTimestamp("due_at")),
                rs.getString("outcome") == null ? null : Complaint.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("outcome_reasons"), rs.getString("redress_information"),
                RemovalOrders.instant(rs.getTimestamp("decided_at")));
    }
}
