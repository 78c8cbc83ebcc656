package eu.vigil.delivery;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLSocketFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Sends due outbox messages to providers' endpoints, each endpoint in its own lane (ADR 0017): a lane is a
 * virtual thread that claims at most {@code vigil.webhooks.max-in-flight-per-endpoint} due messages of its
 * endpoint, sends them, and claims again until none is due; every request ends within
 * {@code vigil.webhooks.request-timeout} (5 s). A slow or silent endpoint therefore only delays its own
 * messages, never another provider's. Claiming moves a message's next attempt a lease ahead, with rows locked
 * {@code skip locked}, so several server instances never send the same attempt twice; a crash after claiming
 * only delays the message by the lease. Failures are retried with exponential backoff (5 s doubling, at most
 * 5 minutes), so an endpoint that was down for an hour receives everything within minutes of coming back.
 * Receivers deduplicate by {@code webhook-id}; the order of arrival is not promised. Before each attempt the
 * destination is checked again and the request goes only to the checked
 * addresses. The provider sees only a generic {@code last_error}; the reason is in the server log.
 */
@Component
public class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration MAX_RETRY = Duration.ofMinutes(5);
    /** What the provider sees when no HTTP answer came (or the destination was refused). */
    static final String DELIVERY_FAILED = "delivery failed";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final WebhookDestinations destinations;
    private final WebhookPost post = new WebhookPost((SSLSocketFactory) SSLSocketFactory.getDefault());
    private final Duration requestTimeout;
    private final int perEndpoint;
    private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("webhook-", 0).factory());

    WebhookDispatcher(JdbcClient jdbc, Clock clock, TransactionTemplate tx, WebhookDestinations destinations,
            @Value("${vigil.webhooks.request-timeout:PT5S}") Duration requestTimeout,
            @Value("${vigil.webhooks.max-in-flight-per-endpoint:4}") int perEndpoint) {
        if (requestTimeout.isNegative() || requestTimeout.isZero() || requestTimeout.compareTo(LEASE.dividedBy(2)) > 0) {
            throw new IllegalArgumentException("vigil.webhooks.request-timeout must be above 0 and at most " + LEASE.dividedBy(2));
        }
        if (perEndpoint < 1 || perEndpoint > 64) {
            throw new IllegalArgumentException("vigil.webhooks.max-in-flight-per-endpoint must be 1 to 64");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
        this.destinations = destinations;
        this.requestTimeout = requestTimeout;
        this.perEndpoint = perEndpoint;
    }

    private record Claimed(UUID id, UUID providerId, String eventType, String payload, int attempts, String url,
            String secret) {
    }

    /** The lane of one endpoint; {@code done} completes with the number of attempts it made. */
    private record Lane(UUID providerId, CompletableFuture<Integer> done) {
    }

    @Scheduled(fixedDelayString = "${vigil.webhooks.interval:PT1S}", initialDelayString = "${vigil.webhooks.interval:PT1S}")
    void scheduled() {
        try {
            startLanes();
        } catch (RuntimeException e) {
            log.error("webhook dispatch failed; it will run again", e);
        }
    }

    /**
     * Starts a lane for every endpoint with due messages and waits until those lanes have nothing due any more;
     * returns how many attempts they made. The scheduler does the same without waiting.
     */
    public int dispatchDue() {
        return startLanes().stream().mapToInt(lane -> lane.done().join()).sum();
    }

    /** Starts a lane for each endpoint with due messages that has none running; returns the lanes of those endpoints. */
    private List<Lane> startLanes() {
        List<UUID> due = jdbc.sql("""
                select distinct m.provider_id
                from outbox_message m join provider_webhook w on w.provider_id = m.provider_id
                where m.delivered_at is null and m.next_attempt_at <= ?""")
                .param(Timestamp.from(clock.instant())).query(UUID.class).list();
        List<Lane> result = new ArrayList<>();
        for (UUID providerId : due) {
            result.add(lanes.computeIfAbsent(providerId, id -> {
                Lane lane = new Lane(id, new CompletableFuture<>());
                threads.execute(() -> run(lane));
                return lane;
            }));
        }
        return result;
    }

    private void run(Lane lane) {
        int attempted = 0;
        try {
            List<Claimed> batch;
            while (!threads.isShutdown() && !(batch = claim(lane.providerId())).isEmpty()) {
                attempted += batch.size();
                if (batch.size() == 1) {
                    send(batch.getFirst());
                } else {
                    CompletableFuture.allOf(batch.stream()
                            .map(c -> CompletableFuture.runAsync(() -> send(c), threads))
                            .toArray(CompletableFuture[]::new)).join();
                }
            }
        } catch (RuntimeException e) {
            log.error("webhook lane of provider {} stopped; it starts again on the next run", lane.providerId(), e);
        } finally {
            lanes.remove(lane.providerId(), lane);
            lane.done().complete(attempted);
        }
    }

    /** Claims at most {@code perEndpoint} due messages of one endpoint (lease, {@code skip locked}). */
    private List<Claimed> claim(UUID providerId) {
        Instant now = clock.instant();
        return tx.execute(status -> {
            List<Claimed> due = jdbc.sql("""
                    select m.id, m.provider_id, m.event_type, m.payload, m.attempts, w.url, w.secret
                    from outbox_message m join provider_webhook w on w.provider_id = m.provider_id
                    where m.provider_id = ? and m.delivered_at is null and m.next_attempt_at <= ?
                    order by m.next_attempt_at, m.created_at limit ? for update of m skip locked""")
                    .params(providerId, Timestamp.from(now), perEndpoint)
                    .query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7)))
                    .list();
            for (Claimed c : due) {
                jdbc.sql("update outbox_message set next_attempt_at = ? where id = ?")
                        .params(Timestamp.from(now.plus(LEASE)), c.id()).update();
            }
            return due;
        });
    }

    private void send(Claimed c) {
        Integer status = null;
        try {
            status = attempt(c);
        } catch (RuntimeException e) {
            log.warn("webhook {} to provider {} failed", c.id(), c.providerId(), e);
        }
        Instant now = clock.instant();
        int attempts = c.attempts() + 1;
        if (status != null && status >= 200 && status < 300) {
            jdbc.sql("update outbox_message set delivered_at = ?, attempts = ?, last_status = ?, last_error = null where id = ?")
                    .params(Timestamp.from(now), attempts, status, c.id()).update();
        } else {
            jdbc.sql("update outbox_message set attempts = ?, next_attempt_at = ?, last_status = ?, last_error = ? where id = ?")
                    .params(attempts, Timestamp.from(now.plus(backoff(attempts))), status,
                            status == null ? DELIVERY_FAILED : "HTTP " + status / 100 + "xx", c.id())
                    .update();
        }
    }

    /** One attempt; the HTTP status, or null when there was none (the reason goes to the log only). */
    private Integer attempt(Claimed c) {
        WebhookDestinations.Checked checked = destinations.check(c.url());
        if (!(checked instanceof WebhookDestinations.Allowed destination)) {
            var refused = (WebhookDestinations.Refused) checked;
            log.warn("webhook {} to provider {} not sent: destination refused ({}: {})", c.id(), c.providerId(),
                    refused.reason(), refused.detail());
            return null;
        }
        long timestamp = clock.instant().getEpochSecond();
        String id = c.id().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(c.secret(), id, timestamp, c.payload()));
        headers.put("vigil-event", c.eventType());
        try {
            return post.send(destination, headers, c.payload(), requestTimeout);
        } catch (IOException e) {
            log.warn("webhook {} to provider {} failed: {} {} ({})", c.id(), c.providerId(), destination.host(),
                    destination.addresses(), e.toString());
            return null;
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }

    /** Delay before attempt {@code attempts + 1}: 5 s, 10 s, 20 s, … at most 5 minutes. */
    static Duration backoff(int attempts) {
        int exponent = Math.min(attempts - 1, 16);
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.max(exponent, 0));
        return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
    }
}
