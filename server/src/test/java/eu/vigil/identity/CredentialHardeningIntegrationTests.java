package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.vigil.testing.IntegrationTest;

/**
 * Credentials never exceed their creator's roles; client authentication at {@code /oauth2/token} is
 * throttled per client id and per remote address; metrics need the scrape token; HSTS and a Secure session
 * cookie follow {@code X-Forwarded-Proto} from a trusted proxy (ADR 0018).
 */
class CredentialHardeningIntegrationTests extends IntegrationTest {

    private final HttpClient raw = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAdminOnlyTokenCannotMintAnOperatorToken() {
        var hsp = provider("Escalation Host", "PL", "pl");
        String adminOnly = tokens.issue(hsp.admin(), hsp.organisation().id(), "admin only", Set.of(Role.ADMIN), null)
                .token();
        String org = "/api/v1/organisations/" + hsp.id();
        var operator = http().bearer(adminOnly).postJson(org + "/tokens", Map.of("name", "op", "roles", List.of("OPERATOR")));
        assertThat(operator.status()).as(operator.body()).isEqualTo(403);
        assertThat(operator.isProblem()).isTrue();
        assertThat(http().bearer(adminOnly).postJson(org + "/oauth-clients",
                Map.of("name", "op", "roles", List.of("OPERATOR"))).status()).isEqualTo(403);
        assertThat(http().bearer(adminOnly).postJson(org + "/users", Map.of("username", "op." + hsp.id().substring(0, 8),
                "displayName", "Op", "password", "long-enough-password", "roles", List.of("OPERATOR"))).status())
                .isEqualTo(403);
        assertThat(http().bearer(adminOnly).postJson(org + "/tokens", Map.of("name", "admin", "roles", List.of("ADMIN")))
                .status()).as("its own roles it may give").isEqualTo(201);
    }

    @Test
    void failedClientAuthenticationsAreThrottledPerClient() throws Exception {
        var hsp = provider("Throttle Host", "CZ", "cs");
        var registered = http().bearer(hsp.token()).postJson("/api/v1/organisations/" + hsp.id() + "/oauth-clients",
                Map.of("name", "throttled", "roles", List.of("OPERATOR"))).json();
        String clientId = registered.get("client").get("clientId").asString();
        String secret = registered.get("clientSecret").asString();
        for (int i = 0; i < 10; i++) {
            // Each guess from another address: the per-client limit holds regardless.
            assertThat(token(clientId, "wrong-" + i, address()).statusCode()).isEqualTo(401);
        }
        var refused = token(clientId, secret, address());
        assertThat(refused.statusCode()).as("even the right secret waits").isEqualTo(429);
        assertThat(refused.body()).contains("\"error\":\"slow_down\"");
        long retry = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retry).isBetween(1L, 15 * 60L);
        clock.advance(Duration.ofSeconds(retry + 1));
        try {
            assertThat(token(clientId, secret, address()).statusCode()).isEqualTo(200);
        } finally {
            clock.advance(Duration.ofSeconds(-retry - 1));
        }
    }

    @Test
    void failedClientAuthenticationsAreThrottledPerAddress() throws Exception {
        var hsp = provider("Address Host", "SK", "sk");
        var registered = http().bearer(hsp.token()).postJson("/api/v1/organisations/" + hsp.id() + "/oauth-clients",
                Map.of("name", "victim", "roles", List.of("OPERATOR"))).json();
        String clientId = registered.get("client").get("clientId").asString();
        String secret = registered.get("clientSecret").asString();
        String guesser = address();
        for (int i = 0; i < 30; i++) {
            assertThat(token("vglc_guess" + i + UUID.randomUUID(), "wrong", guesser).statusCode()).isEqualTo(401);
        }
        var refused = token(clientId, secret, guesser);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(token(clientId, secret, address()).statusCode()).as("other addresses go on").isEqualTo(200);
    }

    @Test
    void metricsNeedTheScrapeTokenAndHealthStaysPublic() throws Exception {
        assertThat(get("/actuator/prometheus", Map.of()).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", Map.of("Authorization", "Bearer wrong")).statusCode()).isEqualTo(401);
        var hsp = tenant(OrganisationKind.HOSTING_SERVICE_PROVIDER, "IE", "Scraper");
        assertThat(get("/actuator/prometheus", Map.of("Authorization", "Bearer " + hsp.token())).statusCode())
                .as("an API token is no scrape token").isEqualTo(401);
        var scraped = get("/actuator/prometheus", Map.of("Authorization", "Bearer test-scrape-token"));
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("http_server_requests");
        assertThat(get("/actuator/health", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void httpsBehindAProxyGetsHstsAndASecureSessionCookie() throws Exception {
        var tls = get("/login", Map.of("X-Forwarded-Proto", "https"));
        assertThat(tls.statusCode()).isEqualTo(200);
        assertThat(tls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(tls.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure"));
        var plain = get("/login", Map.of());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        var api = get("/api/v1/member-states", Map.of("X-Forwarded-Proto", "https"));
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(100_000));

    /** A remote address no other test uses (benchmarking range 198.18.0.0/15), sent as X-Forwarded-For. */
    private static String address() {
        int n = ADDRESSES.incrementAndGet() % 131_072;
        return "198." + (18 + n / 65_536) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    private HttpResponse<String> token(String clientId, String secret, String address) throws Exception {
        return raw.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId
                        + "&client_secret=" + secret)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        headers.forEach(request::header);
        return raw.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
