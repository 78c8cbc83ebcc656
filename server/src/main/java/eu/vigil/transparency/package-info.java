/**
 * Transparency reporting: the annual report of a competent authority under TCO Art. 8, computed from the records
 * of removal orders, scrutiny, Art. 5 cases and appeals. The module reads those tables (read-only, aggregate
 * queries) rather than loading every order through the removal-order services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transparency reports")
package eu.vigil.transparency;
