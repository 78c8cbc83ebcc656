package eu.vigil.removalorder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.vigil.delivery.WebhookReceiver;
import eu.vigil.testing.ServerProcess;

/**
 * Benchmark, not a test: issues orders over HTTP to a server process and reports orders per second and the
 * latency from the issuing request to the webhook's arrival (p50, p99). Run with
 * {@code ./mvnw -pl server test -Dtest=OrderPipelineBenchmark -Dvigil.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}
 * (with JAVA_HOME on JDK 25); the numbers go to {@code target/benchmarks/order-pipeline.txt}.
 */
@Tag("benchmark")
class OrderPipelineBenchmark {

    private static final int ORDERS = Integer.getInteger("orders", 1000);
    private static final int THREADS = Integer.getInteger("threads", 8);

    @TempDir
    Path dir;

    @Test
    void issueToWebhook() throws Exception {
        try (ServerProcess server = new ServerProcess(dir, "--vigil.webhooks.interval=PT0.05S",
                "--vigil.webhooks.allowed-destinations=127.0.0.1/32");
                WebhookReceiver receiver = new WebhookReceiver()) {
            server.start();
            String issuer = server.token("bka.officer");
            String provider = server.token("parlo.admin");
            String providerId = server.http().bearer(provider).get("/api/v1/me").json().get("organisationId").asString();
            var hook = server.http().bearer(provider).putJson("/api/v1/providers/" + providerId + "/webhook",
                    Map.of("url", receiver.url()));
            receiver.secret(hook.json().get("secret").asString());

            Map<String, Long> issuedNanos = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long start = System.nanoTime();
            for (int i = 0; i < ORDERS; i++) {
                int n = i;
                pool.submit(() -> {
                    long sent = System.nanoTime();
                    var r = server.http().bearer(issuer).postJson("/api/v1/removal-orders", body(providerId, n));
                    if (r.status() == 201) {
                        issuedNanos.put(r.json().get("order").get("id").asString(), sent);
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - start) / 1e9;
            Instant until = Instant.now().plus(Duration.ofMinutes(2));
            while (receiver.received().size() < issuedNanos.size() && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            List<Long> latencies = new ArrayList<>();
            Pattern order = Pattern.compile("\"order_id\":\"([0-9a-f-]{36})\"");
            for (var got : receiver.received()) {
                Matcher m = order.matcher(got.body());
                if (m.find() && issuedNanos.containsKey(m.group(1))) {
                    latencies.add(got.receivedNanos() - issuedNanos.get(m.group(1)));
                }
            }
            Collections.sort(latencies);
            String report = String.format("orders issued: %d in %.1f s = %.1f orders/s (%d client threads)%n"
                    + "webhooks received: %d; issue->webhook latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    issuedNanos.size(), seconds, issuedNanos.size() / seconds, THREADS, latencies.size(),
                    percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100));
            System.out.print(report);
            Path out = Path.of("target/benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("order-pipeline.txt"), report);
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static String body(String providerId, int n) {
        return """
                {"providerId":"%s","language":"de","items":[{"url":"https://parlo.example/c/bench/%d"}],
                 "reasons":["INCITEMENT"],"statementOfReasons":"Aufruf zu Gewalttaten, Benchmark-Beitrag %d.",
                 "representativeName":"KHK Weber","representativePost":"Referent","redressBody":"VG Wiesbaden",
                 "redressDeadline":"ein Monat","emergency":true,"emergencyJustification":"Benchmark"}"""
                .formatted(providerId, n, n);
    }
}
