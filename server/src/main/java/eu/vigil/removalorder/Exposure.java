package eu.vigil.removalorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
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
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityId;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.Violations;

/**
 * Exposure under Art. 5 (R22-R24): two or more final orders in the preceding twelve months raise an
 * assessment task for the host Member State's role-(c) authority; after an exposure decision the provider
 * reports on its specific measures three months later and then every twelve months; a review request starts
 * a three-month decision timer. The sweep flags late reports and late review decisions.
 */
@Service
public class Exposure {

    /** Art. 5(4): final orders in this period count. */
    public static final Period WINDOW = Period.ofMonths(12);
    /** R22: this many final orders raise the task. */
    public static final int THRESHOLD = 2;
    /** Art. 5(5): first report. */
    public static final Period FIRST_REPORT = Period.ofMonths(3);
    /** Art. 5(5): later reports. */
    public static final Period NEXT_REPORT = Period.ofMonths(12);
    /** Art. 5(7): review decision. */
    public static final Period REVIEW_TIME = Period.ofMonths(3);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final CompetentAuthorities authorities;
    private final eu.vigil.notification.Notifications notifications;
    private final ApplicationEventPublisher events;

    Exposure(JdbcClient jdbc, Clock clock, AuditLog audit, CompetentAuthorities authorities,
            eu.vigil.notification.Notifications notifications, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.authorities = authorities;
        this.notifications = notifications;
    }

    /** Final orders of the provider in the twelve months before now, of the types that count under Art. 5 (defect 6). */
    public int finalOrdersInWindow(UUID providerId) {
        Instant now = clock.instant();
        Instant from = now.atZone(ZoneOffset.UTC).minus(WINDOW).toInstant();
        return jdbc.sql("""
                select count(*) from removal_order o join order_type t on t.code = o.order_type
                where o.provider_id = ? and o.final_at > ? and o.final_at <= ? and t.counts_for_exposure""")
                .params(providerId, Timestamp.from(from), Timestamp.from(now)).query(Integer.class).single();
    }

    /** Raises the assessment task when the threshold is reached and no case is open (R22). */
    @Transactional
    public void evaluate(UUID providerId, String hostMemberState) {
        int count = finalOrdersInWindow(providerId);
        if (count < THRESHOLD) {
            return;
        }
        UUID id = UUID.randomUUID();
        int added = jdbc.sql("""
                insert into exposure_case (id, provider_id, member_state, raised_at, final_orders) values (?,?,?,?,?)
                on conflict do nothing""")
                .params(id, providerId, hostMemberState, Timestamp.from(clock.instant()), count).update();
        if (added == 1) {
            notifications.notify(authorities.asOf(clock.instant()).stream()
                    .filter(a -> a.memberState().equals(hostMemberState) && a.holds(AuthorityRole.SPECIFIC_MEASURES))
                    .map(a -> a.id().value()).toList(), "exposure.assessment_raised", "exposure_case", id.toString(),
                    "A provider received " + count + " final removal orders in twelve months: assess its exposure (Art. 5(4)).");
            audit.append(Auditor.system("exposure"), new AuditEvent("exposure.assessment_raised", "hosting_service_provider",
                    providerId.toString(), null, null, Map.of("case", id.toString(), "finalOrders", count,
                            "memberState", String.valueOf(hostMemberState))));
        }
    }

    /** Cases visible to the actor: its own as provider, or its Member State's as a competent authority. */
    public List<ExposureCase> visibleTo(Actor actor) {
        String where = actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER ? "provider_id = :org"
                : actor.kind() == OrganisationKind.COMPETENT_AUTHORITY ? "member_state = :ms" : "false";
        return jdbc.sql("select * from exposure_case where " + where + " order by raised_at desc")
                .param("org", actor.organisationId().value()).param("ms", String.valueOf(actor.memberState()))
                .query((rs, n) -> map(rs)).list();
    }

    /** The role-(c) authority decides whether the provider is exposed; a positive decision schedules reports. */
    @Transactional
    public ExposureCase decide(Actor actor, UUID caseId, boolean exposed, String reasons) {
        ExposureCase c = supervised(actor, caseId);
        new Violations().check(reasons == null || reasons.isBlank(), "reasons", "give the reasons of the decision")
                .throwIfPresent();
        if (c.decidedAt() != null) {
            throw new RuleViolation("EXPOSURE_DECIDED", "Decided on " + c.decidedAt() + ".");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                update exposure_case set decided_at = ?, exposed = ?, decision_reasons = ?, decided_by = ?,
                    decided_by_organisation = ? where id = ?""")
                .params(Timestamp.from(now), exposed, reasons.strip(), actor.auditor().label(),
                        actor.organisationId().value(), caseId).update();
        if (exposed) {
            scheduleReport(caseId, now.atZone(ZoneOffset.UTC).plus(FIRST_REPORT).toInstant());
        }
        ExposureCase decided = get(caseId);
        events.publishEvent(ExposureEvent.decided(actor.auditor(), decided));
        return decided;
    }

    /** The provider submits the next due report; the following one is due twelve months after this one was due. */
    @Transactional
    public ExposureCase submitReport(Actor actor, UUID caseId, String summary) {
        ExposureCase c = get(caseId);
        if (!actor.organisationId().value().equals(c.providerId())) {
            throw new NotFound("exposure case " + caseId);
        }
        new Violations().check(summary == null || summary.isBlank(), "summary", "describe the specific measures taken")
                .throwIfPresent();
        if (c.endedAt() != null) {
            throw new RuleViolation("EXPOSURE_ENDED", "You are no longer exposed since " + c.endedAt()
                    + " (Art. 5(7)): no specific-measures report is owed.");
        }
        ExposureCase.Report next = c.nextReportDue()
                .orElseThrow(() -> new RuleViolation("NO_REPORT_DUE", "No specific-measures report is due."));
        jdbc.sql("update specific_measures_report set submitted_at = ?, summary = ? where case_id = ? and due_at = ?")
                .params(Timestamp.from(clock.instant()), summary.strip(), caseId, Timestamp.from(next.dueAt())).update();
        scheduleReport(caseId, next.dueAt().atZone(ZoneOffset.UTC).plus(NEXT_REPORT).toInstant());
        audit.append(actor.auditor(), new AuditEvent("exposure.report_submitted", "hosting_service_provider",
                c.providerId().toString(), null, null, Map.of("case", caseId.toString(), "dueAt", next.dueAt())));
        return get(caseId);
    }

    /** The provider requests a review (Art. 5(7)); the authority has three months to decide (R24). */
    @Transactional
    public ExposureCase requestReview(Actor actor, UUID caseId) {
        return requestReview(actor, caseId, null);
    }

    /**
     * The provider requests a review (Art. 5(7)), e.g. a decision that it is no longer exposed, giving its reasons;
     * the authority has three months to decide (R24).
     */
    @Transactional
    public ExposureCase requestReview(Actor actor, UUID caseId, String reasons) {
        ExposureCase c = get(caseId);
        if (!actor.organisationId().value().equals(c.providerId())) {
            throw new NotFound("exposure case " + caseId);
        }
        if (c.decidedAt() == null || c.endedAt() != null || c.reviewRequestedAt() != null && c.reviewDecidedAt() == null) {
            throw new RuleViolation("REVIEW_NOT_POSSIBLE", "A review can be requested after a decision, one at a time,"
                    + " while the decision stands.");
        }
        Instant now = clock.instant();
        jdbc.sql("""
                update exposure_case set review_requested_at = ?, review_due_at = ?, review_decided_at = null,
                    review_outcome = null, review_overdue_at = null, review_reasons = ? where id = ?""")
                .params(Timestamp.from(now), Timestamp.from(now.atZone(ZoneOffset.UTC).plus(REVIEW_TIME).toInstant()),
                        reasons == null || reasons.isBlank() ? null : reasons.strip(), caseId)
                .update();
        audit.append(actor.auditor(), new AuditEvent("exposure.review_requested", "hosting_service_provider",
                c.providerId().toString(), null, null, Map.of("case", caseId.toString())));
        return get(caseId);
    }

    /** The authority decides the review. */
    @Transactional
    public ExposureCase decideReview(Actor actor, UUID caseId, String outcome) {
        ExposureCase c = supervised(actor, caseId);
        new Violations().check(outcome == null || outcome.isBlank(), "outcome", "state the outcome of the review")
                .throwIfPresent();
        if (c.reviewRequestedAt() == null || c.reviewDecidedAt() != null) {
            throw new RuleViolation("NO_REVIEW_PENDING", "No review request is pending.");
        }
        jdbc.sql("update exposure_case set review_decided_at = ?, review_outcome = ? where id = ?")
                .params(Timestamp.from(clock.instant()), outcome.strip(), caseId).update();
        audit.append(actor.auditor(), new AuditEvent("exposure.review_decided", "hosting_service_provider",
                c.providerId().toString(), null, null, Map.of("case", caseId.toString())));
        return get(caseId);
    }

    /**
     * Art. 5(7): the authority that decided exposure decides that the provider is no longer exposed, on its own
     * initiative or answering the provider's pending review request (which this decides). Reports not yet submitted
     * lapse: no report is owed and none is flagged late afterwards. The provider is told.
     */
    @Transactional
    public ExposureCase endExposure(Actor actor, UUID caseId, String reasons) {
        ExposureCase c = supervised(actor, caseId);
        UUID decider = jdbc.sql("select decided_by_organisation from exposure_case where id = ?").param(caseId)
                .query(UUID.class).optional().orElse(null);
        if (decider != null && !decider.equals(actor.organisationId().value())) {
            throw new Forbidden("only the authority that decided the exposure decides that it has ended");
        }
        new Violations().check(reasons == null || reasons.isBlank(), "reasons", "give the reasons of the decision")
                .throwIfPresent();
        if (!c.exposedNow()) {
            throw new RuleViolation("NOT_EXPOSED", c.endedAt() != null ? "Exposure ended on " + c.endedAt() + "."
                    : "The provider was not decided to be exposed.");
        }
        Instant now = clock.instant();
        boolean onRequest = c.reviewRequestedAt() != null && c.reviewDecidedAt() == null;
        jdbc.sql("""
                update exposure_case set ended_at = ?, end_reasons = ?, ended_by = ?, ended_on = ?,
                    review_decided_at = case when ? then ? else review_decided_at end,
                    review_outcome = case when ? then ? else review_outcome end where id = ?""")
                .params(Timestamp.from(now), reasons.strip(), actor.auditor().label(),
                        (onRequest ? ExposureCase.Ending.PROVIDER_REQUEST : ExposureCase.Ending.AUTHORITY).name(),
                        onRequest, Timestamp.from(now), onRequest, "No longer exposed: " + reasons.strip(), caseId)
                .update();
        jdbc.sql("update specific_measures_report set lapsed_at = ? where case_id = ? and submitted_at is null")
                .params(Timestamp.from(now), caseId).update();
        ExposureCase ended = get(caseId);
        events.publishEvent(ExposureEvent.ended(actor.auditor(), ended));
        return ended;
    }

    /** Flags late reports and late review decisions (run by the sweep). */
    @Transactional
    public void flagOverdue() {
        Timestamp now = Timestamp.from(clock.instant());
        for (Object[] r : jdbc.sql("""
                select r.case_id, r.due_at from specific_measures_report r join exposure_case c on c.id = r.case_id
                where r.submitted_at is null and r.overdue_at is null and r.lapsed_at is null and c.ended_at is null
                  and r.due_at <= ? for update of r skip locked""").param(now)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getTimestamp(2)}).list()) {
            jdbc.sql("update specific_measures_report set overdue_at = ? where case_id = ? and due_at = ?")
                    .params(now, r[0], r[1]).update();
            events.publishEvent(ExposureEvent.reportOverdue(Auditor.system("exposure"), get((UUID) r[0]), now.toInstant(),
                    ((Timestamp) r[1]).toInstant()));
        }
        for (UUID id : jdbc.sql("""
                select id from exposure_case where review_requested_at is not null and review_decided_at is null
                  and review_overdue_at is null and review_due_at <= ? for update skip locked""").param(now)
                .query(UUID.class).list()) {
            jdbc.sql("update exposure_case set review_overdue_at = ? where id = ?").params(now, id).update();
            audit.append(Auditor.system("exposure"), new AuditEvent("exposure.review_overdue", "exposure_case",
                    id.toString(), null, null, Map.of()));
        }
    }

    private void scheduleReport(UUID caseId, Instant due) {
        jdbc.sql("insert into specific_measures_report (case_id, due_at) values (?,?) on conflict do nothing")
                .params(caseId, Timestamp.from(due)).update();
    }

    private ExposureCase supervised(Actor actor, UUID caseId) {
        ExposureCase c = get(caseId);
        boolean supervisor = actor.kind() == OrganisationKind.COMPETENT_AUTHORITY && c.memberState() != null
                && c.memberState().equals(actor.memberState())
                && authorities.find(new AuthorityId(actor.organisationId().value()), clock.instant())
                        .map(a -> a.holds(AuthorityRole.SPECIFIC_MEASURES)).orElse(false);
        if (!supervisor) {
            throw new Forbidden("only the host Member State's authority designated under Art. 12(1)(c) decides on exposure");
        }
        return c;
    }

    private ExposureCase get(UUID id) {
        return jdbc.sql("select * from exposure_case where id = ?").param(id).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new NotFound("exposure case " + id));
    }

    private ExposureCase map(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<ExposureCase.Report> reports = jdbc.sql("select * from specific_measures_report where case_id = ? order by due_at")
                .param(id).query((r, n) -> new ExposureCase.Report(r.getTimestamp("due_at").toInstant(),
                        RemovalOrders.instant(r.getTimestamp("submitted_at")), r.getString("summary"),
                        RemovalOrders.instant(r.getTimestamp("overdue_at")),
                        RemovalOrders.instant(r.getTimestamp("lapsed_at")))).list();
        String ms = rs.getString("member_state");
        return new ExposureCase(id, rs.getObject("provider_id", UUID.class), ms == null ? null : ms.strip(),
                rs.getTimestamp("raised_at").toInstant(), rs.getInt("final_orders"),
                RemovalOrders.instant(rs.getTimestamp("decided_at")), (Boolean) rs.getObject("exposed"),
                rs.getString("decision_reasons"), RemovalOrders.instant(rs.getTimestamp("review_requested_at")),
                RemovalOrders.instant(rs.getTimestamp("review_due_at")), RemovalOrders.instant(rs.getTimestamp("review_decided_at")),
                rs.getString("review_outcome"), reports, rs.getString("review_reasons"),
                RemovalOrders.instant(rs.getTimestamp("ended_at")), rs.getString("end_reasons"),
                rs.getString("ended_on") == null ? null : ExposureCase.Ending.valueOf(rs.getString("ended_on")));
    }
}
