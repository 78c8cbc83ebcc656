package eu.vigil.audit;

import java.util.UUID;

/**
 * Who caused a change, as the audit log records it.
 *
 * @param id             user, token or client id; null for the system itself
 * @param label          readable name, e.g. "anna.schmidt (BKA)" or "token ci-feed"
 * @param organisationId organisation on whose behalf the change was made; null for the system
 */
public record Auditor(UUID id, String label, UUID organisationId) {

    /** The server itself (migrations, scheduled jobs, demo seeding). */
    public static Auditor system(String label) {
        return new Auditor(null, "system: " + label, null);
    }

    public Auditor {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("auditor label must not be blank");
        }
    }
}
