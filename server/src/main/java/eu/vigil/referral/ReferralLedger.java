package eu.vigil.referral;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
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
import eu.vigil.shared.ItemHash;

/**
 * Where referrals are kept. The model decides every transition; this class only writes what the model returns and
 * reads it back (items of many referrals in one query).
 */
@Component
class ReferralLedger {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReferralLedger(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The next number for a reference prefix in a year (numbers are never reused). */
    int nextNumber(String prefix, int year) {
        return jdbc.sql("""
                insert into referral_sequence (prefix, year, last) values (?, ?, 1)
                on conflict (prefix, year) do update set last = referral_sequence.last + 1 returning last""")
                .params(prefix, year).query(Integer.class).single();
    }

    /** Writes new referrals with their items, in the caller's transaction. */
    void insert(List<Referral> referrals) {
        batch.batchUpdate("""
                insert into referral (id, reference, sender_id, sender_name, sender_member_state, provider_id, provider_name,
                    category, language, requested_response_minutes, note, action_day_id, state, created_at, created_by,
                    sent_at, release_justification)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", referrals.stream().map(r -> new Object[] {r.id().value(),
                r.reference(), r.senderId(), r.senderName(), r.senderMemberState(), r.providerId(), r.providerName(),
                r.category().name(), r.language(), (int) r.requestedResponse().toMinutes(), r.note(), r.actionDayId(),
                r.state().name(), ts(r.createdAt()), r.createdBy(), ts(r.sentAt()), r.releaseJustification()}).toList());
        List<Object[]> items = new ArrayList<>();
        for (Referral r : referrals) {
            for (ReferralItem i : r.items()) {
                items.add(new Object[] {r.id().value(), i.position(), i.url(), i.hash() == null ? null : i.hash().type().name(),
                        i.hash() == null ? null : i.hash().value(), i.termsClause(), i.account(), i.held()});
            }
        }
        batch.batchUpdate("""
                insert into referral_item (referral_id, position, url, hash_type, hash_value, terms_clause, account, held)
                values (?,?,?,?,?,?,?,?)""", items);
    }

    /** Locks a referral's row for a transition and reads it. */
    Optional<Referral> lock(ReferralId id) {
        List<UUID> found = jdbc.sql("select id from referral where id = ? for update").param(id.value()).query(UUID.class).list();
        return found.isEmpty() ? Optional.empty() : find(id);
    }

    /** Writes the state the model moved to. */
    void update(Referral r) {
        jdbc.sql("""
                update referral set state = ?, sent_at = ?, release_justification = ?, answered_at = ?, withdrawn_at = ?,
                    version = version + 1 where id = ?""")
                .params(r.state().name(), ts(r.sentAt()), r.releaseJustification(), ts(r.answeredAt()), ts(r.withdrawnAt()),
                        r.id().value()).update();
    }

    /** Writes the answers of items. */
    void answers(ReferralId id, List<ReferralItem> answered) {
        batch.batchUpdate("""
                update referral_item set outcome = ?, action = ?, member_states = ?, reason = ?, answered_at = ?, answered_by = ?
                where referral_id = ? and position = ?""", answered.stream().map(i -> new Object[] {
                i.feedback().outcome().name(), i.feedback().action() == null ? null : i.feedback().action().name(),
                i.feedback().memberStates().isEmpty() ? null : i.feedback().memberStates().toArray(String[]::new),
                i.feedback().reason(), ts(i.feedback().answeredAt()), i.feedback().answeredBy(), id.value(), i.position()})
                .toList());
    }

    Optional<Referral> find(ReferralId id) {
        return where("r.id = ?", List.of(id.value())).stream().findFirst();
    }

    /**
     * Referrals matching a condition on {@code r} (the referral table), newest first, at most 1,000; the condition
     * uses {@code ?} parameters.
     */
    List<Referral> where(String condition, List<?> params) {
        return where(condition, params, 1_000);
    }

    List<Referral> where(String condition, List<?> params, int limit) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select r.* from referral r where " + condition + " order by r.created_at desc, r.reference desc limit " + limit)
                .params(params).query((rs, n) -> rows.put(rs.getObject("id", UUID.class), row(rs))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ReferralItem>> items = new LinkedHashMap<>();
        jdbc.sql("select * from referral_item where referral_id = any(?) order by referral_id, position")
                .param(rows.keySet().toArray(UUID[]::new))
                .query((rs, n) -> items.computeIfAbsent(rs.getObject("referral_id", UUID.class), k -> new ArrayList<>())
                        .add(item(rs)))
                .list();
        return rows.values().stream().map(r -> r.with(items.getOrDefault(r.id, List.of()))).toList();
    }

    private record Row(UUID id, String reference, UUID senderId, String senderName, String senderMemberState,
            UUID providerId, String providerName, ContentCategory category, String language, Duration requested,
            String note, UUID actionDayId, ReferralState state, Instant createdAt, String createdBy, Instant sentAt,
            String justification, Instant answeredAt, Instant withdrawnAt) {

        Referral with(List<ReferralItem> items) {
            return new Referral(new ReferralId(id), reference, senderId, senderName, senderMemberState, providerId,
                    providerName, category, language, requested, note, actionDayId, state, createdAt, createdBy, sentAt,
                    justification, answeredAt, withdrawnAt, items);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("sender_id", UUID.class),
                rs.getString("sender_name"), rs.getString("sender_member_state"), rs.getObject("provider_id", UUID.class),
                rs.getString("provider_name"), ContentCategory.valueOf(rs.getString("category")), rs.getString("language"),
                Duration.ofMinutes(rs.getInt("requested_response_minutes")), rs.getString("note"),
                rs.getObject("action_day_id", UUID.class), ReferralState.valueOf(rs.getString("state")),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "sent_at"),
                rs.getString("release_justification"), instant(rs, "answered_at"), instant(rs, "withdrawn_at"));
    }

    private static ReferralItem item(ResultSet rs) throws SQLException {
        String type = rs.getString("hash_type");
        String outcome = rs.getString("outcome");
        ItemFeedback feedback = null;
        if (outcome != null) {
            Array states = rs.getArray("member_states");
            String action = rs.getString("action");
            feedback = new ItemFeedback(FeedbackOutcome.valueOf(outcome), action == null ? null : ReferralAction.valueOf(action),
                    states == null ? List.of() : List.of((String[]) states.getArray()), rs.getString("reason"),
                    instant(rs, "answered_at"), rs.getString("answered_by"));
        }
        return new ReferralItem(rs.getInt("position"), rs.getString("url"),
                type == null ? null : new ItemHash(ItemHash.Type.valueOf(type), rs.getString("hash_value")),
                rs.getString("terms_clause"), rs.getString("account"), rs.getBoolean("held"), feedback);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
