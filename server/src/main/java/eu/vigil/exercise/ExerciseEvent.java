package eu.vigil.exercise;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * Something that happened in a running exercise: an inject delivered to its targets, or a step of the facilitator
 * or an evaluator. The relay records, notifies and sends webhooks as for every party event; on an exercise
 * installation every webhook carries {@code exercise: true}.
 *
 * @param type       event type, e.g. {@code exercise.inject_delivered}
 * @param injectId   the inject concerned, null for the exercise as a whole
 * @param at         Vigil time
 * @param actor      who caused it
 * @param recipients organisations to tell
 * @param text       the notification line
 * @param facts      event-specific data (title, scenario time, …)
 */
public record ExerciseEvent(String type, String injectId, Instant at, Auditor actor, Collection<UUID> recipients,
        String text, Map<String, ?> facts) implements PartyEvent {

    /** An inject reached its targets. */
    public static final String INJECT_DELIVERED = "exercise.inject_delivered";
    /** The exercise started: organisations and logins created, scenario time zero. */
    public static final String STARTED = "exercise.started";
    /** The facilitator paused the scenario. */
    public static final String PAUSED = "exercise.paused";
    /** The facilitator resumed the scenario. */
    public static final String RESUMED = "exercise.resumed";
    /** The facilitator skipped an inject. */
    public static final String INJECT_SKIPPED = "exercise.inject_skipped";
    /** The facilitator added an inject. */
    public static final String INJECT_ADDED = "exercise.inject_added";
    /** An evaluator recorded an observation. */
    public static final String OBSERVATION_RECORDED = "exercise.observation_recorded";

    public ExerciseEvent {
        recipients = recipients.stream().filter(java.util.Objects::nonNull).distinct().toList();
        facts = Map.copyOf(facts);
    }

    /** Every type an exercise raises. */
    public static List<String> types() {
        return List.of(STARTED, INJECT_DELIVERED, PAUSED, RESUMED, INJECT_SKIPPED, INJECT_ADDED, OBSERVATION_RECORDED);
    }

    @Override
    public String subjectType() {
        return injectId == null ? "exercise" : "exercise_inject";
    }

    @Override
    public String subjectId() {
        return injectId == null ? "exercise" : injectId;
    }

    @Override
    public String href() {
        return injectId == null ? "/api/v1/exercise" : "/api/v1/exercise/injects/" + injectId;
    }

    @Override
    public Map<String, ?> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        if (injectId != null) {
            data.put("injectId", injectId);
        }
        data.put("at", at.toString());
        new java.util.TreeMap<>(facts).forEach(data::put);
        return data;
    }

    @Override
    public Map<String, ?> details() {
        return injectId == null ? Map.of() : Map.of("reference", injectId);
    }
}
