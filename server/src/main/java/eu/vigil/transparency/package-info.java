/**
 * Transparency reporting: the annual report of a competent authority under TCO Art. 8, and the annual report of a
 * hosting service provider under Art. 7 (R45: its figures, the stored draft and publication, and the reminders from
 * 1 February), both computed from the records of removal orders, Annex III notices, scrutiny, Art. 5 cases, removals
 * under specific measures, complaints and appeals. The module reads those tables (read-only, aggregate queries)
 * rather than loading every order through the removal-order services, and writes only its own tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transparency reports")
package eu.vigil.transparency;
