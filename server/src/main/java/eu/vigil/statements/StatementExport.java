package eu.vigil.statements;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch of at most 100 statements in the body the database's {@code POST /api/v1/statements} takes.
 *
 * @param id        export id
 * @param createdAt when it was made
 * @param createdBy who made it
 * @param count     number of statements
 * @param body      the request body, {@code {"statements":[...]}}
 */
public record StatementExport(UUID id, Instant createdAt, String createdBy, int count, String body) {
}
