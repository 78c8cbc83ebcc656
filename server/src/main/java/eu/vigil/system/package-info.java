/**
 * System concerns of the running server: the embedded PostgreSQL default, data-directory handling, the
 * passwords and the least-privileged role it is reached with (ADR 0016), owner-only secret files, and the
 * settings that tie the process to its database. No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package eu.vigil.system;
