package eu.vigil.registry;

import java.time.Instant;
import java.util.Set;

/**
 * One version of a competent authority's register entry.
 *
 * @param id           authority id
 * @param code         stable key such as {@code DE-BKA}
 * @param memberState  designating Member State
 * @param version      id of this version
 * @param name         official name
 * @param abbreviation short name, may be null
 * @param roles        Art. 12(1) roles held in this version
 * @param contactPoint whether it is an Art. 12(2) contact point
 * @param contactEmail public contact e-mail, may be null
 * @param contactPhone public contact phone, may be null
 * @param source       where the data comes from
 * @param confidence   data-quality flag
 * @param qualityNote  what is unverified, may be null
 * @param validFrom    start of validity (inclusive)
 * @param validUntil   end of validity (exclusive), null while in force
 * @param type              type of authority (Annex I Section E), null if not recorded
 * @param postalAddress     postal address (Section E), may be null
 * @param fax               fax number (Section E), may be null
 * @param redressProvisions link to the national provisions on redress against its orders (Section G), may be null
 */
public record CompetentAuthority(AuthorityId id, String code, String memberState, long version, String name,
        String abbreviation, Set<AuthorityRole> roles, boolean contactPoint, String contactEmail, String contactPhone,
        String source, Confidence confidence, String qualityNote, Instant validFrom, Instant validUntil,
        AuthorityType type, String postalAddress, String fax, String redressProvisions) {

    public CompetentAuthority {
        roles = Set.copyOf(roles);
    }

    public boolean holds(AuthorityRole role) {
        return roles.contains(role);
    }

    /** Name with abbreviation, for lists. */
    public String label() {
        return abbreviation == null ? name : name + " (" + abbreviation + ")";
    }
}
