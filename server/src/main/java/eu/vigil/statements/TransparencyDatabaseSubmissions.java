package eu.vigil.statements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;

/**
 * The provider's view of its statements' submissions to the DSA Transparency Database (R47): state, attempts, the
 * last error and the database's uuid of each. The {@link TransparencyDatabaseSender} changes them; a review of a
 * rejected statement queues it again.
 */
@Service
public class TransparencyDatabaseSubmissions {

    private final JdbcClient jdbc;

    TransparencyDatabaseSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The provider's submissions, newest queued first, optionally in one state or of one batch. */
    public List<Submission> list(Actor actor, Optional<SubmissionState> state, Optional<UUID> batch) {
        requireProvider(actor);
        return jdbc.sql("""
                select t.*, s.puid from tdb_submission t join statement_of_reasons s on s.id = t.statement_id
                where t.provider_id = :p and (cast(:s as text) is null or t.state = :s)
                  and (cast(:b as uuid) is null or t.batch_id = :b)
                order by t.queued_at desc, s.puid limit 1000""")
                .param("p", actor.organisationId().value()).param("s", state.map(Enum::name).orElse(null))
                .param("b", batch.orElse(null)).query(TransparencyDatabaseSubmissions::map).list();
    }

    /** The submission of one of the provider's statements, empty while it is not queued. */
    public Optional<Submission> of(Actor actor, StatementId id) {
        requireProvider(actor);
        jdbc.sql("select provider_id from statement_of_reasons where id = ?").param(id.value())
                .query(UUID.class).optional().filter(p -> p.equals(actor.organisationId().value()))
                .orElseThrow(() -> new NotFound("statement of reasons " + id));
        return find(id.value());
    }

    /** The provider's submissions by statement, for its statements page. */
    public Map<StatementId, Submission> byStatement(Actor actor) {
        Map<StatementId, Submission> result = new LinkedHashMap<>();
        list(actor, Optional.empty(), Optional.empty()).forEach(s -> result.put(s.statementId(), s));
        return result;
    }

    /** The submission of a statement, if it was queued. */
    Optional<Submission> find(UUID statementId) {
        return jdbc.sql("""
                select t.*, s.puid from tdb_submission t join statement_of_reasons s on s.id = t.statement_id
                where t.statement_id = ?""").param(statementId).query(TransparencyDatabaseSubmissions::map).optional();
    }

    /**
     * Queues a rejected statement again after a person fixed it (in the caller's transaction); a statement that was
     * never queued or is queued already is left as it is.
     */
    void requeue(UUID statementId, Instant now) {
        find(statementId).filter(s -> s.state() == SubmissionState.REJECTED).ifPresent(s -> jdbc.sql("""
                update tdb_submission set state = ?, next_attempt_at = ? where statement_id = ? and state = ?""")
                .params(s.state().to(SubmissionState.QUEUED).name(), Timestamp.from(now), statementId,
                        SubmissionState.REJECTED.name())
                .update());
    }

    static Submission map(ResultSet rs, int n) throws SQLException {
        int status = rs.getInt("last_status");
        Integer lastStatus = rs.wasNull() ? null : status;
        return new Submission(new StatementId(rs.getObject("statement_id", UUID.class)), rs.getString("puid"),
                SubmissionState.valueOf(rs.getString("state")), instant(rs, "queued_at"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getObject("batch_id", UUID.class), instant(rs, "last_attempt_at"),
                lastStatus, rs.getString("last_error"), rs.getString("tdb_uuid"), rs.getString("permalink"),
                instant(rs, "submitted_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static void requireProvider(Actor actor) {
        if (actor.kind() != OrganisationKind.HOSTING_SERVICE_PROVIDER) {
            throw new Forbidden("statements of reasons are kept by hosting service providers");
        }
    }
}
