/**
 * Situational awareness per crime area (issue 14): referrals, orders and notices over time, by platform and
 * language, share actioned and time to action, recurring accounts and domains, with charts and CSV. Features
 * contribute their items through {@link eu.vigil.situation.SituationSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Situational awareness")
package eu.vigil.situation;
