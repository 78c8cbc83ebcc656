package eu.vigil.crisis;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.StateConflict;
import eu.vigil.shared.Violations;

/**
 * Crisis cases (R39, R40): a participant raises an alert, Europol's coordinator moves the case through its phases
 * with a reason, participants post situation reports and acknowledge the activation. Every change is one
 * {@link CrisisEvent} to every participant, in the transaction of the change; the rules are asked of
 * {@link CrisisRules} before anything is written, with the case's row locked so two coordinators cannot both move
 * it from the same phase.
 */
@Service
public class Crises {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CrisisParticipants participants;
    private final ApplicationEventPublisher events;

    Crises(JdbcClient jdbc, Clock clock, CrisisParticipants participants, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.participants = participants;
        this.events = events;
    }

    /** Any participant raises an alert with what it saw; every participant learns of it at once. */
    @Transactional
    public CrisisCase raiseAlert(Actor actor, String title, String observation) {
        requireParticipant(actor);
        new Violations().check(title == null || title.isBlank(), "title", "give the crisis a short name")
                .check(observation == null || observation.isBlank(), "observation", "say what you saw and where")
                .throwIfPresent();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String reference = "EUCP-" + now.atZone(ZoneOffset.UTC).getYear() + "-"
                + id.toString().substring(0, 6).toUpperCase(Locale.ROOT);
        jdbc.sql("""
                insert into crisis_case (id, reference, title, phase, raised_by, raised_at, observation)
                values (?,?,?,?,?,?,?)""")
                .params(id, reference, title.strip(), CrisisPhase.ALERT.name(), actor.organisationId().value(),
                        Timestamp.from(now), observation.strip())
                .update();
        CrisisCase crisis = load(new CrisisId(id)).orElseThrow();
        events.publishEvent(new CrisisEvent(CrisisEvent.ALERT_RAISED, crisis, now, actor.auditor(), participants.all(),
                "Crisis alert " + reference + " (" + crisis.title() + ") raised by " + actor.organisationName() + ": "
                        + crisis.observation(), Map.of("raisedBy", actor.organisationName(), "title", crisis.title())));
        return crisis;
    }

    /** The coordinator moves the case (R39); refused steps name why, nothing is written. */
    @Transactional
    public CrisisCase step(Actor actor, CrisisId id, CrisisStep step, String reason) {
        requireParticipant(actor);
        CrisisCase before = lock(id);
        switch (before.step(step, CrisisParticipants.coordinator(actor), reason)) {
            case CrisisTransition.Refused r when r.reason() == CrisisRefusal.NOT_THE_COORDINATOR ->
                    throw new Forbidden("only Europol's crisis coordinator decides the phases of a crisis (R39)");
            case CrisisTransition.Refused r when r.reason() == CrisisRefusal.REASON_REQUIRED ->
                    throw InvalidInput.of("reason", step == CrisisStep.RECORD_REVIEW ? "write the post-crisis review"
                            : "give the reason for this step");
            case CrisisTransition.Refused r -> throw new StateConflict(r.reason().name(), r.phase().name(),
                    "A crisis in phase " + r.phase() + " cannot take the step " + step + ".");
            case CrisisTransition.Allowed allowed -> write(actor, before, step, allowed.to(), reason.strip());
        }
        CrisisCase after = load(id).orElseThrow();
        events.publishEvent(new CrisisEvent(CrisisEvent.of(step), after, clock.instant(), actor.auditor(),
                participants.all(), "Crisis " + after.reference() + " (" + after.title() + "): " + step.name()
                        .toLowerCase(Locale.ROOT).replace('_', '-') + " by " + actor.organisationName() + " — "
                        + reason.strip(), Map.of("step", step.name(), "from", before.phase().name(),
                        "reason", reason.strip())));
        return after;
    }

    private void write(Actor actor, CrisisCase before, CrisisStep step, CrisisPhase to, String reason) {
        Timestamp now = Timestamp.from(clock.instant());
        boolean review = step == CrisisStep.RECORD_REVIEW;
        jdbc.sql("""
                update crisis_case set phase = ?, was_activated = ?, activated_at = ?, closed_at = ?, reviewed_at = ?,
                    review = ? where id = ?""")
                .params(to.name(), before.wasActivated() || to == CrisisPhase.ACTIVE,
                        to == CrisisPhase.ACTIVE ? now : timestamp(before.activatedAt()),
                        to == CrisisPhase.CLOSED ? now : timestamp(before.closedAt()),
                        review ? now : timestamp(before.reviewedAt()), review ? reason : before.review(),
                        before.id().value())
                .update();
        jdbc.sql("""
                insert into crisis_step (id, crisis_id, step, from_phase, to_phase, reason, at, actor, actor_org)
                values (?,?,?,?,?,?,?,?,?)""")
                .params(UUID.randomUUID(), before.id().value(), step.name(), before.phase().name(), to.name(), reason,
                        now, actor.auditor().label(), actor.organisationId().value())
                .update();
    }

    /** Any participant posts a situation report while the case is open (R40). */
    @Transactional
    public CrisisCase report(Actor actor, CrisisId id, String text) {
        requireParticipant(actor);
        CrisisCase crisis = lock(id);
        if (CrisisRules.participate(crisis.phase()) instanceof CrisisTransition.Refused r) {
            throw new StateConflict(r.reason().name(), r.phase().name(), "The crisis is closed: no more reports.");
        }
        new Violations().check(text == null || text.isBlank(), "text", "write the situation report").throwIfPresent();
        Instant now = clock.instant();
        jdbc.sql("insert into situation_report (id, crisis_id, organisation, author, text, posted_at) values (?,?,?,?,?,?)")
                .params(UUID.randomUUID(), id.value(), actor.organisationId().value(), actor.auditor().label(),
                        text.strip(), Timestamp.from(now))
                .update();
        jdbc.sql("update crisis_case set last_report_at = ? where id = ?").params(Timestamp.from(now), id.value()).update();
        CrisisCase after = load(id).orElseThrow();
        events.publishEvent(new CrisisEvent(CrisisEvent.SITUATION_REPORT, after, now, actor.auditor(), participants.all(),
                "Situation report on crisis " + after.reference() + " from " + actor.organisationName() + ": "
                        + text.strip(), Map.of("author", actor.organisationName(), "report", text.strip())));
        return after;
    }

    /** A participant acknowledges the activation; once per organisation, Europol learns of it. */
    @Transactional
    public boolean acknowledge(Actor actor, CrisisId id) {
        requireParticipant(actor);
        CrisisCase crisis = lock(id);
        if (!crisis.wasActivated() || !crisis.phase().open()) {
            throw new StateConflict("NOT_ACTIVE", crisis.phase().name(),
                    "Only an activated, open crisis is acknowledged.");
        }
        Instant now = clock.instant();
        int added = jdbc.sql("""
                insert into crisis_acknowledgement (crisis_id, organisation_id, acknowledged_at, acknowledged_by)
                values (?,?,?,?) on conflict do nothing""")
                .params(id.value(), actor.organisationId().value(), Timestamp.from(now), actor.auditor().label())
                .update();
        if (added == 1) {
            var told = new java.util.ArrayList<>(participants.europol());
            told.add(actor.organisationId().value());
            events.publishEvent(new CrisisEvent(CrisisEvent.ACKNOWLEDGED, crisis, now, actor.auditor(), told,
                    actor.organisationName() + " acknowledged crisis " + crisis.reference() + ".",
                    Map.of("organisation", actor.organisationId().toString())));
        }
        return added == 1;
    }

    /** The case, to a participant. */
    public CrisisCase get(Actor actor, CrisisId id) {
        requireParticipant(actor);
        return load(id).orElseThrow(() -> new NotFound("no crisis " + id));
    }

    /** All cases, open ones first, newest first, to a participant. */
    public List<CrisisCase> list(Actor actor) {
        requireParticipant(actor);
        String[] open = java.util.Arrays.stream(CrisisPhase.values()).filter(CrisisPhase::open).map(Enum::name)
                .toArray(String[]::new);
        return jdbc.sql(SELECT + " order by phase <> all(?), raised_at desc limit 200").param(open)
                .query((rs, n) -> CrisisRows.crisis(rs)).list();
    }

    private void requireParticipant(Actor actor) {
        if (!participants.takesPart(actor)) {
            throw new Forbidden("only participants of the EU Crisis Protocol (Member State authorities, Europol and "
                    + "providers that opted in) see and act on crisis cases");
        }
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static final String SELECT = "select * from crisis_case";

    Optional<CrisisCase> load(CrisisId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query((rs, n) -> CrisisRows.crisis(rs)).optional();
    }

    /** The case locked for a change that needs it open (a link); refused once it is closed. */
    CrisisCase lockOpen(CrisisId id) {
        CrisisCase crisis = lock(id);
        if (!crisis.phase().open()) {
            throw new StateConflict(CrisisRefusal.CASE_CLOSED.name(), crisis.phase().name(), "The crisis is closed.");
        }
        return crisis;
    }

    private CrisisCase lock(CrisisId id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id.value()).query((rs, n) -> CrisisRows.crisis(rs))
                .optional().orElseThrow(() -> new NotFound("no crisis " + id));
    }
}
