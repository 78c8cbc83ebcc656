/**
 * System concerns of the running server: the embedded PostgreSQL default, data-directory handling and
 * the settings that tie the process to its database. No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package eu.vigil.system;
