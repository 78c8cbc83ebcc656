package eu.vigil.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An invitation of an organisation's first administrator, as listed (the link's secret is never stored).
 *
 * @param id               invitation id
 * @param organisationId   organisation the invitee joins
 * @param organisationName name of that organisation
 * @param roles            roles the invitee gets
 * @param createdAt        when it was made
 * @param expiresAt        when it stops working
 * @param acceptedAt       when it was used, or null
 */
public record Invitation(UUID id, OrganisationId organisationId, String organisationName, Set<Role> roles,
        Instant createdAt, Instant expiresAt, Instant acceptedAt) {

    /** Whether the invitation can still be accepted at {@code now}. */
    public boolean openAt(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }
}
