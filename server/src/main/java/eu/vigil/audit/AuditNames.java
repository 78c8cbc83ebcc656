package eu.vigil.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Names of the people and organisations that audit records refer to by id. The identity module provides
 * them (the audit log sits below it and stores only ids and the label of the moment).
 */
public interface AuditNames {

    /** Names that say nothing: sentences fall back to the labels stored in the records. */
    AuditNames NONE = new AuditNames() {
        @Override
        public Map<UUID, String> people(Collection<UUID> ids) {
            return Map.of();
        }

        @Override
        public Map<UUID, String> organisations(Collection<UUID> ids) {
            return Map.of();
        }

        @Override
        public Set<UUID> peopleNamed(String text) {
            return Set.of();
        }
    };

    /** Display names of the people among {@code ids} (ids of tokens, clients or unknown users are left out). */
    Map<UUID, String> people(Collection<UUID> ids);

    /** Current names of the organisations among {@code ids}. */
    Map<UUID, String> organisations(Collection<UUID> ids);

    /** Ids of people whose display name or username contains {@code text} (case-insensitive). */
    Set<UUID> peopleNamed(String text);
}
