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
 * id and secret at {@code POST /oauth2/token} for an opaque access token valid for one hour.
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

    OAuthClients(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, Clock clock, Organisations organisations) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.organisations = organisations;
    }

    /** A newly registered client: the secret is shown once. */
    public record Registered(OAuthClient client, String clientSecret) {
    }

    /** An issued access token. */
    public record AccessToken(String token, Instant expiresAt) {
    }

    /** Registers a client for an organisation the actor administers. */
    @Transactional
    public Registered register(Actor actor, OrganisationId organisation, String name, Set<Role> roles) {
        Users.requireAdmin(actor, organisation);
        new Violations()
                .check(name == null || name.isBlank() || name.length() > 100, "name", "1 to 100 characters")
                .check(roles == null || roles.isEmpty(), "roles", "at least one role")
                .throwIfPresent();
        organisations.find(organisation).orElseThrow(() -> new NotFound("organisation " + organisation));
        String clientId = "vglc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String secret = Secrets.generate("vgls_");
        jdbc.sql("""
                insert into oauth_client (client_id, organisation_id, name, secret_hash, roles, created_by, created_at)
                values (?,?,?,?,?,?,?)""")
                .params(clientId, organisation.value(), name.strip(), passwords.encode(secret), Users.roleArray(roles),
                        actor.credential() == Credential.PASSWORD ? actor.id() : null, Timestamp.from(clock.instant()))
                .update();
        OAuthClient client = find(clientId).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("oauth_client.registered", "oauth_client", clientId, null, client,
                Map.of("name", client.name(), "roles", roles)));
        return new Registered(client, secret);
    }

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

    /** Exchanges client credentials for an access token; empty when they are wrong or revoked. */
    @Transactional
    public Optional<AccessToken> exchange(String clientId, String secret) {
        if (clientId == null || secret == null) {
            return Optional.empty();
        }
        var row = jdbc.sql("select secret_hash, revoked_at from oauth_client where client_id = ?").param(clientId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getTimestamp(2)}).optional();
        if (row.isEmpty() || row.get()[1] != null || !passwords.matches(secret, (String) row.get()[0])) {
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
                where t.token_digest = ? and t.expires_at > ? and c.revoked_at is null""")
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
                Users.instant(rs.getTimestamp("revoked_at")));
    }
}
