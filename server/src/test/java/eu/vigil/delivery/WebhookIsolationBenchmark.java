package eu.vigil.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.vigil.testing.Http;
import eu.vigil.testing.ServerProcess;

/**
 * Benchmark, not a test: the latency from issuing an order for provider B to B's webhook arriving, first with
 * quiet neighbours, then while provider A's endpoint is a tarpit (accepts, never answers) with a backlog of
 * queued orders. Run with
 * {@code ./mvnw -pl server test -Dtest=WebhookIsolationBenchmark -Dvigil.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}
 * (JDK 25); {@code -Dorders=…} orders for B per phase, {@code -Dbacklog=…} orders queued for A. The numbers
 * go to {@code target/benchmarks/webhook-isolation.txt}.
 */
@Tag("benchmark")
class WebhookIsolationBenchmark {

    private static final int ORDERS = Integer.getInteger("orders", 60);
    private static final int BACKLOG = Integer.getInteger("backlog", 100);
    private static final Pattern ORDER_ID = Pattern.compile("\"order_id\":\"([0-9a-f-]{36})\"");

    @TempDir
    Path dir;

    @Test
    void otherProvidersWebhookWithAndWithoutATarpittingNeighbour() throws Exception {
        try (ServerProcess server = new ServerProcess(dir, "--vigil.webhooks.interval=PT0.05S",
                "--vigil.webhooks.allowed-destinations=127.0.0.1/32");
                WebhookReceiver receiver = new WebhookReceiver(); Tarpit tarpit = new Tarpit()) {
            server.start();
            String issuer = server.token("bka.officer");
            Http b = server.http().bearer(server.token("parlo.admin"));
            Http a = server.http().bearer(server.token("harbour.admin"));
            String bId = b.get("/api/v1/me").json().get("organisationId").asString();
            String aId = a.get("/api/v1/me").json().get("organisationId").asString();
            receiver.secret(b.putJson("/api/v1/providers/" + bId + "/webhook", Map.of("url", receiver.url()))
                    .json().get("secret").asString());

            phase(server, issuer, bId, receiver, "warm-up", 10);
            List<Long> quiet = phase(server, issuer, bId, receiver, "quiet", ORDERS);

            a.putJson("/api/v1/providers/" + aId + "/webhook", Map.of("url", tarpit.url()));
            int queued = 0;
            for (int i = 0; i < BACKLOG; i++) {
                var r = server.http().bearer(issuer).postJson("/api/v1/removal-orders", body(aId, "en", "backlog", i));
                queued += r.status() == 201 ? 1 : 0;
            }
            List<Long> neighbour = phase(server, issuer, bId, receiver, "tarpit", ORDERS);
            int stuck = tarpit.accepted();

            String report = String.format("provider B, %d orders per phase (after 10 to warm up), one every 250 ms; issue -> webhook latency%n"
                    + "  quiet neighbours:            p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d received)%n"
                    + "  A's endpoint a tarpit (%d queued, %d connections held): p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d received)%n",
                    ORDERS, percentile(quiet, 50), percentile(quiet, 99), percentile(quiet, 100), quiet.size(),
                    queued, stuck, percentile(neighbour, 50), percentile(neighbour, 99), percentile(neighbour, 100),
                    neighbour.size());
            System.out.print(report);
            Path out = Path.of("target/benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("webhook-isolation.txt"), report);
        }
    }

    /** Issues {@code orders} orders for B at about 4 per second and returns the sorted latencies to B's receiver. */
    private static List<Long> phase(ServerProcess server, String issuer, String bId, WebhookReceiver receiver,
            String label, int orders) throws InterruptedException {
        Map<String, Long> sent = new ConcurrentHashMap<>();
        for (int i = 0; i < orders; i++) {
            long start = System.nanoTime();
            var r = server.http().bearer(issuer).postJson("/api/v1/removal-orders", body(bId, "de", label, i));
            if (r.status() == 201) {
                sent.put(r.json().get("order").get("id").asString(), start);
            }
            Thread.sleep(250);
        }
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        List<Long> latencies = new ArrayList<>();
        while (Instant.now().isBefore(until)) {
            latencies.clear();
            for (var got : receiver.received()) {
                Matcher m = ORDER_ID.matcher(got.body());
                if (m.find() && sent.containsKey(m.group(1))) {
                    latencies.add(got.receivedNanos() - sent.get(m.group(1)));
                }
            }
            if (latencies.size() >= sent.size()) {
                break;
            }
            Thread.sleep(100);
        }
        Collections.sort(latencies);
        return latencies;
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static String body(String providerId, String language, String label, int n) {
        return """
                {"providerId":"%s","language":"%s","items":[{"url":"https://host.example/c/%s/%d"}],
                 "reasons":["INCITEMENT"],"statementOfReasons":"Aufruf zu Gewalttaten, Benchmark-Beitrag %d.",
                 "representativeName":"KHK Weber","representativePost":"Referent","redressBody":"VG Wiesbaden",
                 "redressDeadline":"ein Monat","emergency":true,"emergencyJustification":"Benchmark"}"""
                .formatted(providerId, language, label, n, n);
    }
}
