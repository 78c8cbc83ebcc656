package eu.vigil.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import eu.vigil.client.ApiModel.BankChanges;
import eu.vigil.client.ApiModel.BankSnapshot;
import eu.vigil.client.ApiModel.Feedback;
import eu.vigil.client.ApiModel.Impossibility;
import eu.vigil.client.ApiModel.InboxOrder;
import eu.vigil.client.ApiModel.MatchOutcome;
import eu.vigil.client.ApiModel.MatchQuery;
import eu.vigil.client.ApiModel.QueueEntry;
import eu.vigil.client.ApiModel.Referral;
import eu.vigil.client.ApiModel.ReferralAnswer;
import eu.vigil.hashing.ExactHash;
import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.Signal;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Client of the Vigil API for a provider's integration: the one queue of orders, referrals and notices, the answers
 * to removal orders and referrals, the bank
 * delta feed and snapshots, and the match service. Authenticates with a bearer token (an API token or an
 * OAuth2 access token). Thread-safe; errors are {@link VigilApiException}s, I/O failures
 * {@link java.io.UncheckedIOException}s.
 */
public final class VigilClient implements BankFeed {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final Duration timeout;

    /** A client of the server at {@code baseUrl} (e.g. {@code https://vigil.example.eu}). */
    public VigilClient(String baseUrl, String bearerToken) {
        this(baseUrl, bearerToken, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                Duration.ofSeconds(30));
    }

    public VigilClient(String baseUrl, String bearerToken, HttpClient http, Duration requestTimeout) {
        String b = Objects.requireNonNull(baseUrl, "baseUrl");
        this.base = URI.create(b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        this.token = Objects.requireNonNull(bearerToken, "bearerToken");
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    // --- removal orders ---

    /** Page size used to read the inbox (the server's largest). */
    private static final int INBOX_PAGE = 500;

    /**
     * {@code GET /api/v1/removal-orders/inbox}: orders addressed to the caller whose seal verifies, newest first; reads
     * every page (the server pages it and gives the total in {@code X-Total-Count}).
     */
    public List<InboxOrder> orders() {
        return pages("/api/v1/removal-orders/inbox?", new TypeReference<List<InboxOrder>>() {
        });
    }

    /**
     * {@code GET /api/v1/inbox}: the one queue of binding removal orders and non-binding referrals and notices, in the
     * server's queue order (orders first, nearest legal deadline on top; then trusted flaggers' notices within their
     * area; then the rest); reads every page.
     */
    public List<QueueEntry> inbox() {
        return pages("/api/v1/inbox?", new TypeReference<List<QueueEntry>>() {
        });
    }

    private <T> List<T> pages(String path, TypeReference<List<T>> type) {
        List<T> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = exchange("GET", path + "page=" + page + "&size=" + INBOX_PAGE, null);
            all.addAll(JSON.readValue(response.body(), type));
            long total = response.headers().firstValue("X-Total-Count").map(Long::parseLong).orElse(0L);
            if ((long) (page + 1) * INBOX_PAGE >= total) {
                return all;
            }
        }
    }

    // --- referrals (non-binding) ---

    /** {@code GET /api/v1/referrals/{id}}: one referral with its items and answers. */
    public Referral referral(UUID referralId) {
        return JSON.readValue(send("GET", "/api/v1/referrals/" + referralId, null), Referral.class);
    }

    /**
     * {@code POST /api/v1/referrals/{id}/feedback}: answers for several items at once; each answer is final. The
     * referral's outcome follows from its items.
     */
    public Referral answerReferral(UUID referralId, List<ReferralAnswer> answers) {
        return post("/api/v1/referrals/" + referralId + "/feedback", Map.of("items", List.copyOf(answers)), Referral.class);
    }

    /** Acknowledges receipt of an order; {@code providerReference} may be null. */
    public InboxOrder acknowledge(UUID orderId, String providerReference) {
        Object body = providerReference == null ? Map.of() : Map.of("providerReference", providerReference);
        return post("/api/v1/removal-orders/" + orderId + "/acknowledgement", body, InboxOrder.class);
    }

    /** Annex II feedback: items removed or disabled and when. */
    public InboxOrder feedback(UUID orderId, Feedback feedback) {
        return post("/api/v1/removal-orders/" + orderId + "/feedback", feedback, InboxOrder.class);
    }

    /** Annex III notice: the order cannot be executed. */
    public InboxOrder impossibility(UUID orderId, Impossibility notice) {
        return post("/api/v1/removal-orders/" + orderId + "/impossibility", notice, InboxOrder.class);
    }

    /** {@code GET /api/v1/seal-keys}: every issuing authority's published seal key with its validity period. */
    public List<OrderSealVerifier.SealKey> sealKeys() {
        return JSON.readValue(send("GET", "/api/v1/seal-keys", null), new TypeReference<List<OrderSealVerifier.SealKey>>() {
        });
    }

    /** {@code GET /api/v1/removal-orders/{id}/seal}: the order's signed bytes, signature and key id. */
    public OrderSealVerifier.SealedOrder seal(UUID orderId) {
        return JSON.readValue(send("GET", "/api/v1/removal-orders/" + orderId + "/seal", null),
                OrderSealVerifier.SealedOrder.class);
    }

    // --- banks ---

    @Override
    public BankSnapshot snapshot(String bankId) {
        return JSON.readValue(send("GET", "/api/v1/banks/" + encode(bankId) + "/snapshot", null), BankSnapshot.class);
    }

    @Override
    public BankChanges changes(String bankId, long since, int limit) {
        return JSON.readValue(send("GET", "/api/v1/banks/" + encode(bankId) + "/changes?since=" + since + "&limit="
                + limit, null), BankChanges.class);
    }

    // --- matching ---

    /** {@code POST /api/v1/match} with signals (at most 10,000); one outcome per signal, in order. */
    public List<MatchOutcome> match(List<MatchQuery> signals) {
        Result r = post("/api/v1/match", Map.of("signals", signals), Result.class);
        return r.results() == null ? List.of() : r.results();
    }

    /** Matches hashes from the hashing module (PDQ, MD5, SHA-256). */
    public List<MatchOutcome> matchSignals(List<? extends Signal> signals) {
        return match(signals.stream().map(VigilClient::query).toList());
    }

    static MatchQuery query(Signal s) {
        return switch (s) {
            case PdqHash p -> new MatchQuery("PDQ", p.toText());
            case ExactHash e -> new MatchQuery(e.type().name(), e.toText());
        };
    }

    private record Result(List<MatchOutcome> results) {
    }

    // --- plumbing ---

    private <T> T post(String path, Object body, Class<T> type) {
        return JSON.readValue(send("POST", path, JSON.writeValueAsString(body)), type);
    }

    private String send(String method, String path, String jsonBody) {
        return exchange(method, path, jsonBody).body();
    }

    private HttpResponse<String> exchange(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new VigilApiException(response.statusCode(), method, path, response.body());
        }
        return response;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
