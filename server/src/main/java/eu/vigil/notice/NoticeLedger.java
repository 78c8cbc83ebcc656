package eu.vigil.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.vigil.crimearea.ContentCategory;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.shared.ItemHash;

/**
 * Where notices are kept. The model decides every transition; this class only writes what the model returns and
 * reads it back (items of many notices in one query).
 */
@Component
class NoticeLedger {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    NoticeLedger(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The next number in a year (numbers are never reused). */
    int nextNumber(int year) {
        return jdbc.sql("""
                insert into notice_sequence (year, last) values (?, 1)
                on conflict (year) do update set last = notice_sequence.last + 1 returning last""")
                .param(year).query(Integer.class).single();
    }

    /** Writes a new notice with its items, in the caller's transaction. */
    void insert(Notice n) {
        jdbc.sql("""
                insert into notice (id, reference, sender_id, sender_name, sender_kind, sender_member_state, provider_id,
                    provider_name, category, explanation, notifier_name, notifier_email, good_faith, language, prioritised,
                    priority_reason, trusted_flagger, state, received_at, received_by, acknowledged_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(n.id().value(), n.reference(), n.senderId(), n.senderName(), n.senderKind().name(),
                        n.senderMemberState(), n.providerId(), n.providerName(), n.category().name(), n.explanation(),
                        n.notifier().name(), n.notifier().email(), n.goodFaith(), n.language(), n.prioritised(),
                        n.priority().reason(), n.priority().trustedFlagger(), n.state().name(), ts(n.receivedAt()),
                        n.receivedBy(), ts(n.acknowledgedAt()))
                .update();
        batch.batchUpdate("insert into notice_item (notice_id, position, url, hash_type, hash_value) values (?,?,?,?,?)",
                n.items().stream().map(i -> new Object[] {n.id().value(), i.position(), i.url(),
                        i.hash() == null ? null : i.hash().type().name(), i.hash() == null ? null : i.hash().value()})
                        .toList());
    }

    /** Locks a notice's row for a transition and reads it. */
    Optional<Notice> lock(NoticeId id) {
        List<UUID> found = jdbc.sql("select id from notice where id = ? for update").param(id.value()).query(UUID.class).list();
        return found.isEmpty() ? Optional.empty() : find(id);
    }

    /** Writes the state the model moved to, and the decisions of {@code decided} items. */
    void update(Notice n, List<NoticeItem> decided) {
        jdbc.sql("""
                update notice set state = ?, acknowledged_at = ?, decided_at = ?, ground = ?, ground_text = ?,
                    decision_explanation = ?, version = version + 1 where id = ?""")
                .params(n.state().name(), ts(n.acknowledgedAt()), ts(n.decidedAt()),
                        n.ground() == null ? null : n.ground().name(), n.groundText(), n.decisionExplanation(),
                        n.id().value()).update();
        batch.batchUpdate("""
                update notice_item set measure = ?, reason = ?, decided_at = ?, decided_by = ?
                where notice_id = ? and position = ?""", decided.stream().map(i -> new Object[] {
                i.decision().measure().name(), i.decision().reason(), ts(i.decision().decidedAt()),
                i.decision().decidedBy(), n.id().value(), i.position()}).toList());
    }

    Optional<Notice> find(NoticeId id) {
        return where("n.id = ?", List.of(id.value()), 1).stream().findFirst();
    }

    /**
     * Notices matching a condition on {@code n} (the notice table) in the given order, at most {@code limit}; the
     * condition uses {@code ?} parameters.
     */
    List<Notice> where(String condition, List<?> params, int limit) {
        return where(condition, params, "n.received_at desc, n.reference desc", limit);
    }

    List<Notice> where(String condition, List<?> params, String order, int limit) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select n.* from notice n where " + condition + " order by " + order + " limit " + limit)
                .params(params).query((rs, k) -> rows.put(rs.getObject("id", UUID.class), row(rs))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<NoticeItem>> items = new LinkedHashMap<>();
        jdbc.sql("select * from notice_item where notice_id = any(?) order by notice_id, position")
                .param(rows.keySet().toArray(UUID[]::new))
                .query((rs, k) -> items.computeIfAbsent(rs.getObject("notice_id", UUID.class), x -> new ArrayList<>())
                        .add(item(rs)))
                .list();
        return rows.values().stream().map(r -> r.with(items.getOrDefault(r.id, List.of()))).toList();
    }

    private record Row(UUID id, String reference, UUID senderId, String senderName, OrganisationKind senderKind,
            String senderMemberState, UUID providerId, String providerName, ContentCategory category, String explanation,
            Notifier notifier, String language, Priority priority, NoticeState state, Instant receivedAt,
            String receivedBy, Instant acknowledgedAt, Instant decidedAt, DecisionGround ground, String groundText,
            String decisionExplanation) {

        Notice with(List<NoticeItem> items) {
            return new Notice(new NoticeId(id), reference, senderId, senderName, senderKind, senderMemberState,
                    providerId, providerName, category, explanation, notifier, true, language, priority, state,
                    receivedAt, receivedBy, acknowledgedAt, decidedAt, ground, groundText, decisionExplanation, items);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        String ground = rs.getString("ground");
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("sender_id", UUID.class),
                rs.getString("sender_name"), OrganisationKind.valueOf(rs.getString("sender_kind")),
                rs.getString("sender_member_state"), rs.getObject("provider_id", UUID.class),
                rs.getString("provider_name"), ContentCategory.valueOf(rs.getString("category")),
                rs.getString("explanation"), new Notifier(rs.getString("notifier_name"), rs.getString("notifier_email")),
                rs.getString("language"), new Priority(rs.getBoolean("prioritised"), rs.getString("priority_reason"),
                        rs.getString("trusted_flagger")), NoticeState.valueOf(rs.getString("state")),
                instant(rs, "received_at"), rs.getString("received_by"), instant(rs, "acknowledged_at"),
                instant(rs, "decided_at"), ground == null ? null : DecisionGround.valueOf(ground),
                rs.getString("ground_text"), rs.getString("decision_explanation"));
    }

    private static NoticeItem item(ResultSet rs) throws SQLException {
        String type = rs.getString("hash_type");
        String measure = rs.getString("measure");
        ItemDecision decision = measure == null ? null : new ItemDecision(NoticeMeasure.valueOf(measure),
                rs.getString("reason"), instant(rs, "decided_at"), rs.getString("decided_by"));
        return new NoticeItem(rs.getInt("position"), rs.getString("url"),
                type == null ? null : new ItemHash(ItemHash.Type.valueOf(type), rs.getString("hash_value")), decision);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
