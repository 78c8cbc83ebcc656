package eu.vigil.audit;

import java.time.Instant;
import java.util.UUID;

/** A stored audit record, as shown in the audit view and exported. */
public record AuditRecord(long seq, Instant occurredAt, UUID actorId, String actorLabel, UUID organisationId,
        String action, String subjectType, String subjectId, String beforeDigest, String afterDigest,
        String details, String previousHash, String recordHash) {
}
