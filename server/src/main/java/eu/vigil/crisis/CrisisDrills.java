package eu.vigil.crisis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.Auditor;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.StateConflict;

/**
 * Contact-point drills (issue 13, point 2): Europol's coordinator sends a test alert at once to the 24/7 crisis
 * contact of every participant; each acknowledges, and the drill shows how long each took, who has not answered, the
 * median and the longest time. A drill closes after {@code vigil.crisis.drill-duration} (default one hour) or when
 * the coordinator closes it. It is a test, not a crisis: it writes no crisis case and no crisis figure counts it; the
 * relay audits it as a drill ({@link CrisisDrillEvent}).
 */
@Service
public class CrisisDrills {

    private static final Logger log = LoggerFactory.getLogger(CrisisDrills.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CrisisParticipants participants;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Duration duration;

    CrisisDrills(JdbcClient jdbc, Clock clock, CrisisParticipants participants, Organisations organisations,
            ApplicationEventPublisher events, @Value("${vigil.crisis.drill-duration:PT1H}") Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("vigil.crisis.drill-duration must be positive, not " + duration);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.participants = participants;
        this.organisations = organisations;
        this.events = events;
        this.duration = duration;
    }

    /** Europol's coordinator starts a drill: every other participant is told at once. */
    @Transactional
    public CrisisDrill start(Actor actor) {
        if (!CrisisParticipants.coordinator(actor)) {
            throw new Forbidden("only Europol's crisis coordinator starts a contact-point drill");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String reference = "DRILL-" + now.atZone(ZoneOffset.UTC).getYear() + "-"
                + id.toString().substring(0, 6).toUpperCase(Locale.ROOT);
        jdbc.sql("""
                insert into crisis_drill (id, reference, started_at, started_by, started_by_org, closes_at)
                values (?,?,?,?,?,?)""")
                .params(id, reference, Timestamp.from(now), actor.auditor().label(), actor.organisationId().value(),
                        Timestamp.from(now.plus(duration)))
                .update();
        for (UUID org : participants.all()) {
            if (org.equals(actor.organisationId().value())) {
                continue;
            }
            String contact = participants.contact(org).map(c -> c.name() + " <" + c.email() + ">, " + c.phone())
                    .orElse(null);
            jdbc.sql("insert into crisis_drill_participant (drill_id, organisation_id, contact, told_at) values (?,?,?,?)")
                    .params(id, org, contact, Timestamp.from(now)).update();
        }
        CrisisDrill drill = load(id).orElseThrow();
        events.publishEvent(new CrisisDrillEvent(CrisisDrillEvent.STARTED, drill, now, actor.auditor(), told(drill),
                "DRILL " + reference + " — a test of your 24/7 crisis contact, not a crisis: " + actor.organisationName()
                        + " asks you to acknowledge it before " + drill.closesAt() + ".",
                Map.of("startedBy", actor.organisationName(), "participants", drill.replies().size())));
        return drill;
    }

    /** A participant told of the drill acknowledges it, once; Europol learns of it at once. */
    @Transactional
    public boolean acknowledge(Actor actor, UUID id) {
        CrisisDrill drill = lock(id);
        if (drill.replies().stream().noneMatch(r -> r.organisation().equals(actor.organisationId().value()))) {
            throw new Forbidden("your organisation was not told of drill " + drill.reference());
        }
        Instant now = clock.instant();
        if (!drill.openAt(now)) {
            throw new StateConflict("DRILL_CLOSED", "CLOSED", "Drill " + drill.reference() + " is closed.");
        }
        int added = jdbc.sql("""
                update crisis_drill_participant set acknowledged_at = ?, acknowledged_by = ?
                where drill_id = ? and organisation_id = ? and acknowledged_at is null""")
                .params(Timestamp.from(now), actor.auditor().label(), id, actor.organisationId().value()).update();
        if (added == 1) {
            CrisisDrill after = load(id).orElseThrow();
            var told = new ArrayList<>(participants.europol());
            told.add(actor.organisationId().value());
            Duration took = Duration.between(drill.startedAt(), now);
            events.publishEvent(new CrisisDrillEvent(CrisisDrillEvent.ACKNOWLEDGED, after, now, actor.auditor(), told,
                    "DRILL " + drill.reference() + ": " + actor.organisationName() + " acknowledged after "
                            + took.toSeconds() + " s.",
                    Map.of("organisation", actor.organisationId().toString(), "seconds", took.toSeconds())));
        }
        return added == 1;
    }

    /** The coordinator closes an open drill before its time. */
    @Transactional
    public CrisisDrill close(Actor actor, UUID id) {
        if (!CrisisParticipants.coordinator(actor)) {
            throw new Forbidden("only Europol's crisis coordinator closes a contact-point drill");
        }
        CrisisDrill drill = lock(id);
        Instant now = clock.instant();
        if (!drill.openAt(now)) {
            throw new StateConflict("DRILL_CLOSED", "CLOSED", "Drill " + drill.reference() + " is closed.");
        }
        jdbc.sql("update crisis_drill set closed_at = ?, closed_by = ? where id = ?")
                .params(Timestamp.from(now), actor.auditor().label(), id).update();
        return closed(load(id).orElseThrow(), now, actor.auditor());
    }

    /** Closes the drills whose time is up; the number closed. */
    @Transactional
    public int closeDue() {
        Instant now = clock.instant();
        List<UUID> due = jdbc.sql("""
                update crisis_drill set closed_at = closes_at where closed_at is null and closes_at <= ? returning id""")
                .param(Timestamp.from(now)).query(UUID.class).list();
        due.forEach(id -> closed(load(id).orElseThrow(), now, Auditor.system("crisis drill")));
        return due.size();
    }

    @Scheduled(fixedDelayString = "${vigil.sweep.interval:PT5S}", initialDelayString = "${vigil.sweep.interval:PT5S}")
    void scheduled() {
        try {
            closeDue();
        } catch (RuntimeException e) {
            log.error("closing due crisis drills failed; it will run again", e);
        }
    }

    private CrisisDrill closed(CrisisDrill drill, Instant now, Auditor by) {
        int answered = drill.replies().size() - drill.waiting().size();
        Map<String, Object> facts = new HashMap<>();
        facts.put("acknowledged", answered);
        facts.put("participants", drill.replies().size());
        drill.medianTimeToAcknowledge().ifPresent(d -> facts.put("medianSeconds", d.toSeconds()));
        drill.maxTimeToAcknowledge().ifPresent(d -> facts.put("maxSeconds", d.toSeconds()));
        events.publishEvent(new CrisisDrillEvent(CrisisDrillEvent.CLOSED, drill, now, by, told(drill),
                "DRILL " + drill.reference() + " closed: " + answered + " of " + drill.replies().size()
                        + " participants acknowledged.", facts));
        return drill;
    }

    /**
     * A drill, to a participant: Europol sees every reply; another participant only its own, and only a drill it
     * was told of.
     */
    public CrisisDrill get(Actor actor, UUID id) {
        requireParticipant(actor);
        CrisisDrill drill = load(id).orElseThrow(() -> new NotFound("no drill " + id));
        return visible(actor, drill).orElseThrow(() -> new NotFound("no drill " + id));
    }

    /** The drills the actor was told of (every drill for Europol), newest first. */
    public List<CrisisDrill> list(Actor actor) {
        requireParticipant(actor);
        return jdbc.sql("select id from crisis_drill order by started_at desc, id limit 50").query(UUID.class).list()
                .stream().flatMap(id -> load(id).flatMap(d -> visible(actor, d)).stream()).toList();
    }

    private Optional<CrisisDrill> visible(Actor actor, CrisisDrill drill) {
        if (actor.kind() == OrganisationKind.EUROPOL) {
            return Optional.of(drill);
        }
        var own = drill.replies().stream().filter(r -> r.organisation().equals(actor.organisationId().value())).toList();
        return own.isEmpty() ? Optional.empty() : Optional.of(new CrisisDrill(drill.id(), drill.reference(),
                drill.startedAt(), drill.startedBy(), drill.startedByOrganisation(), drill.closesAt(), drill.closedAt(),
                drill.closedBy(), own));
    }

    private void requireParticipant(Actor actor) {
        if (!participants.takesPart(actor)) {
            throw new Forbidden("only participants of the EU Crisis Protocol take part in its drills");
        }
    }

    private List<UUID> told(CrisisDrill drill) {
        var told = new ArrayList<>(drill.replies().stream().map(CrisisDrill.Reply::organisation).toList());
        told.add(drill.startedByOrganisation());
        return told;
    }

    private CrisisDrill lock(UUID id) {
        jdbc.sql("select id from crisis_drill where id = ? for update").param(id).query(UUID.class).optional()
                .orElseThrow(() -> new NotFound("no drill " + id));
        return load(id).orElseThrow();
    }

    private Optional<CrisisDrill> load(UUID id) {
        Map<UUID, String> names = new HashMap<>();
        organisations.all().forEach(o -> names.put(o.id().value(), o.name()));
        List<CrisisDrill.Reply> replies = jdbc.sql("""
                select * from crisis_drill_participant where drill_id = ? order by told_at, organisation_id""")
                .param(id).query((rs, n) -> reply(rs, names)).list();
        return jdbc.sql("select * from crisis_drill where id = ?").param(id)
                .query((rs, n) -> new CrisisDrill(rs.getObject("id", UUID.class), rs.getString("reference"),
                        CrisisRows.instant(rs, "started_at"), rs.getString("started_by"),
                        rs.getObject("started_by_org", UUID.class), CrisisRows.instant(rs, "closes_at"),
                        CrisisRows.instant(rs, "closed_at"), rs.getString("closed_by"), replies))
                .optional();
    }

    private static CrisisDrill.Reply reply(ResultSet rs, Map<UUID, String> names) throws SQLException {
        UUID org = rs.getObject("organisation_id", UUID.class);
        return new CrisisDrill.Reply(org, names.getOrDefault(org, "?"), rs.getString("contact"),
                CrisisRows.instant(rs, "told_at"), CrisisRows.instant(rs, "acknowledged_at"),
                rs.getString("acknowledged_by"));
    }
}
