package eu.vigil.registry;

import java.time.Instant;
import java.util.Set;

/**
 * One row of a register update (the Commission's register, re-keyed), before it is applied.
 *
 * @param code         stable key {@code <MS>-<NAME>}, e.g. {@code DE-BKA}; a new key creates an authority
 * @param memberState  designating Member State; must match the key's prefix
 * @param name         official name
 * @param abbreviation short name, may be null
 * @param roles        Art. 12(1) roles
 * @param contactPoint Art. 12(2) contact point
 * @param contactEmail may be null
 * @param contactPhone may be null
 * @param source       where the row comes from
 * @param confidence   data-quality flag
 * @param qualityNote  may be null
 * @param validFrom    start of validity of this version
 * @param type              type of authority (Annex I Section E), may be null
 * @param postalAddress     may be null
 * @param fax               may be null
 * @param redressProvisions link to the national provisions on redress (Section G), may be null
 */
public record AuthorityEntry(String code, String memberState, String name, String abbreviation,
        Set<AuthorityRole> roles, boolean contactPoint, String contactEmail, String contactPhone, String source,
        Confidence confidence, String qualityNote, Instant validFrom, AuthorityType type, String postalAddress,
        String fax, String redressProvisions) {

    /** An entry without the Annex I Section E and G details. */
    public AuthorityEntry(String code, String memberState, String name, String abbreviation, Set<AuthorityRole> roles,
            boolean contactPoint, String contactEmail, String contactPhone, String source, Confidence confidence,
            String qualityNote, Instant validFrom) {
        this(code, memberState, name, abbreviation, roles, contactPoint, contactEmail, contactPhone, source, confidence,
                qualityNote, validFrom, null, null, null, null);
    }

    /** Whether this entry says the same as an existing version (validity aside). */
    boolean sameFactsAs(CompetentAuthority v) {
        return name.equals(v.name()) && java.util.Objects.equals(abbreviation, v.abbreviation())
                && roles.equals(v.roles()) && contactPoint == v.contactPoint()
                && java.util.Objects.equals(contactEmail, v.contactEmail())
                && java.util.Objects.equals(contactPhone, v.contactPhone()) && confidence == v.confidence()
                && java.util.Objects.equals(qualityNote, v.qualityNote()) && source.equals(v.source())
                && type == v.type() && java.util.Objects.equals(postalAddress, v.postalAddress())
                && java.util.Objects.equals(fax, v.fax())
                && java.util.Objects.equals(redressProvisions, v.redressProvisions());
    }
}
