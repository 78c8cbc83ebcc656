package eu.vigil.delivery;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationId;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;

/** Providers' webhook endpoints and the outbox of events for them. */
@Service
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final WebhookDestinations destinations;
    private final TransactionTemplate tx;

    Webhooks(JdbcClient jdbc, Clock clock, AuditLog audit, WebhookDestinations destinations, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.destinations = destinations;
        this.tx = tx;
    }

    /** A newly set endpoint with its signing secret, shown once. */
    public record Configured(Webhook webhook, String secret) {
    }

    /**
     * Sets (or replaces) the provider's endpoint; only the provider's administrators may. The URL must pass
     * the destination policy (ADR 0017); the refusal names no address, so that
     * registering cannot be used to learn which internal names exist.
     */
    public Configured configure(Actor actor, UUID providerId, String url) {
        requireAdmin(actor, providerId);
        URI uri = switch (destinations.check(url)) {
            case WebhookDestinations.Allowed allowed -> allowed.uri();
            case WebhookDestinations.Refused refused -> {
                log.info("webhook of provider {} refused: {} ({})", providerId, refused.reason(), refused.detail());
                throw InvalidInput.of("url", switch (refused.reason()) {
                    case NOT_A_URL -> "is not an absolute URL with a host";
                    case NOT_HTTPS -> "must use https (plain http only to destinations the operator allows)";
                    case NON_STANDARD_HOST -> "must name its host by a DNS name or a standard IP address";
                    case UNRESOLVED, NOT_PUBLIC -> "must be an https endpoint whose host resolves to public addresses only";
                });
            }
        };
        return tx.execute(status -> store(actor, providerId, uri));
    }

    private Configured store(Actor actor, UUID providerId, URI uri) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String secret = WebhookSignature.SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
        Instant now = clock.instant();
        jdbc.sql("""
                insert into provider_webhook (provider_id, url, secret, created_at, created_by) values (?,?,?,?,?)
                on conflict (provider_id) do update set url = excluded.url, secret = excluded.secret,
                    created_at = excluded.created_at, created_by = excluded.created_by""")
                .params(providerId, uri.toString(), secret, Timestamp.from(now), actor.auditor().label()).update();
        Webhook webhook = find(providerId).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("webhook.configured", "provider_webhook", providerId.toString(), null,
                webhook, Map.of("url", webhook.url())));
        return new Configured(webhook, secret);
    }

    /** Removes the endpoint; pending messages stay in the outbox until an endpoint exists again. */
    @Transactional
    public void remove(Actor actor, UUID providerId) {
        requireAdmin(actor, providerId);
        if (jdbc.sql("delete from provider_webhook where provider_id = ?").param(providerId).update() == 1) {
            audit.append(actor.auditor(), new AuditEvent("webhook.removed", "provider_webhook", providerId.toString(),
                    null, null, Map.of()));
        }
    }

    /** The provider's endpoint, if any. */
    public Optional<Webhook> find(UUID providerId) {
        return jdbc.sql("select provider_id, url, created_at, created_by from provider_webhook where provider_id = ?")
                .param(providerId)
                .query((rs, n) -> new Webhook(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .optional();
    }

    /**
     * Writes an event to the outbox in the caller's transaction (it must have one): the event and its
     * delivery record commit or roll back together. Due at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(UUID providerId, String eventType, String subjectId, String payload) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into outbox_message (id, provider_id, event_type, subject_id, payload, created_at, next_attempt_at)
                values (?,?,?,?,?,?,?)""")
                .params(id, providerId, eventType, subjectId, payload, now, now).update();
        return id;
    }

    /** Outbox messages of a provider, newest first (for its administrators and for tests). */
    public List<OutboxMessage> outbox(Actor actor, UUID providerId) {
        requireAdmin(actor, providerId);
        return jdbc.sql("select * from outbox_message where provider_id = ? order by created_at desc limit 200")
                .param(providerId).query((rs, n) -> map(rs)).list();
    }

    static OutboxMessage map(ResultSet rs) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        Integer status = rs.getObject("last_status", Integer.class);
        return new OutboxMessage(rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
                rs.getString("event_type"), rs.getString("subject_id"), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
                delivered == null ? null : delivered.toInstant(), status, rs.getString("last_error"));
    }

    private static void requireAdmin(Actor actor, UUID providerId) {
        if (!actor.belongsTo(new OrganisationId(providerId)) || !actor.administers(new OrganisationId(providerId))) {
            throw new NotFound("webhook of provider " + providerId);
        }
    }
}
