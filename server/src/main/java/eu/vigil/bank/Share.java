package eu.vigil.bank;

import eu.vigil.identity.OrganisationId;

/** A bank shared with one named organisation. */
public record Share(OrganisationId organisation, Access access) {

    public Share {
        if (organisation == null || access == null) {
            throw new IllegalArgumentException("a share needs an organisation and an access");
        }
    }
}
