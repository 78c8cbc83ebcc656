package eu.vigil.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One version of a hosting service provider's register entry.
 *
 * @param id                  provider id
 * @param version             id of this version
 * @param name                legal name
 * @param services            services offered, free text
 * @param sizeClass           size
 * @param offersServicesInEu  offers services in the Union
 * @param mainEstablishment   Member State of main establishment, null when outside the Union
 * @param legalRepresentative legal representative, null if none is designated
 * @param contactPoints       points of contact for orders
 * @param validFrom           effective date of this version (inclusive)
 * @param validUntil          end of this version (exclusive), null while in force
 * @param recordedAt          when the version was recorded
 * @param recordedBy          who recorded it
 */
public record HostingServiceProvider(ProviderId id, long version, String name, String services, SizeClass sizeClass,
        boolean offersServicesInEu, String mainEstablishment, LegalRepresentative legalRepresentative,
        List<ContactPoint> contactPoints, Instant validFrom, Instant validUntil, Instant recordedAt,
        String recordedBy) {

    public HostingServiceProvider {
        contactPoints = List.copyOf(contactPoints);
    }

    /**
     * The host Member State whose authorities have jurisdiction (Art. 16): the main establishment, or for
     * a provider outside the Union the Member State of its legal representative. Empty when neither exists
     * (then every Member State has jurisdiction, Art. 16(3)).
     */
    @JsonProperty("hostMemberState")
    public Optional<String> hostMemberState() {
        if (mainEstablishment != null) {
            return Optional.of(mainEstablishment);
        }
        return Optional.ofNullable(legalRepresentative).map(LegalRepresentative::memberState);
    }

    /** Whether some point of contact is reachable 24/7. */
    @JsonProperty("reachable247")
    public boolean reachable247() {
        return contactPoints.stream().anyMatch(ContactPoint::available247);
    }

    /** All languages in which orders may be sent to this provider. */
    @JsonProperty("acceptedLanguages")
    public List<String> acceptedLanguages() {
        return contactPoints.stream().flatMap(c -> c.languages().stream()).distinct().sorted().toList();
    }

    /** A provider outside the Union that offers services here but has designated nobody (Art. 17 breach). */
    @JsonProperty("lacksLegalRepresentative")
    public boolean lacksLegalRepresentative() {
        return mainEstablishment == null && offersServicesInEu && legalRepresentative == null;
    }
}
