package eu.vigil.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.shared.CanonicalJson;
import eu.vigil.shared.Digests;
import eu.vigil.shared.ResultPage;

/**
 * Appends to and verifies the hash-chained audit log.
 * <p>
 * Each record's hash is SHA-256 over its predecessor's hash and the canonical text of its own fields.
 * Appends lock the single {@code audit_head} row, so records get gap-free sequence numbers in commit
 * order; a change that rolls back takes its audit record with it.
 */
@Service
public class AuditLog {

    /** Hash that the first record links to. */
    public static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends one record in the caller's transaction (or its own if there is none). */
    @Transactional
    public AuditRecord append(Auditor who, AuditEvent event) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var head = jdbc.sql("select seq, record_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long seq = (long) head[0] + 1;
        String previous = (String) head[1];
        AuditRecord unsealed = new AuditRecord(seq, now, who.id(), who.label(), who.organisationId(), event.action(),
                event.subjectType(), event.subjectId(), digestOf(event.before()), digestOf(event.after()),
                CanonicalJson.write(event.details()), previous, null);
        String hash = hashOf(unsealed);
        jdbc.sql("""
                insert into audit_record (seq, occurred_at, actor_id, actor_label, organisation_id, action,
                    subject_type, subject_id, before_digest, after_digest, details, previous_hash, record_hash)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(seq, Timestamp.from(now), who.id(), who.label(), who.organisationId(), event.action(),
                        event.subjectType(), event.subjectId(), unsealed.beforeDigest(), unsealed.afterDigest(),
                        unsealed.details(), previous, hash)
                .update();
        jdbc.sql("update audit_head set seq = ?, record_hash = ? where id = 1").params(seq, hash).update();
        return new AuditRecord(seq, now, who.id(), who.label(), who.organisationId(), event.action(),
                event.subjectType(), event.subjectId(), unsealed.beforeDigest(), unsealed.afterDigest(),
                unsealed.details(), previous, hash);
    }

    /** Digest of a state snapshot, or null for "no state". */
    public static String digestOf(Object state) {
        return state == null ? null : Digests.sha256Hex(CanonicalJson.write(state));
    }

    /** The hash a record must carry, computed from its fields and its predecessor's hash. */
    static String hashOf(AuditRecord r) {
        String text = String.join("\n",
                r.previousHash(),
                Long.toString(r.seq()),
                r.occurredAt().truncatedTo(ChronoUnit.MICROS).toString(),
                String.valueOf(r.actorId()),
                r.actorLabel(),
                String.valueOf(r.organisationId()),
                r.action(),
                r.subjectType(),
                r.subjectId(),
                String.valueOf(r.beforeDigest()),
                String.valueOf(r.afterDigest()),
                r.details());
        return Digests.sha256Hex(text);
    }

    /**
     * Recomputes the whole chain in sequence order and stops at the first record that does not match:
     * a changed field, a missing sequence number, a broken link or a head that disagrees with the last record.
     */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        long[] checked = {0};
        long[] expectedSeq = {1};
        String[] previous = {GENESIS};
        AuditVerification.Broken[] broken = {null};
        jdbc.sql("select * from audit_record order by seq").query((ResultSet rs) -> {
            if (broken[0] != null) {
                return;
            }
            AuditRecord r = map(rs);
            if (r.seq() != expectedSeq[0]) {
                broken[0] = new AuditVerification.Broken(checked[0], expectedSeq[0],
                        "record " + expectedSeq[0] + " is missing (next present record is " + r.seq() + ")");
            } else if (!r.previousHash().equals(previous[0])) {
                broken[0] = new AuditVerification.Broken(checked[0], r.seq(),
                        "record " + r.seq() + " does not link to the hash of record " + (r.seq() - 1));
            } else if (!hashOf(r).equals(r.recordHash())) {
                broken[0] = new AuditVerification.Broken(checked[0], r.seq(),
                        "record " + r.seq() + " was modified: its content no longer matches its hash");
            } else {
                checked[0]++;
                expectedSeq[0]++;
                previous[0] = r.recordHash();
            }
        });
        if (broken[0] != null) {
            return broken[0];
        }
        var head = jdbc.sql("select seq, record_hash from audit_head where id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long last = expectedSeq[0] - 1;
        if ((long) head[0] != last || !head[1].equals(previous[0])) {
            return new AuditVerification.Broken(checked[0], last + 1,
                    "the chain ends at record " + last + " but the head says " + head[0]
                            + ": records at the end were removed");
        }
        return new AuditVerification.Intact(checked[0], last, previous[0]);
    }

    /** Records, newest first, optionally only those of one organisation. */
    @Transactional(readOnly = true)
    public ResultPage<AuditRecord> list(Optional<UUID> organisation, Optional<String> action, int page, int size) {
        return search(organisation, AuditQuery.action(action.orElse(null)), page, size);
    }

    /**
     * Records matching {@code query}, newest first. {@code scope} is the reader's access: when present only
     * that organisation's records are searched, whatever the query says.
     */
    @Transactional(readOnly = true)
    public ResultPage<AuditRecord> search(Optional<UUID> scope, AuditQuery query, int page, int size) {
        var where = where(scope, query);
        long total = bind(jdbc.sql("select count(*) from audit_record" + where), scope, query)
                .query(Long.class).single();
        List<AuditRecord> items = bind(jdbc.sql("select * from audit_record" + where
                        + " order by seq desc limit :limit offset :offset"), scope, query)
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> map(rs)).list();
        return new ResultPage<>(items, page, size, total);
    }

    private static String where(Optional<UUID> scope, AuditQuery q) {
        StringBuilder w = new StringBuilder(" where true");
        if (scope.isPresent()) {
            w.append(" and organisation_id = :scope");
        }
        if (q.organisation() != null) {
            w.append(" and organisation_id = :org");
        }
        if (q.actorId() != null) {
            w.append(" and actor_id = :actorId");
        } else if (q.actor() != null) {
            w.append(" and (actor_label ilike :actorLike escape '\\'");
            if (!q.people().isEmpty()) {
                w.append(" or cast(actor_id as text) = any(:people)");
            }
            w.append(")");
        }
        if (q.subjectType() != null) {
            w.append(" and subject_type = :subjectType");
        }
        if (q.object() != null) {
            w.append(" and (subject_id = :object or cast(details as jsonb) ->> 'reference' ilike :objectStart escape '\\'"
                    + " or cast(details as jsonb) ->> 'name' ilike :objectStart escape '\\')");
        }
        if (q.action() != null) {
            w.append(" and action like :actionStart escape '\\'");
        }
        if (q.from() != null) {
            w.append(" and occurred_at >= :from");
        }
        if (q.to() != null) {
            w.append(" and occurred_at < :to");
        }
        return w.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Optional<UUID> scope, AuditQuery q) {
        scope.ifPresent(s -> sql.param("scope", s));
        if (q.organisation() != null) {
            sql.param("org", q.organisation());
        }
        if (q.actorId() != null) {
            sql.param("actorId", q.actorId());
        } else if (q.actor() != null) {
            sql.param("actorLike", "%" + likeEscaped(q.actor()) + "%");
            if (!q.people().isEmpty()) {
                sql.param("people", q.people().stream().map(UUID::toString).toArray(String[]::new));
            }
        }
        if (q.subjectType() != null) {
            sql.param("subjectType", q.subjectType());
        }
        if (q.object() != null) {
            sql.param("object", q.object()).param("objectStart", likeEscaped(q.object()) + "%");
        }
        if (q.action() != null) {
            sql.param("actionStart", likeEscaped(q.action()) + "%");
        }
        if (q.from() != null) {
            sql.param("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.param("to", Timestamp.from(q.to()));
        }
        return sql;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Records about one subject, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> trail(String subjectType, String subjectId) {
        return jdbc.sql("select * from audit_record where subject_type = ? and subject_id = ? order by seq")
                .params(subjectType, subjectId).query((rs, n) -> map(rs)).list();
    }

    private static AuditRecord map(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_label"),
                rs.getObject("organisation_id", UUID.class), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("before_digest"), rs.getString("after_digest"),
                rs.getString("details"), rs.getString("previous_hash"), rs.getString("record_hash"));
    }
}
