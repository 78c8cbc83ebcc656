package eu.vigil.statements;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the DSA Transparency Database's {@code POST /api/v1/statements} that keeps the documented
 * contract (legal requirements §4.5): bearer token, 1–100 statements per call, required fields and the {@code puid}
 * rule checked per statement ({@code 422} with {@code errors} keyed {@code statements.<i>.<field>}), a {@code puid}
 * it already holds refused with {@code 422} and an {@code existing} object, nothing stored unless it answers
 * {@code 201} with each statement's {@code uuid}, {@code id}, {@code created_at} and {@code permalink}. It can answer
 * 503, hang without answering (before or after storing), and be stopped and started again on the same port; what it
 * stored survives that.
 */
final class TransparencyDatabaseTestServer implements AutoCloseable {

    /** How it answers. */
    enum Mode {
        /** As the contract says. */
        NORMAL,
        /** 503 to every request, storing nothing. */
        UNAVAILABLE,
        /** No answer until released or stopped, storing nothing. */
        HANG,
        /** Stores a valid batch, then gives no answer (the answer is lost on the way). */
        STORE_THEN_HANG
    }

    /** A stored statement. */
    record Stored(String uuid, long id, Map<String, Object> statement) {
    }

    /** One request as received. */
    record Received(int status, List<String> puids) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PUID = Pattern.compile("^[a-zA-Z0-9-_]+$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private final String token;
    private final Map<String, Stored> stored = new ConcurrentHashMap<>();
    private final Map<String, Integer> storeCounts = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private volatile Mode mode = Mode.NORMAL;
    private volatile Duration delay = Duration.ZERO;
    private volatile CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;
    private int port;

    TransparencyDatabaseTestServer(String token) throws IOException {
        this.token = token;
        start();
    }

    /** Starts listening, on the port of the first start once there was one. */
    synchronized void start() throws IOException {
        for (int tries = 0; ; tries++) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
                break;
            } catch (BindException e) {
                if (tries > 50) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        port = server.getAddress().getPort();
        server.setExecutor(threads);
        server.createContext("/api/v1/statements", this::handle);
        server.start();
    }

    /** Stops listening: connections are refused until {@link #start()}. */
    synchronized void stop() {
        release.countDown();
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
        threads.shutdownNow();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void mode(Mode mode) {
        this.release.countDown();
        this.release = new CountDownLatch(1);
        this.mode = mode;
    }

    /** Waits this long before answering (to make concurrent senders overlap). */
    void delay(Duration delay) {
        this.delay = delay;
    }

    Map<String, Stored> stored() {
        return Map.copyOf(stored);
    }

    /** How often each puid was stored: exactly once is the contract's promise to a correct sender. */
    Map<String, Integer> storeCounts() {
        return Map.copyOf(storeCounts);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            if (!delay.isZero()) {
                sleep(delay);
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, Map.of("message", "The method is not supported."), List.of());
                return;
            }
            if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, Map.of("message", "Unauthenticated."), List.of());
                return;
            }
            Mode now = mode;
            if (now == Mode.UNAVAILABLE) {
                answer(exchange, 503, Map.of("message", "Service Unavailable"), List.of());
                return;
            }
            if (now == Mode.HANG) {
                received.add(new Received(0, List.of()));
                hang();
                return;
            }
            Object body;
            try {
                body = JSON.readValue(new String(raw, StandardCharsets.UTF_8), Object.class);
            } catch (RuntimeException e) {
                answer(exchange, 400, Map.of("message", "The body is not JSON."), List.of());
                return;
            }
            List<?> statements = body instanceof Map<?, ?> m && m.get("statements") instanceof List<?> l ? l : null;
            if (statements == null || statements.isEmpty() || statements.size() > 100) {
                answer(exchange, 422, Map.of("message", "The statements must have between 1 and 100 items.",
                        "errors", Map.of("statements", List.of("The statements must have between 1 and 100 items."))),
                        List.of());
                return;
            }
            boolean lost;
            synchronized (stored) {
                lost = store(exchange, statements, now);
            }
            if (lost) {
                hang();
            }
        }
    }

    @SuppressWarnings("unchecked")
    /** Answers, or stores and returns true when the answer is to be lost (the caller then hangs). */
    private boolean store(HttpExchange exchange, List<?> statements, Mode now) throws IOException {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Map<String, Object> existing = null;
        Set<String> inBatch = new HashSet<>();
        List<String> puids = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Map<String, Object> s = statements.get(i) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            String puid = s.get("puid") == null ? null : String.valueOf(s.get("puid"));
            puids.add(puid);
            for (Map.Entry<String, String> e : problems(s).entrySet()) {
                errors.computeIfAbsent("statements." + i + "." + e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
            if (puid != null && (stored.containsKey(puid) || !inBatch.add(puid))) {
                errors.computeIfAbsent("statements." + i + ".puid", k -> new ArrayList<>())
                        .add("The identifier given is not unique within this platform.");
                if (existing == null && stored.containsKey(puid)) {
                    Stored old = stored.get(puid);
                    existing = Map.of("puid", puid, "uuid", old.uuid(), "id", old.id(),
                            "permalink", baseUrl() + "/statement/" + old.id());
                }
            }
        }
        if (!errors.isEmpty()) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("message", errors.values().iterator().next().getFirst());
            answer.put("errors", errors);
            if (existing != null) {
                answer.put("existing", existing);
            }
            answer(exchange, 422, answer, puids);
            return false;
        }
        List<Map<String, Object>> created = new ArrayList<>();
        for (Object o : statements) {
            Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) o);
            long id = ids.incrementAndGet();
            String uuid = UUID.randomUUID().toString();
            stored.put(String.valueOf(s.get("puid")), new Stored(uuid, id, Map.copyOf(s)));
            storeCounts.merge(String.valueOf(s.get("puid")), 1, Integer::sum);
            s.put("uuid", uuid);
            s.put("id", id);
            s.put("created_at", "2026-12-04 10:00:00");
            s.put("platform_name", "Test platform");
            s.put("permalink", baseUrl() + "/statement/" + id);
            s.put("self", baseUrl() + "/api/v1/statement/" + uuid);
            created.add(s);
        }
        if (now == Mode.STORE_THEN_HANG) {
            received.add(new Received(0, puids));
            return true;
        }
        answer(exchange, 201, Map.of("statements", created), puids);
        return false;
    }

    /** The field rules the test server checks, by field: what the database would say. */
    private static Map<String, String> problems(Map<String, Object> s) {
        Map<String, String> p = new LinkedHashMap<>();
        String puid = s.get("puid") == null ? "" : String.valueOf(s.get("puid"));
        if (puid.isEmpty() || puid.length() > 500 || !PUID.matcher(puid).matches()) {
            p.put("puid", "The puid format is invalid.");
        }
        for (String required : List.of("decision_ground", "category", "source_type", "automated_detection",
                "automated_decision", "decision_facts")) {
            if (s.get(required) == null || String.valueOf(s.get(required)).isBlank()) {
                p.put(required, "The " + required.replace('_', ' ') + " field is required.");
            }
        }
        if (s.get("decision_facts") != null && String.valueOf(s.get("decision_facts")).length() > 5000) {
            p.put("decision_facts", "The decision facts must not be greater than 5000 characters.");
        }
        if (!(s.get("content_type") instanceof List<?> types) || types.isEmpty()) {
            p.put("content_type", "The content type field is required.");
        }
        for (String date : List.of("content_date", "application_date")) {
            if (s.get(date) == null || !DATE.matcher(String.valueOf(s.get(date))).matches()) {
                p.put(date, "The " + date.replace('_', ' ') + " is not a valid date.");
            }
        }
        if ("DECISION_GROUND_ILLEGAL_CONTENT".equals(s.get("decision_ground"))
                && (s.get("illegal_content_explanation") == null || String.valueOf(s.get("illegal_content_explanation")).isBlank())) {
            p.put("illegal_content_explanation", "The illegal content explanation field is required.");
        }
        return p;
    }

    private void answer(HttpExchange exchange, int status, Map<String, ?> body, List<String> puids) throws IOException {
        received.add(new Received(status, puids));
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void hang() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
