package eu.vigil.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A person who logs in. Password hashes never leave the identity module.
 *
 * @param id             user id
 * @param organisationId organisation of the user
 * @param username       login name
 * @param displayName    name to show
 * @param email          e-mail address, may be null
 * @param roles          roles inside the organisation
 * @param enabled        whether the user may log in
 * @param lockedUntil    end of a lockout after failed logins, or null
 * @param lastLoginAt    last successful login, or null
 */
public record User(UserId id, OrganisationId organisationId, String username, String displayName, String email,
        Set<Role> roles, boolean enabled, Instant lockedUntil, Instant lastLoginAt) {
}
