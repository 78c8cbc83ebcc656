package eu.vigil.registry;

import java.time.Instant;
import java.util.List;

/**
 * What a provider declares when registering or amending its entry.
 *
 * @param name                legal name
 * @param services            services offered
 * @param sizeClass           size
 * @param offersServicesInEu  offers services in the Union
 * @param mainEstablishment   Member State of main establishment, or null when outside the Union
 * @param legalRepresentative legal representative, or null
 * @param contactPoints       at least one point of contact
 * @param effectiveFrom       when the declaration takes effect; null means now
 */
public record ProviderDeclaration(String name, String services, SizeClass sizeClass, boolean offersServicesInEu,
        String mainEstablishment, LegalRepresentative legalRepresentative, List<ContactPoint> contactPoints,
        Instant effectiveFrom) {
}
