package eu.vigil.identity;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.shared.Forbidden;

/**
 * Who a machine credential belongs to: the person it acts for (it stops working when that person is
 * disabled) or a named service identity. A credential made by another credential inherits its owner, so a
 * person's tokens cannot outlive the person by minting new ones.
 *
 * @param user    owning person, or null for a service identity
 * @param service name of the service identity, or null
 */
record CredentialOwner(UUID user, String service) {

    CredentialOwner {
        if ((user == null) == (service == null)) {
            throw new IllegalArgumentException("a credential has exactly one owner");
        }
    }

    /** The owner a credential made by {@code actor} gets; {@code service} names a service identity instead. */
    static CredentialOwner of(JdbcClient jdbc, Actor actor, String service) {
        if (service != null && !service.isBlank()) {
            if (actor.credential() != Credential.PASSWORD) {
                throw new Forbidden("only a person may create a credential of a service identity");
            }
            return new CredentialOwner(null, service.strip());
        }
        return switch (actor.credential()) {
            case PASSWORD -> new CredentialOwner(actor.id(), null);
            case API_TOKEN -> jdbc.sql("select owner_user_id, service_identity from api_token where id = ?")
                    .param(actor.id()).query((rs, n) -> new CredentialOwner(rs.getObject(1, UUID.class), rs.getString(2)))
                    .single();
            case OAUTH_CLIENT -> jdbc.sql("select owner_user_id, service_identity from oauth_client where client_id = ?")
                    .param(actor.name())
                    .query((rs, n) -> new CredentialOwner(rs.getObject(1, UUID.class), rs.getString(2))).single();
        };
    }
}
