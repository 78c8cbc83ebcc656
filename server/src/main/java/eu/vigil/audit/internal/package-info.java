/** Persistence and formatting details of the audit log. */
package eu.vigil.audit.internal;
