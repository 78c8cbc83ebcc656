package eu.vigil.removalorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.audit.Auditor;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.shared.Digests;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.Violations;

/**
 * Preservation under Art. 6 (R31, R32): a record per removed item, kept six months from removal unless an
 * authority or court extends it for review proceedings; an optional copy uploaded by the provider, deleted
 * automatically at expiry; every access logged with its purpose, and accesses without one refused.
 */
@Service
public class Preservation {

    /** Art. 6(2): six months from removal or disabling. */
    public static final Period RETENTION = Period.ofMonths(6);
    /** Largest copy accepted. */
    public static final int MAX_BYTES = 25 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final RemovalOrders orders;
    private final PreservationCipher cipher;

    Preservation(JdbcClient jdbc, Clock clock, AuditLog audit, RemovalOrders orders, PreservationCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.orders = orders;
    }

    /** Starts preservation of an item removed at {@code removedAt} (called with the Annex II feedback). */
    @Transactional
    public void start(RemovalOrder order, int position, Instant removedAt) {
        Instant expires = removedAt.atZone(ZoneOffset.UTC).plus(RETENTION).toInstant();
        jdbc.sql("""
                insert into preserved_item (order_id, position, provider_id, removed_at, expires_at) values (?,?,?,?,?)
                on conflict do nothing""")
                .params(order.id().value(), position, order.providerId(), Timestamp.from(removedAt), Timestamp.from(expires))
                .update();
    }

    /** Encrypts copies stored before encryption at rest existed (once, at start-up). */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Transactional
    public void encryptLegacyCopies() {
        record Legacy(UUID order, int position, byte[] content) {
        }
        List<Legacy> legacy = jdbc.sql("""
                select order_id, position, content from preserved_item where content is not null and not content_encrypted
                for update skip locked""")
                .query((rs, n) -> new Legacy(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBytes(3))).list();
        for (Legacy l : legacy) {
            jdbc.sql("update preserved_item set content = ?, content_encrypted = true where order_id = ? and position = ?")
                    .params(cipher.seal(l.order(), l.position(), l.content()), l.order(), l.position()).update();
        }
        if (!legacy.isEmpty()) {
            audit.append(eu.vigil.audit.Auditor.system("preservation"), new AuditEvent("preservation.encrypted_at_rest",
                    "preserved_item", "all", null, null, Map.of("copies", legacy.size())));
        }
    }

    /** Preservation records of an order (for everyone who may see the order). */
    public List<PreservedItem> of(Actor actor, RemovalOrderId id) {
        orders.get(actor, id);
        return jdbc.sql("select * from preserved_item where order_id = ? order by position").param(id.value())
                .query((rs, n) -> map(rs)).list();
    }

    /** The provider uploads its preserved copy of an item. */
    @Transactional
    public PreservedItem upload(Actor actor, RemovalOrderId id, int position, String contentType, byte[] content) {
        RemovalOrder order = orders.get(actor, id);
        if (!actor.organisationId().value().equals(order.providerId())) {
            throw new Forbidden("only the provider uploads the content it preserves");
        }
        PreservedItem item = item(id, position);
        new Violations()
                .check(content == null || content.length == 0, "content", "the preserved copy is empty")
                .check(content != null && content.length > MAX_BYTES, "content", "at most " + MAX_BYTES + " bytes")
                .throwIfPresent();
        if (item.purgedAt() != null) {
            throw new RuleViolation("PRESERVATION_ENDED", "Preservation of item " + position + " ended on " + item.purgedAt());
        }
        String sha = java.util.HexFormat.of().formatHex(Digests.sha256(content));
        jdbc.sql("""
                update preserved_item set content = ?, content_encrypted = true, content_type = ?, content_sha256 = ?,
                    content_size = ?, uploaded_at = ? where order_id = ? and position = ?""")
                .params(cipher.seal(id.value(), position, content), contentType == null ? "application/octet-stream" : contentType, sha, (long) content.length,
                        Timestamp.from(clock.instant()), id.value(), position)
                .update();
        audit.append(actor.auditor(), new AuditEvent("preservation.uploaded", "removal_order", id.toString(), null, null,
                Map.of("position", position, "sha256", sha, "bytes", content.length)));
        return item(id, position);
    }

    /** A preserved copy, for an authority or the provider, with a purpose; every attempt is logged (R32). */
    @Transactional(noRollbackFor = {Forbidden.class, RuleViolation.class, IllegalStateException.class})
    public Copy access(Actor actor, RemovalOrderId id, int position, PreservedItem.Purpose purpose) {
        RemovalOrder order = orders.get(actor, id);
        PreservedItem item = item(id, position);
        boolean allowed = purpose != null && (actor.kind() == OrganisationKind.COMPETENT_AUTHORITY
                || actor.organisationId().value().equals(order.providerId()));
        jdbc.sql("""
                insert into preservation_access (id, order_id, position, organisation_id, accessed_by, accessed_at, purpose, granted)
                values (?,?,?,?,?,?,?,?)""")
                .params(UUID.randomUUID(), id.value(), position, actor.organisationId().value(), actor.auditor().label(),
                        Timestamp.from(clock.instant()), purpose == null ? null : purpose.name(), allowed)
                .update();
        audit.append(actor.auditor(), new AuditEvent(allowed ? "preservation.accessed" : "preservation.access_refused",
                "removal_order", id.toString(), null, null,
                Map.of("position", position, "purpose", purpose == null ? "none" : purpose.name())));
        if (purpose == null) {
            throw new RuleViolation("PURPOSE_REQUIRED", "State the purpose: REVIEW, COMPLAINT or TERRORISM_INVESTIGATION (Art. 6(1)).");
        }
        if (!allowed) {
            throw new Forbidden("only competent authorities and the provider access preserved content");
        }
        byte[] content = jdbc.sql("select content, content_encrypted from preserved_item where order_id = ? and position = ?")
                .params(id.value(), position)
                .query((rs, n) -> rs.getBytes("content") == null ? null : rs.getBoolean("content_encrypted")
                        ? cipher.open(id.value(), position, rs.getBytes("content")) : rs.getBytes("content"))
                .optional().orElse(null);
        if (content == null) {
            throw new NotFound(item.purgedAt() != null ? "preserved copy (deleted at expiry " + item.purgedAt() + ")"
                    : "preserved copy (the provider keeps it on its own systems)");
        }
        return new Copy(item.contentType(), content);
    }

    /** A preserved copy's bytes. */
    public record Copy(String contentType, byte[] content) {
    }

    /** An authority extends preservation for review proceedings (Art. 6(2), R31). */
    @Transactional
    public PreservedItem extend(Actor actor, RemovalOrderId id, int position, Instant until, String proceeding,
            String authorisingBody) {
        orders.get(actor, id);
        if (actor.kind() != OrganisationKind.COMPETENT_AUTHORITY) {
            throw new Forbidden("competent authorities or courts extend preservation");
        }
        PreservedItem item = item(id, position);
        new Violations()
                .check(until == null || !until.isAfter(item.keptUntil()), "until", "must be after " + item.keptUntil())
                .check(proceeding == null || proceeding.isBlank(), "proceedingReference",
                        "name the administrative or judicial review proceeding")
                .check(authorisingBody == null || authorisingBody.isBlank(), "authorisingBody",
                        "name the authority or court that requested the extension")
                .throwIfPresent();
        if (item.purgedAt() != null) {
            throw new RuleViolation("PRESERVATION_ENDED", "Preservation ended on " + item.purgedAt() + ".");
        }
        jdbc.sql("""
                update preserved_item set extended_until = ?, extension_reference = ?, extension_authority = ?
                where order_id = ? and position = ?""")
                .params(Timestamp.from(until), proceeding.strip(), authorisingBody.strip(), id.value(), position).update();
        audit.append(actor.auditor(), new AuditEvent("preservation.extended", "removal_order", id.toString(), item,
                item(id, position), Map.of("position", position, "until", until, "proceeding", proceeding.strip())));
        return item(id, position);
    }

    /** Deletes copies whose preservation ended (run by the sweep); returns how many. */
    @Transactional
    public int purgeExpired() {
        Instant now = clock.instant();
        List<Object[]> due = jdbc.sql("""
                select order_id, position from preserved_item
                where purged_at is null and greatest(expires_at, coalesce(extended_until, expires_at)) <= ?
                for update skip locked""")
                .param(Timestamp.from(now)).query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2)}).list();
        for (Object[] d : due) {
            jdbc.sql("update preserved_item set content = null, purged_at = ? where order_id = ? and position = ?")
                    .params(Timestamp.from(now), d[0], d[1]).update();
            audit.append(Auditor.system("preservation expiry"), new AuditEvent("preservation.purged", "removal_order",
                    d[0].toString(), null, null, Map.of("position", d[1])));
        }
        return due.size();
    }

    private PreservedItem item(RemovalOrderId id, int position) {
        return jdbc.sql("select * from preserved_item where order_id = ? and position = ?").params(id.value(), position)
                .query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new NotFound("preservation of item " + position + " (items are preserved once removed)"));
    }

    private static PreservedItem map(ResultSet rs) throws SQLException {
        return new PreservedItem(rs.getInt("position"), RemovalOrders.instant(rs.getTimestamp("removed_at")),
                RemovalOrders.instant(rs.getTimestamp("expires_at")), RemovalOrders.instant(rs.getTimestamp("extended_until")),
                rs.getString("extension_reference"), rs.getString("extension_authority"), rs.getString("content_type"),
                rs.getString("content_sha256"), rs.getObject("content_size", Long.class),
                RemovalOrders.instant(rs.getTimestamp("uploaded_at")), RemovalOrders.instant(rs.getTimestamp("purged_at")));
    }
}
