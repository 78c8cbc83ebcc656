package eu.vigil.exercise;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.Auditor;

/**
 * Delivers each pending inject once scenario time reaches it, as an {@link ExerciseEvent} to its targets (page,
 * notification, webhook), and ends the exercise once every inject is delivered or skipped and every deadline has
 * passed. While the facilitator has paused, scenario time stands still and nothing is delivered. Runs on a
 * real-time schedule ({@code vigil.exercise.tick}, default 250 ms: at rate 120 an inject arrives at most 30
 * scenario seconds after its time; the delivery's own scenario time is what deadlines count from).
 */
@Component
class ExerciseDelivery {

    /** The schedule, apart so that each delivery runs in a transaction of its own (through the proxy). */
    @Component
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "vigil.exercise.scenario")
    static class Ticker {
        private final ExerciseDelivery delivery;

        Ticker(ExerciseDelivery delivery) {
            this.delivery = delivery;
        }

        @Scheduled(fixedDelayString = "${vigil.exercise.tick:PT0.25S}", initialDelayString = "${vigil.exercise.tick:PT0.25S}")
        void tick() {
            delivery.deliverDue();
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Exercises exercises;
    private final ApplicationEventPublisher events;

    ExerciseDelivery(JdbcClient jdbc, Clock clock, Exercises exercises, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.exercises = exercises;
        this.events = events;
    }

    /** Delivers what is due now; the number delivered. */
    @Transactional
    public int deliverDue() {
        var run = exercises.run();
        if (run.isEmpty() || run.get().endedAt() != null || run.get().time().paused()) {
            return 0;
        }
        jdbc.sql("select id from exercise where id = 1 for update").query(Integer.class).single();
        Instant now = clock.instant();
        Duration scenarioNow = run.get().time().at(now);
        Map<String, UUID> organisations = new java.util.HashMap<>();
        exercises.participants().forEach(p -> organisations.put(p.key(), p.organisation()));
        int delivered = 0;
        for (Exercises.InjectRow row : exercises.msel()) {
            Scenario.Inject i = row.inject();
            if (row.status() != Outcomes.InjectStatus.PENDING || i.at().compareTo(scenarioNow) > 0) {
                continue;
            }
            jdbc.sql("update exercise_inject set status = 'DELIVERED', delivered_at = ?, delivered_seconds = ? where id = ?")
                    .params(Timestamp.from(now), scenarioNow.toSeconds(), i.id()).update();
            List<UUID> to = i.targets().stream().map(organisations::get).toList();
            events.publishEvent(new ExerciseEvent(ExerciseEvent.INJECT_DELIVERED, i.id(), now,
                    Auditor.system("exercise MSEL"), to, "EXERCISE — inject " + i.id() + " (scenario time "
                            + ScenarioTime.format(scenarioNow) + "): " + i.title() + " — " + i.text(),
                    Map.of("exercise", run.get().name(), "title", i.title(),
                            "scenarioTime", scenarioNow.toString(), "images", row.images().size(),
                            "urls", i.urls().size())));
            delivered++;
        }
        endIfPlayedOut(scenarioNow, now);
        return delivered;
    }

    private void endIfPlayedOut(Duration scenarioNow, Instant now) {
        Duration last = Duration.ZERO;
        for (Exercises.InjectRow row : exercises.msel()) {
            if (row.status() == Outcomes.InjectStatus.PENDING) {
                return;
            }
            if (row.status() == Outcomes.InjectStatus.DELIVERED) {
                for (Scenario.Expectation e : row.inject().expect()) {
                    Duration due = e.deadline(row.deliveredAt()).orElse(row.deliveredAt());
                    last = due.compareTo(last) > 0 ? due : last;
                }
            }
        }
        if (scenarioNow.compareTo(last) > 0) {
            jdbc.sql("update exercise set ended_at = ? where id = 1 and ended_at is null").param(Timestamp.from(now))
                    .update();
        }
    }
}
