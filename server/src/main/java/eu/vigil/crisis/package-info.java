/**
 * Crisis: the EU Crisis Protocol in software (issue 13, R39–R42). A crisis case moves alert → assessment →
 * active → de-escalation → closed → post-crisis review; Europol's coordinator decides activation and closure with a
 * reason; every participant (Member State authority, Europol, provider) may raise an alert and post situation
 * reports. The rules live in {@link eu.vigil.crisis.CrisisRules} as pure functions of the phase, so pages, API and
 * use cases ask the same model what is allowed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Crisis")
package eu.vigil.crisis;
