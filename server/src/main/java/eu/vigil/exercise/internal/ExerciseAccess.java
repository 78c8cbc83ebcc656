package eu.vigil.exercise.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;

import eu.vigil.exercise.Exercises;
import eu.vigil.exercise.Outcomes;
import eu.vigil.identity.Actor;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;

/** Who sees what of the exercise: the MSEL to staff and Europol; a delivered inject to its targets. */
@Component
class ExerciseAccess {

    private final Exercises exercises;

    ExerciseAccess(Exercises exercises) {
        this.exercises = exercises;
    }

    Exercises.Run run() {
        return exercises.run().orElseThrow(() -> new NotFound("this installation runs no exercise"));
    }

    void requireMsel(Actor actor) {
        run();
        if (!exercises.maySeeMsel(actor)) {
            throw new Forbidden("the MSEL and the after-action report are for the exercise's staff and Europol");
        }
    }

    /** The injects delivered to the actor's organisation (all of them to the staff and Europol). */
    List<Exercises.InjectRow> deliveredTo(Actor actor) {
        run();
        boolean all = exercises.maySeeMsel(actor);
        String key = exercises.participantOf(actor.organisationId().value()).map(Exercises.Participant::key)
                .orElse(null);
        return exercises.msel().stream().filter(r -> r.status() == Outcomes.InjectStatus.DELIVERED)
                .filter(r -> all || (key != null && r.inject().targets().contains(key)))
                .sorted(java.util.Comparator.comparing(Exercises.InjectRow::deliveredAt).reversed())
                .toList();
    }

    Exercises.InjectRow inject(Actor actor, String id) {
        if (exercises.maySeeMsel(actor)) {
            return exercises.inject(id).orElseThrow(() -> new NotFound("no inject " + id));
        }
        return deliveredTo(actor).stream().filter(r -> r.inject().id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("no inject " + id + " was delivered to you"));
    }

    byte[] image(Actor actor, String id, int n) {
        inject(actor, id);
        return exercises.image(id, n).orElseThrow(() -> new NotFound("no image " + n + " of inject " + id));
    }

    static Duration scenarioTime(String field, String value) {
        try {
            return Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw InvalidInput.of(field, "a scenario time such as PT35M");
        }
    }
}
