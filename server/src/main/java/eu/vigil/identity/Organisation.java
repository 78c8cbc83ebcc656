package eu.vigil.identity;

import java.time.Instant;

/**
 * A body that uses Vigil.
 *
 * @param id          its id
 * @param kind        what kind of body it is
 * @param name        its name
 * @param memberState ISO code of its Member State, or null
 * @param createdAt   when it was registered
 */
public record Organisation(OrganisationId id, OrganisationKind kind, String name, String memberState,
        Instant createdAt) {
}
