package eu.vigil.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.Violations;

/**
 * OAuth2 client-credentials for integrations that prefer short-lived bearer tokens: a client exchanges its
 * id and secret at {@code POST /oauth2/token} for an opaque access token valid for one hour. A client belongs
 * to a person (and stops working when that person is disabled) or to a named service identity (ADR 0018).
 */
@Service
public class OAuthClients {

    /** Lifetime of an access token. */
    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);
    /** Prefix of access tokens. */
    public static final String ACCESS_TOKEN_PREFIX = "vgla_";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final Organisations organisations;
    private final String dummyHash;

    OAuthClients(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, Clock clock, Organisations organisations) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.organisations = organisations;
        this.dummyHash = passwords.encode(Secrets.generate("vgls_"));
    }

    /** A newly registered client: the secret is shown once. */
    public record Registered(OAuthClient client, String clientSecret) {
    }

    /** An issued access token. */
    public record AccessToken(String token, Instant expiresAt) {
    }

    /** Registers a client for an organisation the actor administers, owned like the actor's tokens. */
    @Transactional
    public Registered register(Actor actor, OrganisationId organisation, String name, Set<Role> roles) {
        return register(actor, organisation, name, roles, null);
    }

    /**
     * Registers a client owned by the actor's person (or its credential's owner), or by the named service
     * identity (people only); its roles may not exceed the actor's.
     */
    @Transactional
    public Registered register(Actor actor, OrganisationId organisation, String name, Set<Role> roles,
            String serviceIdentity) {
        Users.requireAdmin(actor, organisation);
        eu.vigil.shared.PlainText.checkName(new Violations(), "name", name)
                .check(name == null || name.isBlank() || name.length() > 100, "name", "1 to 100 characters")
                .check(roles == null || roles.isEmpty(), "roles", "at least one role")
                .check(serviceIdentity != null && serviceIdentity.length() > 100, "serviceIdentity", "at most 100 characters")
                .throwIfPresent();
        Users.requireRolesHeld(actor, roles);
        organisations.find(organisation).orElseThrow(() -> new NotFound("organisation " + organisation));
        CredentialOwner owner = CredentialOwner.of(jdbc, actor, serviceIdentity);
        String clientId = "vglc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String secret = Secrets.generate("vgls_");
        jdbc.sql("""
                insert into oauth_client (client_id, organisation_id, name, secret_hash, roles, created_by, created_at,
                    owner_user_id, service_identity) values (?,?,?,?,?,?,?,?,?)""")
                .params(clientId, organisation.value(), name.strip(), passwords.encode(secret), Users.roleArray(roles),
                        actor.credential() == Credential.PASSWORD ? actor.id() : null, Timestamp.from(clock.instant()),
                        owner.user(), owner.service())
                .update();
        OAuthClient client = find(clientId).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("oauth_client.registered", "oauth_client", clientId, null, client,
                Map.of("name", client.name(), "roles", roles)));
        return new Registered(client, secret);
    }

    /** Clients of one organisation (never the secrets). */
    public List<OAuthClient> of(Actor actor, OrganisationId organisation) {
        Users.requireAdmin(actor, organisation);
        return jdbc.sql("select * from oauth_client where organisation_id = ? order by created_at desc")
                .param(organisation.value()).query((rs, n) -> map(rs)).list();
    }

    /** Revokes a client and every access token it holds. */
    @Transactional
    public OAuthClient revoke(Actor actor, String clientId) {
        OAuthClient before = find(clientId).orElseThrow(() -> new NotFound("OAuth client " + clientId));
        if (!actor.administers(before.organisationId())) {
            throw new NotFound("OAuth client " + clientId);
        }
        jdbc.sql("update oauth_client set revoked_at = coalesce(revoked_at, ?) where client_id = ?")
                .params(Timestamp.from(clock.instant()), clientId).update();
        jdbc.sql("delete from oauth_access_token where client_id = ?").param(clientId).update();
        OAuthClient after = find(clientId).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("oauth_client.revoked", "oauth_client", clientId, before, after,
                Map.of("name", before.name())));
        return after;
    }

    /**
     * Exchanges client credentials for an access token; empty when they are wrong, the client is revoked or
     * its owning person is disabled. Unknown clients cost the same hashing time as known ones.
     */
    @Transactional
    public Optional<AccessToken> exchange(String clientId, String secret) {
        if (clientId == null || secret == null) {
            return Optional.empty();
        }
        var hash = jdbc.sql("""
                select c.secret_hash from oauth_client c left join app_user u on u.id = c.owner_user_id
                where c.client_id = ? and c.revoked_at is null and (c.owner_user_id is null or u.enabled)""")
                .param(clientId).query(String.class).optional();
        boolean matches = passwords.matches(secret, hash.orElse(dummyHash));
        if (hash.isEmpty() || !matches) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String token = Secrets.generate(ACCESS_TOKEN_PREFIX);
        Instant expires = now.plus(ACCESS_TOKEN_LIFETIME);
        jdbc.sql("delete from oauth_access_token where expires_at < ?").param(Timestamp.from(now)).update();
        jdbc.sql("insert into oauth_access_token (token_digest, client_id, issued_at, expires_at) values (?,?,?,?)")
                .params(ApiTokens.digest(token), clientId, Timestamp.from(now), Timestamp.from(expires)).update();
        return Optional.of(new AccessToken(token, expires));
    }

    /** The actor an access token stands for, if it is valid now. */
    public Optional<Actor> authenticate(String presented) {
        if (presented == null || !presented.startsWith(ACCESS_TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Optional<String> clientId = jdbc.sql("""
                select t.client_id from oauth_access_token t join oauth_client c on c.client_id = t.client_id
                    left join app_user u on u.id = c.owner_user_id
                where t.token_digest = ? and t.expires_at > ? and c.revoked_at is null
                    and (c.owner_user_id is null or u.enabled)""")
                .params(ApiTokens.digest(presented), Timestamp.from(clock.instant())).query(String.class).optional();
        return clientId.flatMap(this::find).map(c -> {
            Organisation org = organisations.find(c.organisationId()).orElseThrow();
            return new Actor(UUID.nameUUIDFromBytes(c.clientId().getBytes()), c.clientId(), c.name(),
                    Credential.OAUTH_CLIENT, org.id(), org.name(), org.kind(), org.memberState(), c.roles());
        });
    }

    private Optional<OAuthClient> find(String clientId) {
        return jdbc.sql("select * from oauth_client where client_id = ?").param(clientId).query((rs, n) -> map(rs))
                .optional();
    }

    private static OAuthClient map(ResultSet rs) throws SQLException {
        return new OAuthClient(rs.getString("client_id"), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getString("name"), Users.roles(rs.getArray("roles")), rs.getTimestamp("created_at").toInstant(),
                Users.instant(rs.getTimestamp("revoked_at")), rs.getObject("owner_user_id", UUID.class),
                rs.getString("service_identity"));
    }
}
