/**
 * The audit log (R35): every state change in Vigil appends one record to a hash chain in PostgreSQL.
 * Records are never updated or deleted (a trigger refuses it); {@link eu.vigil.audit.AuditLog#verify()}
 * recomputes the chain and names the first record that was changed, removed or inserted out of order.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package eu.vigil.audit;
