package eu.vigil.crisis;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * Something that happened to a contact-point drill: the relay audits it as a drill, notifies the participants
 * concerned and sends their webhooks; open pages learn it live. Its {@code data} always says {@code "drill": true}
 * and names no crisis case: a drill is a test, not a crisis ({@code docs/api/webhooks.md}).
 *
 * @param type       {@link #STARTED}, {@link #ACKNOWLEDGED} or {@link #CLOSED}
 * @param drill      the drill after the change
 * @param at         when it happened
 * @param actor      who caused it
 * @param recipients organisations to tell
 * @param text       the notification line, starting with "DRILL"
 * @param facts      event-specific data
 */
public record CrisisDrillEvent(String type, CrisisDrill drill, Instant at, Auditor actor, Collection<UUID> recipients,
        String text, Map<String, ?> facts) implements PartyEvent {

    /** The test alert went out: acknowledge it. */
    public static final String STARTED = "crisis.drill";
    /** A participant acknowledged the drill. */
    public static final String ACKNOWLEDGED = "crisis.drill_acknowledged";
    /** The drill closed: by the coordinator, or by itself after its duration. */
    public static final String CLOSED = "crisis.drill_closed";

    public CrisisDrillEvent {
        recipients = recipients.stream().filter(java.util.Objects::nonNull).distinct().toList();
        facts = Map.copyOf(facts);
    }

    @Override
    public String subjectType() {
        return "crisis_drill";
    }

    @Override
    public String subjectId() {
        return drill.id().toString();
    }

    @Override
    public String href() {
        return "/api/v1/crisis-drills/" + drill.id();
    }

    @Override
    public Map<String, ?> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("drillId", drill.id().toString());
        data.put("reference", drill.reference());
        data.put("drill", true);
        data.put("at", at.toString());
        data.put("closesAt", drill.closesAt().toString());
        new java.util.TreeMap<>(facts).forEach(data::put);
        return data;
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("reference", drill.reference(), "drill", true);
    }
}
