package eu.vigil.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A machine credential of an organisation, as listed (the secret itself is never stored or shown again).
 *
 * @param id             token id
 * @param organisationId owning organisation
 * @param name           what the integration is
 * @param prefix         first characters of the token, to recognise it
 * @param roles          roles the token carries
 * @param createdAt      when it was issued
 * @param expiresAt      when it stops working, or null
 * @param lastUsedAt     last successful use, or null
 * @param revokedAt      when it was revoked, or null
 * @param ownerUserId    the person the token acts for (it stops working when that person is disabled), or null
 * @param serviceIdentity the service identity owning the token when no person does, or null
 */
public record ApiToken(UUID id, OrganisationId organisationId, String name, String prefix, Set<Role> roles,
        Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, UUID ownerUserId,
        String serviceIdentity) {

    /** Whether the token still authenticates at {@code now}. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
