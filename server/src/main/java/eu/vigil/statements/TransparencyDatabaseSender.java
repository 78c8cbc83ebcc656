package eu.vigil.statements;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import eu.vigil.audit.Auditor;
import eu.vigil.statements.internal.TransparencyDatabaseAnswer;
import eu.vigil.statements.internal.TransparencyDatabaseClient;

/**
 * Submits statements of reasons to the DSA Transparency Database (R47) from an outbox in PostgreSQL
 * ({@code tdb_submission}), so that nothing is lost across restarts. Each run first queues every
 * {@link StatementState#READY ready} statement of a provider with a {@link TransparencyDatabaseConnections connection}
 * that is not yet queued and not withheld for non-disclosure (TCO Art. 11(3), as {@link StatementsOfReasons#export}),
 * then, provider by provider, claims batches of at most {@value StatementsOfReasons#BATCH_LIMIT} due statements and
 * POSTs each to {@code /api/v1/statements} within {@code vigil.tdb.request-timeout}; what each answer means is
 * decided by {@link TransparencyDatabaseAnswer}: only {@code 201} stores, and its uuids are recorded.
 *
 * <p>Concurrency: claiming locks the due rows {@code for update skip locked} and, in the same transaction, moves
 * their next attempt a lease ({@value #LEASE_MINUTES} minutes) ahead and marks them with a fresh batch id. A second
 * sender (another instance, or a run that overlaps) therefore neither sees rows being claimed nor rows claimed
 * before; an answer is recorded only on rows still carrying its batch id. A crash after claiming only delays the
 * batch by the lease. A crash between sending and recording makes the batch go out again: the database answers the
 * statements it already holds with a duplicate-{@code puid} {@code 422} and their {@code existing} uuid, which is
 * recorded as the submission, so every statement is stored once.
 */
@Component
public class TransparencyDatabaseSender {

    private static final Logger log = LoggerFactory.getLogger(TransparencyDatabaseSender.class);
    static final int LEASE_MINUTES = 5;
    static final Duration LEASE = Duration.ofMinutes(LEASE_MINUTES);
    /** Most batches one run sends per provider, so that a run ends. */
    static final int MAX_BATCHES_PER_RUN = 50;
    private static final Auditor SENDER = Auditor.system("Transparency Database sender");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final StatementsOfReasons statements;
    private final TransparencyDatabaseConnections connections;
    private final TransparencyDatabaseClient client;

    TransparencyDatabaseSender(JdbcClient jdbc, Clock clock, TransactionTemplate tx, ApplicationEventPublisher events,
            StatementsOfReasons statements, TransparencyDatabaseConnections connections,
            @Value("${vigil.tdb.request-timeout:PT10S}") Duration requestTimeout) {
        if (requestTimeout.isNegative() || requestTimeout.isZero() || requestTimeout.compareTo(LEASE.dividedBy(2)) > 0) {
            throw new IllegalArgumentException("vigil.tdb.request-timeout must be above 0 and at most " + LEASE.dividedBy(2));
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
        this.events = events;
        this.statements = statements;
        this.connections = connections;
        this.client = new TransparencyDatabaseClient(requestTimeout);
    }

    private record Claimed(UUID statementId, String puid, String payload, int attempts) {
    }

    @Scheduled(fixedDelayString = "${vigil.tdb.interval:PT30S}", initialDelayString = "${vigil.tdb.interval:PT30S}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.error("Transparency Database submission failed; it will run again", e);
        }
    }

    /** Queues what is ready and sends every due batch now; returns how many batches were posted. */
    public int sendDue() {
        enqueue();
        List<UUID> providers = jdbc.sql("""
                select distinct t.provider_id from tdb_submission t join tdb_connection c on c.provider_id = t.provider_id
                where t.state = ? and t.next_attempt_at <= ?""")
                .params(SubmissionState.QUEUED.name(), Timestamp.from(clock.instant())).query(UUID.class).list();
        int posted = 0;
        for (UUID provider : providers) {
            for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
                Optional<TransparencyDatabaseConnections.Target> target = connections.target(provider);
                UUID batchId = UUID.randomUUID();
                List<Claimed> batch = target.isEmpty() ? List.of() : claim(provider, batchId);
                if (batch.isEmpty()) {
                    break;
                }
                String body = "{\"statements\":[" + String.join(",", batch.stream().map(Claimed::payload).toList()) + "]}";
                // checked again before each batch: a name may have come to resolve to an internal address
                Optional<String> refused = connections.refusal(target.get().baseUrl());
                TransparencyDatabaseClient.Answer answer = refused.isPresent()
                        ? new TransparencyDatabaseClient.Answer(null, null, "address refused: " + refused.get())
                        : client.post(target.get().baseUrl(), target.get().token(), body);
                posted++;
                Map<String, TransparencyDatabaseAnswer.Outcome> outcomes = TransparencyDatabaseAnswer.read(answer.status(),
                        answer.body(), answer.failure(), batch.stream().map(Claimed::puid).toList());
                record(provider, batchId, batch, answer.status(), outcomes);
            }
        }
        return posted;
    }

    /** Queues the ready statements of connected providers that are not withheld; returns how many. */
    int enqueue() {
        Integer queued = tx.execute(status -> {
            record Ready(UUID id, UUID providerId, UUID orderId, boolean unreviewedFindings) {
            }
            List<Ready> ready = jdbc.sql("""
                    select s.id, s.provider_id, s.order_id, (s.findings <> '[]' and s.reviewed_by is null)
                    from statement_of_reasons s join tdb_connection c on c.provider_id = s.provider_id
                    where s.state = ? and not exists (select 1 from tdb_submission t where t.statement_id = s.id)
                    order by s.drafted_at, s.puid limit 5000 for update of s skip locked""")
                    .param(StatementState.READY.name())
                    .query((rs, n) -> new Ready(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getBoolean(4)))
                    .list();
            Map<UUID, Optional<LocalDate>> withheld = new HashMap<>();
            Instant now = clock.instant();
            int n = 0;
            for (Ready r : ready) {
                if (r.unreviewedFindings()) {
                    log.error("statement {} is ready with unreviewed findings; not submitted", r.id());
                    continue;
                }
                if (r.orderId() != null && withheld.computeIfAbsent(r.orderId(), statements::withheldUntil).isPresent()) {
                    continue;
                }
                n += jdbc.sql("""
                        insert into tdb_submission (statement_id, provider_id, state, queued_at, attempts, next_attempt_at)
                        values (?,?,?,?,0,?) on conflict (statement_id) do nothing""")
                        .params(r.id(), r.providerId(), SubmissionState.QUEUED.name(), Timestamp.from(now),
                                Timestamp.from(now))
                        .update();
            }
            return n;
        });
        return queued == null ? 0 : queued;
    }

    /** Claims at most one batch of a provider's due statements (lease and batch id, {@code skip locked}). */
    private List<Claimed> claim(UUID provider, UUID batchId) {
        Instant now = clock.instant();
        return tx.execute(status -> {
            List<Claimed> due = jdbc.sql("""
                    select t.statement_id, s.puid, s.payload, t.attempts
                    from tdb_submission t join statement_of_reasons s on s.id = t.statement_id
                    where t.provider_id = ? and t.state = ? and t.next_attempt_at <= ?
                    order by t.next_attempt_at, t.queued_at, s.puid limit ? for update of t skip locked""")
                    .params(provider, SubmissionState.QUEUED.name(), Timestamp.from(now), StatementsOfReasons.BATCH_LIMIT)
                    .query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getInt(4)))
                    .list();
            if (!due.isEmpty()) {
                jdbc.sql("update tdb_submission set next_attempt_at = :lease, batch_id = :batch where statement_id in (:ids)")
                        .param("lease", Timestamp.from(now.plus(LEASE))).param("batch", batchId)
                        .param("ids", due.stream().map(Claimed::statementId).toList()).update();
            }
            return due;
        });
    }

    /** Records what the answer means for each statement of the batch, and tells the provider. */
    private void record(UUID provider, UUID batchId, List<Claimed> batch, Integer status,
            Map<String, TransparencyDatabaseAnswer.Outcome> outcomes) {
        tx.executeWithoutResult(s -> {
            Instant now = clock.instant();
            List<String> submitted = new ArrayList<>();
            List<String> rejected = new ArrayList<>();
            for (Claimed c : batch) {
                int attempts = c.attempts() + 1;
                String q = SubmissionState.QUEUED.name();
                int changed = switch (outcomes.get(c.puid())) {
                    case TransparencyDatabaseAnswer.Stored st -> jdbc.sql("""
                            update tdb_submission set state = ?, tdb_uuid = ?, tdb_id = ?, permalink = ?, submitted_at = ?,
                                attempts = ?, last_attempt_at = ?, last_status = ?, last_error = ?
                            where statement_id = ? and batch_id = ? and state = ?""")
                            .params(SubmissionState.QUEUED.to(SubmissionState.SUBMITTED).name(), st.uuid(), st.id(),
                                    st.permalink(), Timestamp.from(now), attempts, Timestamp.from(now), status,
                                    st.duplicate() ? "already stored by an earlier attempt (duplicate puid)" : null,
                                    c.statementId(), batchId, q)
                            .update();
                    case TransparencyDatabaseAnswer.Refused r -> jdbc.sql("""
                            update tdb_submission set state = ?, attempts = ?, last_attempt_at = ?, last_status = ?,
                                last_error = ? where statement_id = ? and batch_id = ? and state = ?""")
                            .params(SubmissionState.QUEUED.to(SubmissionState.REJECTED).name(), attempts,
                                    Timestamp.from(now), status, r.errors(), c.statementId(), batchId, q)
                            .update();
                    case TransparencyDatabaseAnswer.Resend r -> retry(c, batchId, attempts, now, status,
                            "sent again: the database refused another statement of the batch");
                    case TransparencyDatabaseAnswer.Failed f -> retry(c, batchId, attempts,
                            now.plus(TransparencyDatabaseAnswer.backoff(attempts)), status, f.error());
                };
                if (changed == 1 && outcomes.get(c.puid()) instanceof TransparencyDatabaseAnswer.Stored) {
                    submitted.add(c.puid());
                } else if (changed == 1 && outcomes.get(c.puid()) instanceof TransparencyDatabaseAnswer.Refused) {
                    rejected.add(c.puid());
                } else if (changed == 0) {
                    log.warn("answer for statement {} of batch {} not recorded: the batch was claimed again", c.puid(), batchId);
                }
            }
            if (!submitted.isEmpty()) {
                events.publishEvent(new SubmissionAnswered(SubmissionState.SUBMITTED, now, SENDER, batchId, provider, submitted));
            }
            if (!rejected.isEmpty()) {
                events.publishEvent(new SubmissionAnswered(SubmissionState.REJECTED, now, SENDER, batchId, provider, rejected));
            }
        });
    }

    private int retry(Claimed c, UUID batchId, int attempts, Instant next, Integer status, String error) {
        return jdbc.sql("""
                update tdb_submission set next_attempt_at = ?, attempts = ?, last_attempt_at = ?, last_status = ?,
                    last_error = ? where statement_id = ? and batch_id = ? and state = ?""")
                .params(Timestamp.from(next), attempts, Timestamp.from(clock.instant()), status, error, c.statementId(),
                        batchId, SubmissionState.QUEUED.name())
                .update();
    }
}
