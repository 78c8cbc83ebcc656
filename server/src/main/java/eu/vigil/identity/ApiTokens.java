package eu.vigil.identity;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.shared.Digests;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.Violations;

/**
 * API tokens of integrations. A token is shown once when issued; only its SHA-256 digest is stored, so a
 * database leak does not leak usable tokens. Revoked or expired tokens stop working at once, and so do the
 * tokens of a person who is disabled (ADR 0018).
 */
@Service
public class ApiTokens {

    /** Every token starts with this, so secret scanners can find leaked ones. */
    public static final String PREFIX = "vgl_";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Organisations organisations;

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock, Organisations organisations) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.organisations = organisations;
    }

    /** A freshly issued token: the secret is in {@code token} and nowhere else. */
    public record Issued(ApiToken metadata, String token) {
    }

    /** Issues a token for an organisation the actor administers; its roles may not exceed the actor's. */
    @Transactional
    public Issued issue(Actor actor, OrganisationId organisation, String name, Set<Role> roles, Instant expiresAt) {
        return issue(actor, organisation, name, roles, expiresAt, null);
    }

    /**
     * Issues a token owned by the actor's person (or the owner of the actor's own credential), or by the named
     * service identity when {@code serviceIdentity} is given (people only). Its roles may not exceed the actor's.
     */
    @Transactional
    public Issued issue(Actor actor, OrganisationId organisation, String name, Set<Role> roles, Instant expiresAt,
            String serviceIdentity) {
        Users.requireAdmin(actor, organisation);
        Instant now = clock.instant();
        eu.vigil.shared.PlainText.checkName(new Violations(), "name", name)
                .check(name == null || name.isBlank() || name.length() > 100, "name", "1 to 100 characters")
                .check(roles == null || roles.isEmpty(), "roles", "at least one role")
                .check(expiresAt != null && !expiresAt.isAfter(now), "expiresAt", "must be in the future")
                .check(serviceIdentity != null && serviceIdentity.length() > 100, "serviceIdentity", "at most 100 characters")
                .throwIfPresent();
        Users.requireRolesHeld(actor, roles);
        organisations.find(organisation).orElseThrow(() -> new NotFound("organisation " + organisation));
        CredentialOwner owner = CredentialOwner.of(jdbc, actor, serviceIdentity);
        String token = Secrets.generate(PREFIX);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into api_token (id, organisation_id, name, token_prefix, token_digest, roles, created_by,
                    created_at, expires_at, owner_user_id, service_identity) values (?,?,?,?,?,?,?,?,?,?,?)""")
                .params(id, organisation.value(), name.strip(), token.substring(0, PREFIX.length() + 6),
                        digest(token), Users.roleArray(roles),
                        actor.credential() == Credential.PASSWORD ? actor.id() : null, Timestamp.from(now),
                        expiresAt == null ? null : Timestamp.from(expiresAt), owner.user(), owner.service())
                .update();
        ApiToken metadata = find(id).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("api_token.issued", "api_token", id.toString(), null, metadata,
                Map.of("name", metadata.name(), "roles", roles,
                        "owner", owner.user() != null ? owner.user().toString() : "service " + owner.service())));
        return new Issued(metadata, token);
    }

    /** Tokens of one organisation (never the secrets). */
    public List<ApiToken> of(Actor actor, OrganisationId organisation) {
        Users.requireAdmin(actor, organisation);
        return jdbc.sql("select * from api_token where organisation_id = ? order by created_at desc")
                .param(organisation.value()).query((rs, n) -> map(rs)).list();
    }

    /** Revokes a token; revoking twice is harmless. */
    @Transactional
    public ApiToken revoke(Actor actor, UUID id) {
        ApiToken before = find(id).orElseThrow(() -> new NotFound("API token " + id));
        if (!actor.administers(before.organisationId())) {
            // Do not reveal that another organisation's token exists.
            throw new NotFound("API token " + id);
        }
        if (before.revokedAt() != null) {
            return before;
        }
        jdbc.sql("update api_token set revoked_at = ? where id = ?").params(Timestamp.from(clock.instant()), id).update();
        ApiToken after = find(id).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("api_token.revoked", "api_token", id.toString(), before, after,
                Map.of("name", before.name())));
        return after;
    }

    /** The actor a presented token stands for, if it is known, active and its owning person is enabled. */
    @Transactional
    public Optional<Actor> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = jdbc.sql("""
                select t.* from api_token t left join app_user u on u.id = t.owner_user_id
                where t.token_digest = ? and (t.owner_user_id is null or u.enabled)""").param(digest(presented))
                .query((rs, n) -> map(rs)).optional();
        if (token.isEmpty() || !token.get().activeAt(now)) {
            return Optional.empty();
        }
        ApiToken t = token.get();
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(now), t.id()).update();
        Organisation org = organisations.find(t.organisationId()).orElseThrow();
        return Optional.of(new Actor(t.id(), t.name(), t.name(), Credential.API_TOKEN, org.id(), org.name(), org.kind(),
                org.memberState(), t.roles()));
    }

    private Optional<ApiToken> find(UUID id) {
        return jdbc.sql("select * from api_token where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    static byte[] digest(String secret) {
        return Digests.sha256(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiToken map(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                rs.getString("name"), rs.getString("token_prefix"), Users.roles(rs.getArray("roles")),
                rs.getTimestamp("created_at").toInstant(), Users.instant(rs.getTimestamp("expires_at")),
                Users.instant(rs.getTimestamp("last_used_at")), Users.instant(rs.getTimestamp("revoked_at")),
                rs.getObject("owner_user_id", UUID.class), rs.getString("service_identity"));
    }
}
