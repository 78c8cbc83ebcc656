package eu.vigil.exercise.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.exercise.AfterAction;
import eu.vigil.exercise.Exercises;
import eu.vigil.exercise.Observations;
import eu.vigil.exercise.ScenarioTime;
import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.Limits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** A table-top exercise over the API: its state, the injects, the facilitator's steps, observations, the report. */
@RestController
@RequestMapping("/api/v1/exercise")
@Tag(name = "Exercise")
class ExerciseApi {

    private final Exercises exercises;
    private final Observations observations;
    private final AfterAction afterAction;
    private final ExerciseAccess access;
    private final Clock clock;

    ExerciseApi(Exercises exercises, Observations observations, AfterAction afterAction, ExerciseAccess access,
            Clock clock) {
        this.exercises = exercises;
        this.observations = observations;
        this.afterAction = afterAction;
        this.access = access;
        this.clock = clock;
    }

    /** An inject added by the facilitator. */
    record NewInject(@Size(max = 32, message = Limits.CHARS) String at,
            @Size(max = Limits.LIST, message = Limits.COUNT) List<String> targets,
            @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String title,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String text) {
    }

    /** An evaluator's observation against expectation {@code expectation} (0-based) of inject {@code injectId}. */
    record NewObservation(@Size(max = 64, message = Limits.CHARS) String injectId, Integer expectation,
            @Size(max = 64, message = Limits.CHARS) String participant, Observations.Rating rating,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String note) {
    }

    @Operation(summary = "The exercise: name, scenario time, paused or ended; the MSEL for its staff and Europol")
    @GetMapping
    Map<String, Object> get() {
        Actor actor = CurrentActor.get();
        Exercises.Run run = access.run();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exercise", true);
        body.put("name", run.name());
        body.put("title", run.title());
        body.put("clockRate", run.rate());
        body.put("startedAt", run.time().start());
        body.put("scenarioTime", run.now(clock).toString());
        body.put("scenarioTimeText", ScenarioTime.format(run.now(clock)));
        body.put("paused", run.time().paused());
        body.put("ended", run.endedAt() != null);
        exercises.staff(actor).ifPresent(r -> body.put("role", r.name()));
        if (exercises.maySeeMsel(actor)) {
            body.put("msel", exercises.msel());
        }
        return body;
    }

    @Operation(summary = "The injects delivered to your organisation (all of the MSEL for the staff and Europol)")
    @GetMapping("/injects")
    List<Exercises.InjectRow> injects() {
        return access.deliveredTo(CurrentActor.get());
    }

    @Operation(summary = "One inject delivered to you")
    @GetMapping("/injects/{id}")
    Exercises.InjectRow inject(@PathVariable String id) {
        return access.inject(CurrentActor.get(), id);
    }

    @Operation(summary = "Facilitator: pause the scenario (no injects, scenario time stands still)")
    @PostMapping("/pause")
    Map<String, Object> pause() {
        return state(exercises.pause(CurrentActor.get()));
    }

    @Operation(summary = "Facilitator: resume the scenario")
    @PostMapping("/resume")
    Map<String, Object> resume() {
        return state(exercises.resume(CurrentActor.get()));
    }

    @Operation(summary = "Facilitator: skip a pending inject")
    @PostMapping("/injects/{id}/skip")
    Map<String, Object> skip(@PathVariable String id) {
        exercises.skip(CurrentActor.get(), id);
        return Map.of("skipped", id);
    }

    @Operation(summary = "Facilitator: add an inject at a scenario time (ISO-8601, e.g. PT35M) for some participants")
    @PostMapping("/injects")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> add(@RequestBody @Valid NewInject body) {
        String id = exercises.add(CurrentActor.get(), body.at() == null ? null
                : ExerciseAccess.scenarioTime("at", body.at()), body.targets(), body.title(), body.text());
        return Map.of("id", id);
    }

    @Operation(summary = "Evaluator: record an observation (MET, PARTLY, NOT_MET) against an expected action")
    @PostMapping("/observations")
    @ResponseStatus(HttpStatus.CREATED)
    Observations.Observation observe(@RequestBody @Valid NewObservation body) {
        return observations.record(CurrentActor.get(), body.injectId(),
                body.expectation() == null ? -1 : body.expectation(), body.participant(), body.rating(), body.note());
    }

    @Operation(summary = "The after-action report: expected against actual per participant, times, observations")
    @GetMapping("/report")
    AfterAction.Report report() {
        access.requireMsel(CurrentActor.get());
        return afterAction.report();
    }

    private Map<String, Object> state(Exercises.Run run) {
        return Map.of("paused", run.time().paused(), "scenarioTime", run.now(clock).toString());
    }
}
