package eu.vigil.removalorder;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.CompetentAuthority;
import eu.vigil.registry.ContactPoint;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.LegalRepresentative;
import eu.vigil.shared.CanonicalJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register details that Annex I carries about the parties (defect 15), taken from the register when the order is
 * issued and stored and sealed with it, so that a later register change never alters a sealed order: the
 * addressee's legal representative and points of contact (Section A), the issuing authority's type, address,
 * telephone, fax and e-mail (Section E) and its redress provisions (Section G), and the follow-up contacts of the
 * issuing authority and of the host Member State's competent authority (Section F). Any value may be null when the
 * register does not hold it.
 *
 * @param legalRepresentative             name of the addressee's legal representative (Art. 17)
 * @param legalRepresentativeMemberState  its Member State
 * @param legalRepresentativeAddress      its postal address
 * @param legalRepresentativeEmail        its e-mail
 * @param contactPoints                   the addressee's points of contact (Art. 15)
 * @param authorityType                   type of the issuing authority (JUDICIAL, LAW_ENFORCEMENT, OTHER)
 * @param authorityAddress                its postal address
 * @param authorityPhone                  its telephone
 * @param authorityFax                    its fax
 * @param authorityEmail                  its e-mail
 * @param redressProvisions               link to the national provisions on redress
 * @param hostAuthority                   name of the host Member State's competent authority (Art. 12(1)(b))
 * @param hostAuthorityMemberState        its Member State
 * @param hostAuthorityEmail              its e-mail
 * @param hostAuthorityPhone              its telephone
 */
public record AnnexParties(String legalRepresentative, String legalRepresentativeMemberState,
        String legalRepresentativeAddress, String legalRepresentativeEmail, List<ContactPoint> contactPoints,
        String authorityType, String authorityAddress, String authorityPhone, String authorityFax, String authorityEmail,
        String redressProvisions, String hostAuthority, String hostAuthorityMemberState, String hostAuthorityEmail,
        String hostAuthorityPhone) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public AnnexParties {
        contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    }

    /**
     * The details in the register versions in force at {@code at}: of the issuing authority, the addressee, and the
     * competent authority for scrutiny of the addressee's host Member State (the one the order's copy goes to).
     */
    public static AnnexParties of(CompetentAuthority issuer, HostingServiceProvider provider,
            CompetentAuthorities authorities, Instant at) {
        Optional<LegalRepresentative> rep = Optional.ofNullable(provider.legalRepresentative());
        Optional<CompetentAuthority> host = provider.hostMemberState().flatMap(ms -> hostAuthority(authorities, ms, at));
        return new AnnexParties(rep.map(LegalRepresentative::name).orElse(null),
                rep.map(LegalRepresentative::memberState).orElse(null), rep.map(LegalRepresentative::address).orElse(null),
                rep.map(LegalRepresentative::email).orElse(null),
                provider.contactPoints().stream().sorted(Comparator.comparing((ContactPoint c) -> c.channel().name())
                        .thenComparing(ContactPoint::address)).toList(),
                issuer.type() == null ? null : issuer.type().name(), issuer.postalAddress(), issuer.contactPhone(),
                issuer.fax(), issuer.contactEmail(), issuer.redressProvisions(),
                host.map(CompetentAuthority::label).orElse(null), host.map(CompetentAuthority::memberState).orElse(null),
                host.map(CompetentAuthority::contactEmail).orElse(null),
                host.map(CompetentAuthority::contactPhone).orElse(null));
    }

    /** The scrutinising authority of {@code memberState} at {@code at}, chosen as the order's copy chooses it. */
    static Optional<CompetentAuthority> hostAuthority(CompetentAuthorities authorities, String memberState, Instant at) {
        return authorities.asOf(at).stream()
                .filter(a -> a.memberState().equals(memberState) && a.holds(AuthorityRole.SCRUTINISE)).findFirst();
    }

    /** The stored form (canonical JSON). */
    public String json() {
        return CanonicalJson.write(this);
    }

    /** The details from their stored form; null for null (orders issued before they were kept). */
    public static AnnexParties read(String json) {
        return json == null ? null : JSON.readValue(json, AnnexParties.class);
    }
}
