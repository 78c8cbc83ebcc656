package eu.vigil.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages to providers' endpoints. A batch is first claimed (its next attempt moved a
 * lease ahead, rows locked with {@code skip locked}), so several server instances never send the same
 * attempt twice; a crash after claiming only delays the message by the lease. Failures are retried with
 * exponential backoff (5 s doubling, at most 5 minutes), so an endpoint that was down for an hour receives
 * everything within minutes of coming back. Receivers deduplicate by {@code webhook-id}.
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration MAX_RETRY = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookDispatcher(JdbcClient jdbc, Clock clock, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
    }

    private record Claimed(UUID id, String eventType, String payload, int attempts, String url, String secret) {
    }

    @Scheduled(fixedDelayString = "${vigil.webhooks.interval:PT1S}", initialDelayString = "${vigil.webhooks.interval:PT1S}")
    void scheduled() {
        try {
            while (dispatchDue() > 0) {
                // keep going while there is a backlog
            }
        } catch (RuntimeException e) {
            log.error("webhook dispatch failed; it will run again", e);
        }
    }

    /** Sends one batch of due messages; returns how many were attempted. */
    public int dispatchDue() {
        Instant now = clock.instant();
        List<Claimed> batch = tx.execute(status -> {
            List<Claimed> due = jdbc.sql("""
                    select m.id, m.event_type, m.payload, m.attempts, w.url, w.secret
                    from outbox_message m join provider_webhook w on w.provider_id = m.provider_id
                    where m.delivered_at is null and m.next_attempt_at <= ?
                    order by m.next_attempt_at limit 50 for update of m skip locked""")
                    .param(Timestamp.from(now))
                    .query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getInt(4), rs.getString(5), rs.getString(6)))
                    .list();
            for (Claimed c : due) {
                jdbc.sql("update outbox_message set next_attempt_at = ? where id = ?")
                        .params(Timestamp.from(now.plus(LEASE)), c.id()).update();
            }
            return due;
        });
        for (Claimed c : batch) {
            send(c);
        }
        return batch.size();
    }

    private void send(Claimed c) {
        long timestamp = clock.instant().getEpochSecond();
        String id = c.id().toString();
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(c.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(c.secret(), id, timestamp, c.payload()))
                    .header("vigil-event", c.eventType())
                    .POST(HttpRequest.BodyPublishers.ofString(c.payload())).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        Instant now = clock.instant();
        int attempts = c.attempts() + 1;
        if (status != null && status >= 200 && status < 300) {
            jdbc.sql("update outbox_message set delivered_at = ?, attempts = ?, last_status = ?, last_error = null where id = ?")
                    .params(Timestamp.from(now), attempts, status, c.id()).update();
        } else {
            jdbc.sql("update outbox_message set attempts = ?, next_attempt_at = ?, last_status = ?, last_error = ? where id = ?")
                    .params(attempts, Timestamp.from(now.plus(backoff(attempts))), status,
                            error == null ? "HTTP " + status : error, c.id())
                    .update();
        }
    }

    /** Delay before attempt {@code attempts + 1}: 5 s, 10 s, 20 s, … at most 5 minutes. */
    static Duration backoff(int attempts) {
        int exponent = Math.min(attempts - 1, 16);
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.max(exponent, 0));
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }
}
