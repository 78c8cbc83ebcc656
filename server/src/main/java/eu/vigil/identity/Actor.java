package eu.vigil.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import eu.vigil.audit.Auditor;

/**
 * The authenticated caller of a request: a person or a machine credential, always acting for one
 * organisation.
 *
 * @param id               user, token or client id
 * @param name             username, token name or client id
 * @param displayName      name to show
 * @param credential       how the actor authenticated
 * @param organisationId   its organisation
 * @param organisationName name of that organisation
 * @param kind             kind of that organisation
 * @param memberState      Member State of that organisation (null for Europol, the Commission, non-EU providers)
 * @param roles            roles inside the organisation
 */
public record Actor(UUID id, String name, String displayName, Credential credential, OrganisationId organisationId,
        String organisationName, OrganisationKind kind, String memberState, Set<Role> roles) implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /**
     * Operator of the installation: manages the register and its own organisation, and invites the first
     * administrator of a new one, but never acts inside another organisation (ADR 0018).
     */
    public boolean isPlatformAdmin() {
        return kind == OrganisationKind.PLATFORM_ADMIN && roles.contains(Role.ADMIN);
    }

    /**
     * Whether this actor may manage the given organisation's data, users and credentials: only an ADMIN of
     * that very organisation (a platform administrator included only for its own).
     */
    public boolean administers(OrganisationId organisation) {
        return organisationId.equals(organisation) && roles.contains(Role.ADMIN);
    }

    /**
     * Whether this actor holds every one of these roles (a credential never gets more than its creator);
     * VIEWER, reading only, is below every role.
     */
    public boolean holdsAll(Set<Role> wanted) {
        return wanted.stream().allMatch(r -> r == Role.VIEWER || roles.contains(r));
    }

    /** Whether this actor belongs to the given organisation. */
    public boolean belongsTo(OrganisationId organisation) {
        return organisationId.equals(organisation);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** How the audit log names this actor. */
    public Auditor auditor() {
        String prefix = switch (credential) {
            case PASSWORD -> "";
            case API_TOKEN -> "token ";
            case OAUTH_CLIENT -> "client ";
        };
        return new Auditor(id, prefix + name + " (" + organisationName + ")", organisationId.value());
    }
}
