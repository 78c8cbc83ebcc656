package eu.vigil.audit;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Filters of the audit view and its export; every field is optional (null or blank: no filter). The reader's
 * access scope is not part of it: {@link AuditLog#search} takes that separately, so a filter can only narrow it.
 *
 * @param actor        part of the actor's label (case-insensitive), or an actor id
 * @param people       ids of people whose names match {@code actor} (from {@link AuditNames#peopleNamed})
 * @param organisation organisation on whose behalf the change was made
 * @param subjectType  kind of object, e.g. {@code removal_order}
 * @param object       the object's id, or the start of its reference or name (e.g. {@code DE-BKA-2026})
 * @param action       start of the event type, e.g. {@code removal_order.}
 * @param from         first instant included
 * @param to           first instant no longer included
 */
public record AuditQuery(String actor, Set<UUID> people, UUID organisation, String subjectType, String object,
        String action, Instant from, Instant to) {

    /** No filter at all. */
    public static final AuditQuery ALL = new AuditQuery(null, Set.of(), null, null, null, null, null, null);

    public AuditQuery {
        actor = blankToNull(actor);
        people = people == null ? Set.of() : Set.copyOf(people);
        subjectType = blankToNull(subjectType);
        object = blankToNull(object);
        action = blankToNull(action);
    }

    /** Only records whose event type starts with {@code prefix}. */
    public static AuditQuery action(String prefix) {
        return new AuditQuery(null, Set.of(), null, null, null, prefix, null, null);
    }

    /** The actor filter as an id, when it is one. */
    UUID actorId() {
        try {
            return actor == null ? null : UUID.fromString(actor);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
