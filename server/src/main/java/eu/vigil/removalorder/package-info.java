/**
 * Removal orders under TCO Art. 3 with Annexes I-III: issuing (validation, prior information, language,
 * non-disclosure, seal), delivery to the provider's inbox with sending and receipt times, the clock of each
 * order type (60 minutes for TCO orders) with warning, overdue, suspension and restart, the provider's
 * answers, and the copy to the host Member State for cross-border scrutiny (Art. 4(1)).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Removal orders")
package eu.vigil.removalorder;
