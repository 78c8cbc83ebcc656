package eu.vigil.audit;

import java.util.Map;

/**
 * One state change to record.
 *
 * @param action      past-tense verb phrase, e.g. {@code provider.amended}
 * @param subjectType kind of record changed, e.g. {@code hosting_service_provider}
 * @param subjectId   its id
 * @param before      state before the change (null when created); only its digest is stored
 * @param after       state after the change (null when removed); only its digest is stored
 * @param details     small readable facts worth keeping in clear (never secrets or content)
 */
public record AuditEvent(String action, String subjectType, String subjectId, Object before, Object after,
        Map<String, ?> details) {

    public AuditEvent {
        if (action == null || !action.matches("[a-z_]+(\\.[a-z_]+)+")) {
            throw new IllegalArgumentException("action must look like 'subject.verb': " + action);
        }
        details = details == null ? Map.of() : details;
    }
}
