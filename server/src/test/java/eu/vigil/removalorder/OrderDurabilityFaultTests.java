package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.vigil.delivery.WebhookReceiver;
import eu.vigil.testing.Http;
import eu.vigil.testing.ServerProcess;

/**
 * Fault test: 200 orders are issued concurrently over HTTP while the server process is killed with SIGKILL
 * and restarted. Every order answered with 201 must exist afterwards and reach the provider's webhook at
 * least once with a stable id, also when the receiver is down for a while after the restart.
 */
class OrderDurabilityFaultTests {

    @TempDir
    Path dir;

    @Test
    void noAcknowledgedOrderIsLostAndEveryOneReachesTheWebhook() throws Exception {
        try (ServerProcess server = new ServerProcess(dir, "--vigil.webhooks.interval=PT0.2S",
                "--vigil.webhooks.allowed-destinations=127.0.0.1/32")) {
            run(server);
        }
    }

    private void run(ServerProcess server) throws Exception {
        server.start();
        String issuer = server.token("bka.officer");
        String provider = server.token("parlo.admin");
        Http asProvider = server.http().bearer(provider);
        String providerId = asProvider.get("/api/v1/me").json().get("organisationId").asString();

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            var hook = asProvider.putJson("/api/v1/providers/" + providerId + "/webhook", Map.of("url", receiver.url()));
            assertThat(hook.status()).isEqualTo(200);
            receiver.secret(hook.json().get("secret").asString());

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger answered = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(12);
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    try {
                        var r = server.http().bearer(issuer).postJson("/api/v1/removal-orders",
                                body(providerId, n));
                        if (r.status() == 201) {
                            acknowledged.add(r.json().get("order").get("id").asString());
                        }
                        answered.incrementAndGet();
                    } catch (RuntimeException connectionLost) {
                        // the server was killed: this request got no 201
                    }
                }));
            }
            while (answered.get() < 80) {
                Thread.sleep(5);
            }
            server.kill();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(80).hasSizeLessThan(200);

            receiver.failWith(503);
            server.start();
            Http asIssuer = server.http().bearer(issuer);
            for (String id : acknowledged) {
                assertThat(asIssuer.get("/api/v1/removal-orders/" + id).status()).as("order " + id).isEqualTo(200);
            }
            Thread.sleep(2_000);
            receiver.recover();
            Instant until = Instant.now().plus(Duration.ofSeconds(90));
            Map<String, String> webhookIdByOrder = new HashMap<>();
            while (Instant.now().isBefore(until)) {
                webhookIdByOrder.clear();
                boolean stable = true;
                for (var got : receiver.received()) {
                    Matcher m = Pattern.compile("\"order_id\":\"([0-9a-f-]{36})\"").matcher(got.body());
                    if (m.find()) {
                        String previous = webhookIdByOrder.putIfAbsent(m.group(1), got.id());
                        stable &= previous == null || previous.equals(got.id());
                    }
                }
                assertThat(stable).as("a retried order keeps its webhook-id").isTrue();
                if (webhookIdByOrder.keySet().containsAll(acknowledged)) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(webhookIdByOrder.keySet()).containsAll(acknowledged);
            assertThat(receiver.received()).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
        }
    }

    private static String body(String providerId, int n) {
        return """
                {"providerId":"%s","language":"de","items":[{"url":"https://parlo.example/c/fault/%d"}],
                 "reasons":["INCITEMENT"],"statementOfReasons":"Aufruf zu Gewalttaten gegen Einsatzkräfte, Beitrag %d.",
                 "representativeName":"KHK Weber","representativePost":"Referent","redressBody":"VG Wiesbaden",
                 "redressDeadline":"ein Monat","emergency":true,"emergencyJustification":"Fault test"}"""
                .formatted(providerId, n, n);
    }
}
