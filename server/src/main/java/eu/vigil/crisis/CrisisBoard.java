package eu.vigil.crisis;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.identity.Organisations;
import eu.vigil.shared.StateConflict;
import eu.vigil.shared.Violations;

/**
 * One picture of a crisis for everyone taking part (R39–R42): its steps with reasons, situation reports, who has
 * acknowledged the activation and who has not, the external activations it refers to, when the next report is
 * due and whether the review is overdue.
 */
@Service
public class CrisisBoard {

    /** A step as the timeline shows it. */
    public record Step(CrisisStep step, CrisisPhase from, CrisisPhase to, String reason, Instant at, String actor) {
    }

    /** A situation report. */
    public record Report(UUID organisation, String organisationName, String author, String text, Instant postedAt) {
    }

    /** A participant and whether (and when) it acknowledged the activation. */
    public record Roster(UUID organisation, String name, Optional<Instant> acknowledgedAt) {
    }

    /**
     * What the board shows.
     *
     * @param waiting the participants that have not acknowledged the activation yet
     * @param offered the steps the reader may take now
     */
    public record Board(CrisisCase crisis, List<Step> steps, List<Report> reports, List<Roster> roster,
            List<Roster> waiting, List<ExternalActivation> links, Optional<Instant> reportDueAt, boolean reviewFlagged,
            List<CrisisStep> offered) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Crises crises;
    private final CrisisParticipants participants;
    private final Organisations organisations;
    private final CrisisSettings settings;
    private final ApplicationEventPublisher events;

    CrisisBoard(JdbcClient jdbc, Clock clock, Crises crises, CrisisParticipants participants, Organisations organisations,
            CrisisSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.crises = crises;
        this.participants = participants;
        this.organisations = organisations;
        this.settings = settings;
        this.events = events;
    }

    /** The board of a crisis, to a participant. */
    public Board of(Actor actor, CrisisId id) {
        CrisisCase crisis = crises.get(actor, id);
        Map<UUID, String> names = new java.util.HashMap<>();
        organisations.all().forEach(o -> names.put(o.id().value(), o.name()));
        var steps = jdbc.sql("select * from crisis_step where crisis_id = ? order by seq").param(id.value())
                .query((rs, n) -> new Step(CrisisStep.valueOf(rs.getString("step")),
                        CrisisPhase.valueOf(rs.getString("from_phase")), CrisisPhase.valueOf(rs.getString("to_phase")),
                        rs.getString("reason"), rs.getTimestamp("at").toInstant(), rs.getString("actor")))
                .list();
        var reports = jdbc.sql("select * from situation_report where crisis_id = ? order by posted_at desc, id")
                .param(id.value())
                .query((rs, n) -> {
                    UUID org = rs.getObject("organisation", UUID.class);
                    return new Report(org, names.getOrDefault(org, "?"), rs.getString("author"), rs.getString("text"),
                            rs.getTimestamp("posted_at").toInstant());
                }).list();
        Map<UUID, Instant> acks = new java.util.HashMap<>();
        jdbc.sql("select organisation_id, acknowledged_at from crisis_acknowledgement where crisis_id = ?")
                .param(id.value()).query(rs -> {
                    acks.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant());
                });
        var roster = participants.all().stream()
                .map(org -> new Roster(org, names.getOrDefault(org, "?"), Optional.ofNullable(acks.get(org)))).toList();
        var links = jdbc.sql("select * from crisis_external_activation where crisis_id = ? order by linked_at, id")
                .param(id.value())
                .query((rs, n) -> new ExternalActivation(ExternalActivation.Kind.valueOf(rs.getString("kind")),
                        rs.getString("external_id"), rs.getString("incident_type"),
                        rs.getTimestamp("linked_at").toInstant(), rs.getString("linked_by")))
                .list();
        Instant now = clock.instant();
        return new Board(crisis, steps, reports, roster,
                roster.stream().filter(r -> r.acknowledgedAt().isEmpty()).toList(), links, crisis.reportDueAt(settings.sitrepInterval()),
                crisis.reviewFlaggedAt(now, settings.reviewPeriod()),
                crisis.steps(CrisisParticipants.coordinator(actor)));
    }

    /** A participant links an external activation to an open crisis (R42); each link once. */
    @Transactional
    public ExternalActivation link(Actor actor, CrisisId id, ExternalActivation.Kind kind, String externalId,
            String incidentType) {
        CrisisCase crisis = crises.get(actor, id);
        if (!crisis.phase().open()) {
            throw new StateConflict(CrisisRefusal.CASE_CLOSED.name(), crisis.phase().name(), "The crisis is closed.");
        }
        new Violations().check(kind == null, "kind", "choose the framework of the activation")
                .check(externalId == null || externalId.isBlank(), "externalId", "give its id in that framework")
                .throwIfPresent();
        Instant now = clock.instant();
        int added = jdbc.sql("""
                insert into crisis_external_activation (id, crisis_id, kind, external_id, incident_type, linked_at,
                                                        linked_by) values (?,?,?,?,?,?,?) on conflict do nothing""")
                .params(UUID.randomUUID(), id.value(), kind.name(), externalId.strip(),
                        incidentType == null || incidentType.isBlank() ? null : incidentType.strip(), Timestamp.from(now),
                        actor.auditor().label())
                .update();
        if (added == 1) {
            events.publishEvent(new CrisisEvent(CrisisEvent.EXTERNAL_ACTIVATION, crisis, now, actor.auditor(),
                    participants.all(), "Crisis " + crisis.reference() + " linked to " + kind + " " + externalId.strip()
                            + ".", Map.of("kind", kind.name(), "externalId", externalId.strip(),
                            "incidentType", incidentType == null ? "" : incidentType.strip())));
        }
        return new ExternalActivation(kind, externalId.strip(), incidentType, now, actor.auditor().label());
    }
}
