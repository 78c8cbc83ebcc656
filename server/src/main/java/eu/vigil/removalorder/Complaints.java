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

import org.springframework.context.ApplicationEventPublisher;
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
import eu.vigil.shared.StateConflict;
import eu.vigil.shared.Violations;

/**
 * Complaints under Art. 10 (R25): a content provider whose content the provider removed or disabled under its
 * specific measures (Art. 5) asks for reinstatement; the provider records the complaint against that
 * {@link SpecificMeasureRemoval}, decides within 14 days, and may close a rejection only with reasons and
 * information on redress. A removal order is not challenged this way (Art. 9 courts, Art. 4 scrutiny): complaints
 * against orders are refused, and those recorded before issue 11 stay readable and decidable. Decisions are
 * serialised on the complaint row; the role-(c) authority of the provider's host Member State is told of each.
 * The sweep flags late outcomes of both kinds.
 */
@Service
public class Complaints {

    /** Art. 10(2): two weeks. */
    public static final Duration OUTCOME_TIME = Duration.ofDays(14);
    /** The refusal of a complaint against a removal order. */
    public static final String NOT_AN_ART_10_REMOVAL = "NOT_AN_ART_10_REMOVAL";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final RemovalOrders orders;
    private final SpecificMeasureRemovals removals;
    private final ApplicationEventPublisher events;

    Complaints(JdbcClient jdbc, Clock clock, AuditLog audit, RemovalOrders orders, SpecificMeasureRemovals removals,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.orders = orders;
        this.removals = removals;
        this.events = events;
    }

    /** The provider records a complaint about a removal under specific measures, received at {@code receivedAt}. */
    @Transactional
    public Complaint record(Actor actor, SpecificMeasureRemovalId removalId, String complainantReference, String grounds,
            Instant receivedAt) {
        SpecificMeasureRemoval removal = removals.get(actor, removalId);
        if (!SpecificMeasureRemovals.madeBy(actor, removal)) {
            throw new Forbidden("complaints are recorded and decided by the provider that removed the content");
        }
        Instant now = clock.instant();
        Instant received = receivedAt == null ? now : receivedAt;
        new Violations()
                .check(complainantReference == null || complainantReference.isBlank(), "complainantReference",
                        "your reference for the complainant")
                .check(grounds == null || grounds.isBlank(), "grounds", "what does the complainant say?")
                .check(received.isAfter(now), "receivedAt", "cannot be in the future")
                .check(received.isBefore(removal.actedAt()), "receivedAt", "cannot be before the content was removed")
                .throwIfPresent();
        UUID cid = UUID.randomUUID();
        jdbc.sql("""
                insert into complaint (id, removal_id, provider_id, complainant_reference, grounds, received_at, due_at)
                values (?,?,?,?,?,?,?)""")
                .params(cid, removalId.value(), removal.providerId(), complainantReference.strip(), grounds.strip(),
                        Timestamp.from(received), Timestamp.from(received.plus(OUTCOME_TIME)))
                .update();
        Complaint c = find(cid, false);
        audit.append(actor.auditor(), new AuditEvent("complaint.received", "specific_measure_removal",
                removalId.toString(), null, c, Map.of("complaint", cid.toString(), "dueAt", c.dueAt())));
        return c;
    }

    /**
     * Refuses a complaint against a removal order (or one of its items): Art. 10 concerns removals under specific
     * measures; an order is challenged before the courts of the issuing Member State (Art. 9) or through scrutiny
     * by the host Member State (Art. 4). Nothing is recorded.
     */
    public Complaint refuseAgainstOrder(Actor actor, RemovalOrderId id) {
        RemovalOrder order = orders.get(actor, id);
        throw new RuleViolation(NOT_AN_ART_10_REMOVAL, "Removal order " + order.reference() + " is not a removal under"
                + " specific measures: an Art. 10 complaint concerns content the provider removed under its own specific"
                + " measures (Art. 5). A removal order is challenged before the courts of the issuing Member State"
                + " (Art. 9) or through scrutiny by the host Member State's competent authority (Art. 4).");
    }

    /**
     * The provider decides; a rejection needs reasons and the redress information given to the complainant. The
     * complaint row is locked first, so of two concurrent decisions one wins and the other is refused (409).
     */
    @Transactional
    public Complaint decide(Actor actor, UUID complaintId, Complaint.Outcome outcome, String reasons, String redress) {
        Complaint c = find(complaintId, true);
        Concerned concerned = concerned(actor, c);
        if (!actor.organisationId().value().equals(concerned.provider())) {
            throw new Forbidden("complaints are recorded and decided by the provider that removed the content");
        }
        if (c.decidedAt() != null) {
            throw new StateConflict("COMPLAINT_DECIDED", c.outcome().name(), "The complaint was decided on "
                    + c.decidedAt() + ": " + c.outcome().name() + ".");
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
                .params(outcome.name(), reasons.strip(), redress == null || redress.isBlank() ? null : redress.strip(),
                        Timestamp.from(now), actor.auditor().label(), complaintId)
                .update();
        Complaint decided = find(complaintId, false);
        events.publishEvent(ComplaintDecided.of(actor.auditor(), decided,
                removals.overseers(concerned.hostMemberState(), now), c.overdueAt(now)));
        return decided;
    }

    /** Complaints recorded against an order before issue 11, for everyone who may see the order (read-only). */
    public List<Complaint> of(Actor actor, RemovalOrderId id) {
        orders.get(actor, id);
        return jdbc.sql("select * from complaint where order_id = ? order by received_at").param(id.value())
                .query((rs, n) -> map(rs)).list();
    }

    /** Complaints about a removal under specific measures, for the provider and the overseeing authority. */
    public List<Complaint> of(Actor actor, SpecificMeasureRemovalId id) {
        removals.get(actor, id);
        return jdbc.sql("select * from complaint where removal_id = ? order by received_at").param(id.value())
                .query((rs, n) -> map(rs)).list();
    }

    /** Flags complaints of both kinds without an outcome after 14 days (run by the sweep). */
    @Transactional
    public int flagOverdue() {
        Instant now = clock.instant();
        List<Complaint> late = jdbc.sql("""
                select * from complaint where decided_at is null and overdue_flagged_at is null and due_at <= ?
                for update skip locked""").param(Timestamp.from(now)).query((rs, n) -> map(rs)).list();
        for (Complaint l : late) {
            jdbc.sql("update complaint set overdue_flagged_at = ? where id = ?").params(Timestamp.from(now), l.id()).update();
            audit.append(Auditor.system("complaint deadline"), new AuditEvent("complaint.overdue",
                    l.removalId() != null ? "specific_measure_removal" : "removal_order",
                    l.removalId() != null ? l.removalId().toString() : l.orderId().toString(), null, null,
                    Map.of("complaint", l.id().toString())));
        }
        return late.size();
    }

    /** The provider a complaint concerns and its host Member State (whose role-(c) authority is told). */
    private record Concerned(UUID provider, String hostMemberState) {
    }

    private Concerned concerned(Actor actor, Complaint c) {
        if (c.removalId() != null) {
            SpecificMeasureRemoval r = removals.get(actor, c.removalId());
            return new Concerned(r.providerId(), r.memberState());
        }
        RemovalOrder o = orders.get(actor, c.orderId());
        return new Concerned(o.providerId(), o.hostMemberState() == null ? null : o.hostMemberState().strip());
    }

    private Complaint find(UUID id, boolean lock) {
        return jdbc.sql("select * from complaint where id = ?" + (lock ? " for update" : "")).param(id)
                .query((rs, n) -> map(rs)).optional().orElseThrow(() -> new NotFound("complaint " + id));
    }

    private static Complaint map(ResultSet rs) throws SQLException {
        UUID removal = rs.getObject("removal_id", UUID.class);
        UUID order = rs.getObject("order_id", UUID.class);
        return new Complaint(rs.getObject("id", UUID.class), removal == null ? null : new SpecificMeasureRemovalId(removal),
                order == null ? null : new RemovalOrderId(order),
                rs.getObject("position", Integer.class), rs.getString("complainant_reference"), rs.getString("grounds"),
                RemovalOrders.instant(rs.getTimestamp("received_at")), RemovalOrders.instant(rs.getTimestamp("due_at")),
                rs.getString("outcome") == null ? null : Complaint.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("outcome_reasons"), rs.getString("redress_information"),
                RemovalOrders.instant(rs.getTimestamp("decided_at")));
    }
}
