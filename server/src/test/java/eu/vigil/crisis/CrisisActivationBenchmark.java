package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.vigil.delivery.WebhookReceiver;
import eu.vigil.testing.Http;
import eu.vigil.testing.ServerProcess;

/**
 * Benchmark, not a test (issue 13): activation of the Crisis Protocol → every one of {@code participants} providers'
 * webhook receivers has its signed {@code crisis.activated} event. Starts the demo server as its own process with the
 * webhook dispatcher every 50 ms, onboards the providers as a platform administrator would (register over the API, invitation from the
 * provider's page accepted over the API), each opts in with a
 * 24/7 contact and its own webhook receiver on its own port, then runs {@code rounds} crises: a provider raises the
 * alert, Europol activates, and the latency is measured from sending the activation request to each receiver's
 * arrival. Run with
 * {@code ./mvnw -pl server test -Dtest=CrisisActivationBenchmark -Dvigil.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}
 * (JDK 25); the numbers go to {@code target/benchmarks/crisis-activation.txt}.
 */
@Tag("benchmark")
class CrisisActivationBenchmark {

    private static final int PARTICIPANTS = Integer.getInteger("participants", 50);
    private static final int ROUNDS = Integer.getInteger("rounds", 10);
    private static final String PASSWORD = "crisis-benchmark-2026";
    private static final Pattern CRISIS_ID = Pattern.compile("\"crisisId\":\"([0-9a-f-]{36})\"");

    @TempDir
    Path dir;

    @Test
    void activationReachesEveryParticipantsWebhook() throws Exception {
        List<WebhookReceiver> receivers = new ArrayList<>();
        try (ServerProcess server = new ServerProcess(dir, "--vigil.webhooks.interval=PT0.05S",
                "--vigil.webhooks.allowed-destinations=127.0.0.1/32")) {
            server.start();
            Http admin = server.http().bearer(server.token("admin"));
            Http europol = server.http().bearer(server.token("europol.iru"));
            Http registry = server.http();
            assertThat(registry.login("admin", "vigil-demo-2026")).isEqualTo("/");
            List<Http> providers = new ArrayList<>();
            for (int i = 0; i < PARTICIPANTS; i++) {
                WebhookReceiver receiver = new WebhookReceiver();
                receivers.add(receiver);
                providers.add(onboard(server, admin, registry, i, receiver));
            }

            List<Long> latencies = new ArrayList<>();
            List<Long> requests = new ArrayList<>();
            int missing = 0;
            for (int round = 0; round < ROUNDS; round++) {
                var alert = providers.get(round % PARTICIPANTS).postJson("/api/v1/crises", Map.of("title",
                        "Benchmark crisis " + round, "observation", "Live stream of an attack re-uploaded, round " + round));
                assertThat(alert.status()).as(alert.body()).isEqualTo(201);
                String crisis = alert.json().get("id").get("value").asString();
                Thread.sleep(500);
                long sent = System.nanoTime();
                var activated = europol.postJson("/api/v1/crises/" + crisis + "/steps",
                        Map.of("step", "ACTIVATE", "reason", "Viral spread across platforms, benchmark round " + round));
                requests.add(System.nanoTime() - sent);
                assertThat(activated.status()).as(activated.body()).isEqualTo(200);
                Instant until = Instant.now().plus(Duration.ofMinutes(1));
                List<Long> inRound = arrivals(receivers, crisis, sent);
                while (inRound.size() < PARTICIPANTS && Instant.now().isBefore(until)) {
                    Thread.sleep(20);
                    inRound = arrivals(receivers, crisis, sent);
                }
                missing += PARTICIPANTS - inRound.size();
                latencies.addAll(inRound);
                var closed = europol.postJson("/api/v1/crises/" + crisis + "/steps",
                        Map.of("step", "CLOSE", "reason", "Benchmark round over"));
                assertThat(closed.status()).as(closed.body()).isEqualTo(200);
                Thread.sleep(1000);
            }
            Collections.sort(latencies);
            Collections.sort(requests);
            String report = String.format("%d participants with a webhook each, %d activations (dispatcher every 50 ms)%n"
                    + "activation request: p50 %.1f ms, max %.1f ms%n"
                    + "activation sent -> crisis.activated received by each participant: %d received, %d missing; "
                    + "p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    PARTICIPANTS, ROUNDS, percentile(requests, 50), percentile(requests, 100), latencies.size(), missing,
                    percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100));
            System.out.print(report);
            Path out = Path.of("target/benchmarks");
            Files.createDirectories(out);
            Files.writeString(out.resolve("crisis-activation.txt"), report);
            assertThat(missing).isZero();
        } finally {
            receivers.forEach(WebhookReceiver::close);
        }
    }

    /** A provider onboarded by the platform administrator, with a user, a token, a crisis contact and a webhook. */
    private static Http onboard(ServerProcess server, Http admin, Http registry, int n, WebhookReceiver receiver) {
        var registered = admin.postJson("/api/v1/providers", Map.of("name", "Benchmark Host " + n, "services",
                "video hosting", "sizeClass", "SMALL", "offersServicesInEu", true, "mainEstablishment", "NL",
                "contactPoints", List.of(Map.of("channel", "EMAIL", "address", "tco@bench" + n + ".example",
                        "languages", List.of("nl", "en"), "available247", true))));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        String username = "bench.host" + n;
        String invited = registry.postForm("/registry/providers/" + id, "/registry/providers/" + id + "/invitation", "")
                .body();
        Matcher link = Pattern.compile("id=\"invitation-link\"[^>]*value=\"[^\"]*/invitations/([^\"]+)\"")
                .matcher(invited);
        assertThat(link.find()).as("invitation link shown once").isTrue();
        var user = server.http().postJson("/api/v1/invitations/accept", Map.of("secret", link.group(1),
                "username", username, "displayName", "Night desk " + n, "email", "desk@bench" + n + ".example",
                "password", PASSWORD));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        Http browser = server.http();
        assertThat(browser.login(username, PASSWORD)).isEqualTo("/");
        String page = browser.postForm("/account", "/account/tokens", "name=bench&roles=OPERATOR&roles=ADMIN").body();
        Matcher secret = Pattern.compile("id=\"new-secret\">([^<]+)<").matcher(page);
        assertThat(secret.find()).as("token shown once").isTrue();
        Http provider = server.http().bearer(secret.group(1));
        var in = provider.putJson("/api/v1/crisis-participation", Map.of("contactName", "Night desk " + n,
                "contactEmail", "crisis@bench" + n + ".example", "contactPhone", "+31 20 555 " + (1000 + n)));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        var hook = provider.putJson("/api/v1/providers/" + id + "/webhook", Map.of("url", receiver.url()));
        assertThat(hook.status()).as(hook.body()).isEqualTo(200);
        receiver.secret(hook.json().get("secret").asString());
        return provider;
    }

    /** Latencies of the {@code crisis.activated} events of {@code crisis} received so far, one per receiver. */
    private static List<Long> arrivals(List<WebhookReceiver> receivers, String crisis, long sent) {
        List<Long> found = new ArrayList<>();
        for (WebhookReceiver receiver : receivers) {
            for (var got : receiver.received()) {
                Matcher m = CRISIS_ID.matcher(got.body());
                if (got.body().contains("\"type\":\"crisis.activated\"") && m.find() && m.group(1).equals(crisis)
                        && got.signatureValid()) {
                    found.add(got.receivedNanos() - sent);
                    break;
                }
            }
        }
        return found;
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
