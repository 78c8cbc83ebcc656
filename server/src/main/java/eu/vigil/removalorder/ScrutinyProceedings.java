package eu.vigil.removalorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityId;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.Violations;

/**
 * Scrutiny of cross-border orders by the host Member State (Art. 4): requests by the provider or the
 * content provider within 48 hours (R17), own-initiative scrutiny within the 72-hour window (R16), a
 * decision within 72 hours of a request (R18) preceded by a notice of intention to the issuer (R19), and
 * after a finding of infringement the end of the order's legal effect and a reinstatement task (R20).
 */
@Service
public class ScrutinyProceedings {

    /** Art. 4(4): time to request scrutiny. */
    public static final Duration REQUEST_WINDOW = Duration.ofHours(48);
    /** Art. 4(4): time to decide on a request. */
    public static final Duration DECISION_TIME = Duration.ofHours(72);
    /** R20: reinstatement expected within this time after an infringement finding (configurable later). */
    public static final Duration REINSTATEMENT_TIME = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final RemovalOrders orders;
    private final CompetentAuthorities authorities;
    private final OrderLedger ledger;
    private final eu.vigil.notification.Notifications notifications;
    private final ApplicationEventPublisher events;

    ScrutinyProceedings(JdbcClient jdbc, Clock clock, AuditLog audit, RemovalOrders orders,
            CompetentAuthorities authorities, OrderLedger ledger, eu.vigil.notification.Notifications notifications,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.orders = orders;
        this.authorities = authorities;
        this.ledger = ledger;
        this.notifications = notifications;
    }

    public Optional<Scrutiny> find(RemovalOrderId id) {
        return jdbc.sql("select * from scrutiny where order_id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    /** The provider requests scrutiny within 48 hours of receipt (R17). */
    @Transactional
    public Scrutiny requestByProvider(Actor actor, RemovalOrderId id, String reasons) {
        RemovalOrder order = orders.get(actor, id);
        if (!actor.organisationId().value().equals(order.providerId())) {
            throw new Forbidden("only the addressee or the host Member State's authority starts a scrutiny");
        }
        Instant now = clock.instant();
        requireCrossBorder(order);
        new Violations().check(reasons == null || reasons.isBlank(), "reasons", "give the reasons of the request")
                .throwIfPresent();
        Instant deadline = order.receivedAt().plus(REQUEST_WINDOW);
        if (now.isAfter(deadline)) {
            throw new RuleViolation("SCRUTINY_REQUEST_TOO_LATE", "A scrutiny request had to be filed by " + deadline
                    + " (48 hours after receipt of the order, Art. 4(4)).");
        }
        Optional<Scrutiny> running = find(id);
        if (running.isPresent()) {
            return join(actor, order, running.get(), Scrutiny.Initiator.PROVIDER, reasons.strip(), now);
        }
        return start(actor, order, Scrutiny.Initiator.PROVIDER, reasons.strip(), now, now.plus(DECISION_TIME));
    }

    /**
     * The host Member State's authority starts a scrutiny on its own initiative within its 72-hour window
     * (decision due at the window's end), or records a content provider's request received within 48 hours
     * of the Art. 11(2) information (decision due 72 hours after the request).
     */
    @Transactional
    public Scrutiny startByHostAuthority(Actor actor, RemovalOrderId id, Scrutiny.Initiator initiator, String reasons,
            Instant contentProviderInformedAt) {
        RemovalOrder order = hostOrder(actor, id);
        requireCrossBorder(order);
        Instant now = clock.instant();
        Optional<Scrutiny> running = find(id);
        if (initiator == Scrutiny.Initiator.CONTENT_PROVIDER) {
            new Violations()
                    .check(contentProviderInformedAt == null, "contentProviderInformedAt",
                            "when did the content provider receive the Art. 11(2) information?")
                    .check(reasons == null || reasons.isBlank(), "reasons", "give the reasons of the request")
                    .throwIfPresent();
            Instant deadline = contentProviderInformedAt.plus(REQUEST_WINDOW);
            if (now.isAfter(deadline)) {
                throw new RuleViolation("SCRUTINY_REQUEST_TOO_LATE", "The content provider's request had to arrive by "
                        + deadline + " (48 hours after the Art. 11(2) information, Art. 4(4)).");
            }
            if (running.isPresent()) {
                return join(actor, order, running.get(), initiator, reasons.strip(), now);
            }
            return start(actor, order, initiator, reasons.strip(), now, now.plus(DECISION_TIME));
        }
        if (initiator != Scrutiny.Initiator.OWN_INITIATIVE) {
            throw new Forbidden("the provider files its own scrutiny request");
        }
        if (running.isPresent()) {
            throw new RuleViolation("SCRUTINY_EXISTS", "This order is already under scrutiny.");
        }
        ScrutinyCopy copy = order.scrutinyCopy().orElseThrow();
        if (!copy.delivered()) { // defect 5: no copy was received, so no own-initiative window runs
            throw new RuleViolation("COPY_UNDELIVERABLE", "The copy of this order could not be delivered to " + copy.memberState()
                    + " (no role-(b) authority on this installation), so no own-initiative window runs (Art. 4(3)).");
        }
        if (!copy.openAt(now)) {
            throw new RuleViolation("SCRUTINY_WINDOW_CLOSED", "The own-initiative window closed at "
                    + copy.windowEndsAt() + " (72 hours after receipt of the copy, Art. 4(3)).");
        }
        return start(actor, order, initiator, reasons == null ? null : reasons.strip(), now, copy.windowEndsAt());
    }

    /** Art. 4(5): the host authority informs the issuer of its intended decision (R19). */
    @Transactional
    public Scrutiny noticeOfIntention(Actor actor, RemovalOrderId id, String text) {
        RemovalOrder order = hostOrder(actor, id);
        Scrutiny s = open(order);
        new Violations().check(text == null || text.isBlank(), "notice", "write the notice to the issuing authority")
                .throwIfPresent();
        Instant now = clock.instant();
        jdbc.sql("update scrutiny set notice_of_intention_at = ?, notice_of_intention = ? where order_id = ?")
                .params(Timestamp.from(now), text.strip(), id.value()).update();
        events.publishEvent(ScrutinyEvent.noticeOfIntention(actor.auditor(), order, now, text.strip()));
        return find(id).orElseThrow();
    }

    /** The decision; an infringement ends the order's legal effect and opens a reinstatement task (R20). */
    @Transactional
    public Scrutiny decide(Actor actor, RemovalOrderId id, Scrutiny.Outcome outcome, String reasons) {
        RemovalOrder order = hostOrder(actor, id);
        Scrutiny s = open(order);
        new Violations()
                .check(outcome == null, "outcome", "INFRINGEMENT or NO_INFRINGEMENT")
                .check(reasons == null || reasons.isBlank(), "reasons", "give the reasons of the decision")
                .throwIfPresent();
        if (s.noticeOfIntentionAt() == null) {
            throw new RuleViolation("NOTICE_OF_INTENTION_MISSING",
                    "Inform the issuing authority of the intended decision first (Art. 4(5)).");
        }
        Instant now = clock.instant();
        Instant reinstatementDue = outcome == Scrutiny.Outcome.INFRINGEMENT ? now.plus(REINSTATEMENT_TIME) : null;
        jdbc.sql("""
                update scrutiny set decided_at = ?, outcome = ?, decision_reasons = ?, decided_by = ?,
                    reinstatement_due_at = ? where order_id = ?""")
                .params(Timestamp.from(now), outcome.name(), reasons.strip(), actor.auditor().label(),
                        reinstatementDue == null ? null : Timestamp.from(reinstatementDue), id.value())
                .update();
        if (outcome == Scrutiny.Outcome.INFRINGEMENT) {
            RemovalOrder locked = ledger.lock(id);
            OrderTransitions.noLegalEffect(locked.state()).orRefuse();
            ledger.legalEffectEnded(locked, now, actor.auditor(), "scrutiny found an infringement (Art. 4(7))",
                    Map.of("reasons", reasons.strip(), "reinstatementDueAt", reinstatementDue.toString()));
        }
        Scrutiny decided = find(id).orElseThrow();
        events.publishEvent(ScrutinyEvent.decided(actor.auditor(), actor.organisationId().value(), order, decided,
                notifications.europol()));
        return decided;
    }

    /** The provider confirms that content was reinstated after an infringement finding. */
    @Transactional
    public Scrutiny confirmReinstatement(Actor actor, RemovalOrderId id) {
        RemovalOrder order = orders.get(actor, id);
        if (!actor.organisationId().value().equals(order.providerId())) {
            throw new Forbidden("only the addressee reinstates content");
        }
        Scrutiny s = find(id).filter(x -> x.outcome() == Scrutiny.Outcome.INFRINGEMENT && x.reinstatedAt() == null)
                .orElseThrow(() -> new RuleViolation("NOTHING_TO_REINSTATE", "No infringement finding awaits reinstatement."));
        Instant now = clock.instant();
        jdbc.sql("update scrutiny set reinstated_at = ? where order_id = ?").params(Timestamp.from(now), id.value()).update();
        audit.append(actor.auditor(), new AuditEvent("scrutiny.reinstated", "removal_order", id.toString(), s, null,
                Map.of("reference", order.reference(), "late", s.reinstatementOverdueAt(now))));
        return find(id).orElseThrow();
    }

    private Scrutiny start(Actor actor, RemovalOrder order, Scrutiny.Initiator initiator, String reasons, Instant at,
            Instant due) {
        jdbc.sql("""
                insert into scrutiny (order_id, initiated_by, request_reasons, requested_at, decision_due_at)
                values (?,?,?,?,?)""")
                .params(order.id().value(), initiator.name(), reasons, Timestamp.from(at), Timestamp.from(due)).update();
        Scrutiny s = find(order.id()).orElseThrow();
        events.publishEvent(ScrutinyEvent.started(actor.auditor(), actor.organisationId().value(), order, s,
                hostAuthorities(order)));
        return s;
    }

    /**
     * The authorities that scrutinise for the order's host Member State (Art. 12(1)(b)): the copy's recipient and
     * every other one in the register, since any of them may take the request up.
     */
    private java.util.List<java.util.UUID> hostAuthorities(RemovalOrder order) {
        var ids = new java.util.ArrayList<java.util.UUID>();
        order.scrutinyCopy().map(ScrutinyCopy::authorityId).ifPresent(ids::add);
        authorities.asOf(clock.instant()).stream()
                .filter(a -> a.memberState().equals(order.hostMemberState()) && a.holds(AuthorityRole.SCRUTINISE))
                .forEach(a -> ids.add(a.id().value()));
        return ids;
    }

    /**
     * What {@code actor} may do in the scrutiny of {@code order} now; pages offer only these and the methods above
     * refuse the rest by the same rules.
     */
    public ScrutinyActions actions(Actor actor, RemovalOrder order) {
        var party = new ScrutinyActions.Party(actor.has(eu.vigil.identity.Role.OPERATOR),
                actor.organisationId().value().equals(order.providerId()), scrutiniser(actor, order));
        return ScrutinyActions.of(order, find(order.id()).orElse(null), party, clock.instant());
    }

    /** Whether the actor's organisation is an authority of the order's host Member State holding role (b) now. */
    private boolean scrutiniser(Actor actor, RemovalOrder order) {
        return actor.kind() == OrganisationKind.COMPETENT_AUTHORITY
                && actor.memberState() != null && actor.memberState().equals(order.hostMemberState())
                && authorities.find(new AuthorityId(actor.organisationId().value()), clock.instant())
                        .map(a -> a.holds(AuthorityRole.SCRUTINISE)).orElse(false);
    }

    private RemovalOrder hostOrder(Actor actor, RemovalOrderId id) {
        RemovalOrder order = orders.get(actor, id);
        if (!scrutiniser(actor, order)) {
            throw new Forbidden("only the host Member State's authority designated under Art. 12(1)(b) scrutinises");
        }
        return order;
    }

    private static void requireCrossBorder(RemovalOrder order) {
        if (!order.type().opensCrossBorderScrutiny()) { // defect 6: Art. 4 scrutiny is for TCO orders only
            throw new RuleViolation("NO_SCRUTINY_FOR_ORDER_TYPE", order.type().name() + " is not scrutinised by the host"
                    + " Member State under Art. 4 of Regulation (EU) 2021/784.");
        }
        if (!order.crossBorder()) {
            throw new RuleViolation("NOT_CROSS_BORDER", "Only orders to a provider in another Member State are scrutinised (Art. 4).");
        }
    }

    /**
     * A party's own request while a scrutiny runs (defect 8): it is recorded and joins that scrutiny, whose decision
     * answers it; the decision is then due 72 hours after this request (Art. 4(4)), or later if the running
     * scrutiny already had a later date. A decided scrutiny takes no more requests: its decision is challenged
     * before the courts of the host Member State (Art. 9).
     */
    private Scrutiny join(Actor actor, RemovalOrder order, Scrutiny running, Scrutiny.Initiator party, String reasons,
            Instant now) {
        if (running.decidedAt() != null) {
            throw new RuleViolation("SCRUTINY_DECIDED", "The scrutiny of this order was decided on " + running.decidedAt()
                    + "; the decision can be challenged before the courts of " + order.hostMemberState() + " (Art. 9).");
        }
        if (party == Scrutiny.Initiator.PROVIDER && running.requestedByProvider()) {
            throw new RuleViolation("SCRUTINY_ALREADY_REQUESTED", "You already requested this scrutiny.");
        }
        Instant due = now.plus(DECISION_TIME);
        jdbc.sql("""
                insert into scrutiny_request (id, order_id, party, reasons, requested_at, decision_due_at, recorded_by)
                values (?,?,?,?,?,?,?)""")
                .params(java.util.UUID.randomUUID(), order.id().value(), party.name(), reasons, Timestamp.from(now),
                        Timestamp.from(due), actor.auditor().label()).update();
        jdbc.sql("update scrutiny set decision_due_at = greatest(decision_due_at, ?) where order_id = ?")
                .params(Timestamp.from(due), order.id().value()).update();
        Scrutiny joined = find(order.id()).orElseThrow();
        events.publishEvent(ScrutinyEvent.requestJoined(actor.auditor(), actor.organisationId().value(), order,
                new Scrutiny.Request(party, reasons, now, due), joined, hostAuthorities(order)));
        return joined;
    }

    private Scrutiny open(RemovalOrder order) {
        Scrutiny s = find(order.id()).orElseThrow(() -> new RuleViolation("NO_SCRUTINY", "No scrutiny of this order is open."));
        if (s.decidedAt() != null) {
            throw new RuleViolation("SCRUTINY_DECIDED", "The scrutiny was decided on " + s.decidedAt() + ".");
        }
        return s;
    }

    private Scrutiny map(ResultSet rs) throws SQLException {
        java.util.List<Scrutiny.Request> joined = jdbc.sql("""
                select party, reasons, requested_at, decision_due_at from scrutiny_request where order_id = ?
                order by requested_at, id""").param(rs.getObject("order_id", java.util.UUID.class))
                .query((r, n) -> new Scrutiny.Request(Scrutiny.Initiator.valueOf(r.getString(1)), r.getString(2),
                        r.getTimestamp(3).toInstant(), r.getTimestamp(4).toInstant())).list();
        return new Scrutiny(Scrutiny.Initiator.valueOf(rs.getString("initiated_by")), rs.getString("request_reasons"),
                RemovalOrders.instant(rs.getTimestamp("requested_at")), RemovalOrders.instant(rs.getTimestamp("decision_due_at")),
                RemovalOrders.instant(rs.getTimestamp("notice_of_intention_at")), rs.getString("notice_of_intention"),
                RemovalOrders.instant(rs.getTimestamp("decided_at")),
                rs.getString("outcome") == null ? null : Scrutiny.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("decision_reasons"), RemovalOrders.instant(rs.getTimestamp("reinstatement_due_at")),
                RemovalOrders.instant(rs.getTimestamp("reinstated_at")), joined);
    }
}
