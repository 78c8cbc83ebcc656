/**
 * The registry of who is who (TCO Arts. 12, 15-17): Member States and official languages, competent
 * authorities with their Art. 12(1) roles and Art. 12(2) contact points, and hosting service providers
 * with their legal representatives and points of contact. Authorities and providers are versioned with
 * validity dates, so any past date resolves to the data that was in force then.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package eu.vigil.registry;
