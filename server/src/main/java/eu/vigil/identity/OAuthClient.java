package eu.vigil.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An OAuth2 client (client-credentials grant, RFC 6749 §4.4) of an organisation, as listed.
 *
 * @param clientId       public client id
 * @param organisationId owning organisation
 * @param name           what the integration is
 * @param roles          roles its access tokens carry
 * @param createdAt      when it was registered
 * @param revokedAt      when it was revoked, or null
 * @param ownerUserId    the person the client acts for (it stops working when that person is disabled), or null
 * @param serviceIdentity the service identity owning the client when no person does, or null
 */
public record OAuthClient(String clientId, OrganisationId organisationId, String name, Set<Role> roles,
        Instant createdAt, Instant revokedAt, java.util.UUID ownerUserId, String serviceIdentity) {
}
