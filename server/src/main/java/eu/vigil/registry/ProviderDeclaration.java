package eu.vigil.registry;

import java.time.Instant;
import java.util.List;

import eu.vigil.shared.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

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
public record ProviderDeclaration(@Size(max = Limits.NAME, message = Limits.CHARS) String name,
        @Size(max = Limits.TEXT, message = Limits.CHARS) String services, SizeClass sizeClass, boolean offersServicesInEu,
        @Size(max = 8, message = Limits.CHARS) String mainEstablishment, @Valid LegalRepresentative legalRepresentative,
        @Size(max = Limits.LIST, message = Limits.COUNT) @Valid List<ContactPoint> contactPoints, Instant effectiveFrom) {
}
