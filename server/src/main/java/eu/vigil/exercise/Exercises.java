package eu.vigil.exercise;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Role;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.StateConflict;
import eu.vigil.shared.Violations;

/**
 * The running exercise of this database: its scenario time, its MSEL and the facilitator's steps (pause, resume,
 * skip, add an inject). Every step is an {@link ExerciseEvent} to the exercise staff, in the transaction of the
 * change. Only facilitators (and the platform administrators) steer; evaluators and Europol may look.
 */
@Service
public class Exercises {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Exercises(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** What a login does in the exercise. */
    public enum StaffRole {
        /** Steers the MSEL: pause, resume, skip, add. Also records observations. */
        FACILITATOR,
        /** Records observations against the expected actions. */
        EVALUATOR
    }

    /**
     * The exercise of this database.
     *
     * @param name    the scenario's name
     * @param title   its title
     * @param rate    the clock rate it asked for
     * @param time    scenario time with its pauses
     * @param endedAt when it was played out (Vigil time), null while running
     */
    public record Run(String name, String title, java.math.BigDecimal rate, ScenarioTime time, Instant endedAt) {

        /** Scenario time now. */
        public Duration now(Clock clock) {
            return time.at(endedAt != null && endedAt.isBefore(clock.instant()) ? endedAt : clock.instant());
        }
    }

    /** A participating organisation of the exercise. */
    public record Participant(String key, Scenario.Kind kind, String name, UUID organisation) {
    }

    /** An image of an inject, without its bytes. */
    public record ImageInfo(int n, String name, String sha256) {
    }

    /**
     * An inject as the MSEL shows it.
     *
     * @param inject      the inject (its images without bytes: see {@link #images})
     * @param status      pending, delivered or skipped
     * @param deliveredAt scenario time of delivery, null unless delivered
     * @param addedBy     the facilitator who added it, null for the scenario's own
     * @param images      its images
     */
    public record InjectRow(Scenario.Inject inject, Outcomes.InjectStatus status, Duration deliveredAt,
            String addedBy, List<ImageInfo> images) {

        /** The inject as the comparison reads it. */
        public Outcomes.RunInject run() {
            return new Outcomes.RunInject(inject, status, deliveredAt);
        }
    }

    /** The exercise, if this database holds one. */
    public Optional<Run> run() {
        var row = jdbc.sql("select name, title, clock_rate, started_at, ended_at from exercise where id = 1")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()})
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = row.get();
        List<ScenarioTime.Pause> pauses = jdbc.sql("select paused_at, resumed_at from exercise_pause order by paused_at")
                .query((rs, n) -> new ScenarioTime.Pause(rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .list();
        return Optional.of(new Run((String) r[0], (String) r[1], (java.math.BigDecimal) r[2],
                new ScenarioTime((Instant) r[3], pauses), (Instant) r[4]));
    }

    /** The participants, in the scenario's order. */
    public List<Participant> participants() {
        return jdbc.sql("select key, kind, name, organisation_id from exercise_participant order by position")
                .query((rs, n) -> new Participant(rs.getString(1), Scenario.Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getObject(4, UUID.class)))
                .list();
    }

    /** The MSEL in scenario-time order. */
    public List<InjectRow> msel() {
        Map<String, List<Scenario.Expectation>> expect = new java.util.HashMap<>();
        jdbc.sql("select inject_id, action, by_keys, within_seconds, note from exercise_expectation order by inject_id, n")
                .query((rs, n) -> {
                    expect.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Scenario.Expectation(
                            ExpectedAction.valueOf(rs.getString(2)), texts(rs.getArray(3)),
                            rs.getObject(4) == null ? null : Duration.ofSeconds(rs.getLong(4)), rs.getString(5)));
                    return null;
                }).list();
        Map<String, List<ImageInfo>> images = new java.util.HashMap<>();
        jdbc.sql("select inject_id, n, name, sha256 from exercise_image order by inject_id, n").query((rs, n) -> {
            images.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new ImageInfo(rs.getInt(2), rs.getString(3), rs.getString(4)));
            return null;
        }).list();
        return jdbc.sql("select * from exercise_inject order by at_seconds, id").query((rs, n) -> row(rs,
                expect.getOrDefault(rs.getString("id"), List.of()), images.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    /** One inject of the MSEL. */
    public Optional<InjectRow> inject(String id) {
        return msel().stream().filter(r -> r.inject().id().equals(id)).findFirst();
    }

    /** The PNG of an inject's image. */
    public Optional<byte[]> image(String injectId, int n) {
        return jdbc.sql("select png from exercise_image where inject_id = ? and n = ?").params(injectId, n)
                .query(byte[].class).optional();
    }

    /** The actor's role in the exercise: facilitators and evaluators by the scenario, platform administrators facilitate. */
    public Optional<StaffRole> staff(Actor actor) {
        if (actor == null) {
            return Optional.empty();
        }
        Optional<StaffRole> listed = jdbc.sql("select role from exercise_staff where username = ?").param(actor.name())
                .query(String.class).optional().map(StaffRole::valueOf);
        if (listed.isPresent()) {
            return listed;
        }
        return actor.kind() == OrganisationKind.PLATFORM_ADMIN && actor.has(Role.ADMIN)
                ? Optional.of(StaffRole.FACILITATOR) : Optional.empty();
    }

    /** Whether the actor may see the MSEL and the after-action report: staff and Europol. */
    public boolean maySeeMsel(Actor actor) {
        return staff(actor).isPresent() || (actor != null && actor.kind() == OrganisationKind.EUROPOL);
    }

    /** The participant an organisation plays, if any. */
    public Optional<Participant> participantOf(UUID organisation) {
        return participants().stream().filter(p -> p.organisation().equals(organisation)).findFirst();
    }

    /** The facilitator pauses the scenario: no inject is delivered and scenario time stands still until resumed. */
    @Transactional
    public Run pause(Actor actor) {
        Run run = steer(actor);
        if (run.time().paused()) {
            throw new StateConflict("PAUSED", "PAUSED", "The exercise is already paused.");
        }
        Instant now = clock.instant();
        jdbc.sql("insert into exercise_pause (paused_at, paused_by) values (?, ?)")
                .params(Timestamp.from(now), actor.auditor().label()).update();
        Run after = run().orElseThrow();
        tellStaff(actor, ExerciseEvent.PAUSED, null, now, "Exercise " + run.name() + " paused at scenario time "
                + ScenarioTime.format(after.time().at(now)) + " by " + actor.displayName() + ".",
                Map.of("scenarioTime", after.time().at(now).toString()));
        return after;
    }

    /** The facilitator resumes the scenario where it stood. */
    @Transactional
    public Run resume(Actor actor) {
        Run run = steer(actor);
        if (!run.time().paused()) {
            throw new StateConflict("RUNNING", "RUNNING", "The exercise is not paused.");
        }
        Instant now = clock.instant();
        jdbc.sql("update exercise_pause set resumed_at = ?, resumed_by = ? where resumed_at is null")
                .params(Timestamp.from(now), actor.auditor().label()).update();
        Run after = run().orElseThrow();
        tellStaff(actor, ExerciseEvent.RESUMED, null, now, "Exercise " + run.name() + " resumed at scenario time "
                + ScenarioTime.format(after.time().at(now)) + " by " + actor.displayName() + ".",
                Map.of("scenarioTime", after.time().at(now).toString()));
        return after;
    }

    /** The facilitator skips a pending inject: it is never delivered and its expectations are not assessed. */
    @Transactional
    public void skip(Actor actor, String injectId) {
        Run run = steer(actor);
        int changed = jdbc.sql("update exercise_inject set status = 'SKIPPED', skipped_by = ? where id = ? and status = 'PENDING'")
                .params(actor.auditor().label(), injectId).update();
        if (changed == 0) {
            inject(injectId).orElseThrow(() -> new NotFound("no inject " + injectId));
            throw new StateConflict("NOT_PENDING", "NOT_PENDING", "Only a pending inject is skipped.");
        }
        tellStaff(actor, ExerciseEvent.INJECT_SKIPPED, injectId, clock.instant(), "Inject " + injectId + " of exercise "
                + run.name() + " skipped by " + actor.displayName() + ".", Map.of());
    }

    /**
     * The facilitator adds an inject to the MSEL, delivered at scenario time {@code at} (now if already past).
     *
     * @return the new inject's id ({@code X-1}, {@code X-2}, …)
     */
    @Transactional
    public String add(Actor actor, Duration at, List<String> targets, String title, String text) {
        Run run = steer(actor);
        List<String> keys = participants().stream().map(Participant::key).toList();
        new Violations().check(at == null || at.isNegative(), "at", "a scenario time such as PT35M")
                .check(targets == null || targets.isEmpty(), "targets", "choose at least one participant")
                .check(targets != null && !keys.containsAll(targets), "targets", "choose among the participants")
                .check(title == null || title.isBlank(), "title", "give the inject a title")
                .check(text == null || text.isBlank(), "text", "write what the targets are told")
                .throwIfPresent();
        long added = jdbc.sql("select count(*) from exercise_inject where added_by is not null").query(Long.class).single();
        String id = "X-" + (added + 1);
        jdbc.sql("""
                insert into exercise_inject (id, at_seconds, targets, title, text, urls, status, added_by)
                values (?, ?, ?, ?, ?, '{}', 'PENDING', ?)""")
                .params(id, at.toSeconds(), targets.toArray(String[]::new), title.strip(), text.strip(),
                        actor.auditor().label())
                .update();
        tellStaff(actor, ExerciseEvent.INJECT_ADDED, id, clock.instant(), "Inject " + id + " (" + title.strip()
                + ") added to exercise " + run.name() + " at " + ScenarioTime.format(at) + " by " + actor.displayName()
                + ".", Map.of("title", title.strip(), "scenarioTime", at.toString()));
        return id;
    }

    /** The organisations of the staff, who learn of the facilitator's steps and the observations. */
    List<UUID> staffOrganisations() {
        return jdbc.sql("select id from organisation where kind = 'PLATFORM_ADMIN'").query(UUID.class).list();
    }

    void tellStaff(Actor actor, String type, String injectId, Instant at, String text, Map<String, ?> facts) {
        events.publishEvent(new ExerciseEvent(type, injectId, at, actor.auditor(), staffOrganisations(),
                "EXERCISE — " + text, facts));
    }

    private Run steer(Actor actor) {
        Run run = run().orElseThrow(() -> new NotFound("this installation runs no exercise"));
        if (staff(actor).orElse(null) != StaffRole.FACILITATOR) {
            throw new Forbidden("only the exercise's facilitators steer the MSEL");
        }
        if (run.endedAt() != null) {
            throw new StateConflict("ENDED", "ENDED", "The exercise is over.");
        }
        return run;
    }

    private static InjectRow row(ResultSet rs, List<Scenario.Expectation> expect, List<ImageInfo> images)
            throws SQLException {
        Scenario.Inject inject = new Scenario.Inject(rs.getString("id"), Duration.ofSeconds(rs.getLong("at_seconds")),
                texts(rs.getArray("targets")), rs.getString("title"), rs.getString("text"), texts(rs.getArray("urls")),
                List.of(), expect);
        long delivered = rs.getLong("delivered_seconds");
        Duration deliveredAt = rs.wasNull() ? null : Duration.ofSeconds(delivered);
        return new InjectRow(inject, Outcomes.InjectStatus.valueOf(rs.getString("status")), deliveredAt,
                rs.getString("added_by"), images);
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
