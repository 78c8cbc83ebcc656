package eu.vigil.exercise;

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

import eu.vigil.identity.Actor;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.Violations;

/** Evaluators' observations against the expected actions of the MSEL: met, partly or not met, with a note. */
@Service
public class Observations {

    /** An evaluator's judgement. */
    public enum Rating {
        /** The expected action was taken as expected. */
        MET,
        /** Taken in part, or not as expected. */
        PARTLY,
        /** Not taken. */
        NOT_MET
    }

    /**
     * One observation.
     *
     * @param injectId     the inject
     * @param expectation  the expectation's position in the inject
     * @param participant  the participant observed, null for all of the expectation's participants
     * @param rating       met, partly, not met
     * @param note         what the evaluator saw
     * @param evaluator    who recorded it
     * @param scenarioTime when, in scenario time
     */
    public record Observation(String injectId, int expectation, String participant, Rating rating, String note,
            String evaluator, Duration scenarioTime) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Exercises exercises;

    Observations(JdbcClient jdbc, Clock clock, Exercises exercises) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.exercises = exercises;
    }

    /** An evaluator (or facilitator) records an observation against an expectation of a delivered inject. */
    @Transactional
    public Observation record(Actor actor, String injectId, int expectation, String participant, Rating rating,
            String note) {
        var run = exercises.run().orElseThrow(() -> new NotFound("this installation runs no exercise"));
        if (exercises.staff(actor).isEmpty()) {
            throw new Forbidden("only the exercise's evaluators and facilitators record observations");
        }
        var inject = exercises.inject(injectId).orElseThrow(() -> new NotFound("no inject " + injectId));
        List<Scenario.Expectation> expect = inject.inject().expect();
        boolean known = expectation >= 0 && expectation < expect.size();
        new Violations().check(!known, "expectation", "choose one of the inject's expected actions")
                .check(known && participant != null && !participant.isBlank()
                        && !expect.get(expectation).by().contains(participant), "participant",
                        "choose one of the participants the action is expected of")
                .check(rating == null, "rating", "choose met, partly or not met")
                .check(note == null || note.isBlank(), "note", "say what you observed")
                .throwIfPresent();
        Instant now = clock.instant();
        Duration at = run.now(clock);
        String who = participant == null || participant.isBlank() ? null : participant;
        jdbc.sql("""
                insert into exercise_observation (id, inject_id, expectation, participant, rating, note, evaluator,
                    recorded_at, scenario_seconds) values (?,?,?,?,?,?,?,?,?)""")
                .params(UUID.randomUUID(), injectId, expectation, who, rating.name(), note.strip(),
                        actor.displayName(), Timestamp.from(now), at.toSeconds())
                .update();
        exercises.tellStaff(actor, ExerciseEvent.OBSERVATION_RECORDED, injectId, now, actor.displayName()
                + " observed on inject " + injectId + " (" + expect.get(expectation).action() + (who == null ? ""
                : ", " + who) + "): " + rating + " — " + note.strip(), Map.of("rating", rating.name(),
                "expectation", expectation));
        return new Observation(injectId, expectation, who, rating, note.strip(), actor.displayName(), at);
    }

    /** Every observation, in the order recorded. */
    public List<Observation> all() {
        return jdbc.sql("""
                select inject_id, expectation, participant, rating, note, evaluator, scenario_seconds
                from exercise_observation order by recorded_at, id""")
                .query((rs, n) -> new Observation(rs.getString(1), rs.getInt(2), rs.getString(3),
                        Rating.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        Duration.ofSeconds(rs.getLong(7))))
                .list();
    }
}
