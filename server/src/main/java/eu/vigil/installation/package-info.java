/**
 * What this installation is for, and the clock that follows from it. A database records its purpose
 * ({@link eu.vigil.installation.InstallationPurpose}: demo or exercise) only when it is first started empty; only
 * such a database may run an accelerated clock ({@code vigil.clock.rate}), which never runs backwards, also
 * across restarts (ADR 0025). The rest of the server sees nothing of this but the one {@link java.time.Clock}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Installation")
package eu.vigil.installation;
