package eu.vigil.bank;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.vigil.testing.Http;
import eu.vigil.testing.ServerProcess;

/**
 * Benchmark, not a test: loads {@code -Dhashes} (default 1,000,000) random PDQ-like hashes into a bank of a
 * server process, then sends batch match requests (10,000 hashes each) from this process over loopback and
 * reports hash lookups per second; then measures how long a newly added hash takes to appear in the delta feed
 * a replica follows. Run with
 * {@code ./mvnw -pl server test -Dtest=BankMatchBenchmark -Dvigil.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class BankMatchBenchmark {

    private static final int HASHES = Integer.getInteger("hashes", 1_000_000);
    private static final int BATCH = 10_000;
    private static final int REQUESTS = Integer.getInteger("requests", 60);
    private static final int THREADS = Integer.getInteger("threads", 4);
    private static final int WARMUP = Integer.getInteger("warmup", 12);

    @TempDir
    Path dir;

    @Test
    void matchThroughputAndReplicaPropagation() throws Exception {
        try (ServerProcess server = new ServerProcess(dir)) {
            server.start();
            String token = server.token("europol.iru");
            Http api = server.http().bearer(token);
            String bank = api.postJson("/api/v1/banks", Map.of("name", "benchmark", "purpose", "load test",
                    "signalTypes", List.of("PDQ"), "pdqThreshold", 31, "sharing", "PRIVATE")).json().get("id").asString();

            SplittableRandom random = new SplittableRandom(7);
            List<String> stored = new ArrayList<>(HASHES);
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            csv.writeBytes("signal_type,value,labels,source_kind,source_id\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < HASHES; i++) {
                String hex = pdqLike(random);
                stored.add(hex);
                csv.writeBytes(("PDQ," + hex + ",TVE-1,IMPORT,bench\n").getBytes(StandardCharsets.US_ASCII));
            }
            long t0 = System.nanoTime();
            var imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.base()
                            + "/api/v1/banks/" + bank + "/import")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(20))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(csv.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            double importSeconds = (System.nanoTime() - t0) / 1e9;

            // Queries: half near a stored hash (a few bits flipped), half random.
            List<String> bodies = new ArrayList<>();
            for (int r = 0; r < REQUESTS; r++) {
                StringBuilder b = new StringBuilder("{\"signals\":[");
                for (int i = 0; i < BATCH; i++) {
                    String q = i % 2 == 0 ? flip(stored.get(random.nextInt(stored.size())), random, 8) : pdqLike(random);
                    b.append(i == 0 ? "" : ",").append("{\"signalType\":\"PDQ\",\"value\":\"").append(q).append("\"}");
                }
                bodies.add(b.append("]}").toString());
            }
            // Warm-up (not counted): the first requests run while the JIT compiles the match path.
            HttpClient warm = HttpClient.newHttpClient();
            for (int w = 0; w < WARMUP; w++) {
                warm.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/match"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(w % bodies.size()))).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            AtomicLong lookups = new AtomicLong();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            HttpClient client = HttpClient.newHttpClient();
            long start = System.nanoTime();
            for (String body : bodies) {
                pool.submit(() -> {
                    long s = System.nanoTime();
                    var resp = client.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/match"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                    if (resp.statusCode() == 200) {
                        lookups.addAndGet(BATCH);
                        latencies.add(System.nanoTime() - s);
                    }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - start) / 1e9;
            Collections.sort(latencies);

            // Propagation: a replica that took a snapshot of a bank follows its delta feed; one hash is added.
            String small = api.postJson("/api/v1/banks", Map.of("name", "propagation", "purpose", "replica test",
                    "signalTypes", List.of("PDQ"), "pdqThreshold", 31, "sharing", "PRIVATE")).json().get("id").asString();
            api.postJson("/api/v1/banks/" + small + "/entries", Map.of("signalType", "PDQ", "value", pdqLike(random)));
            long checkpoint = api.get("/api/v1/banks/" + small + "/snapshot").json().get("checkpoint").asLong();
            String fresh = pdqLike(random);
            long added = System.nanoTime();
            api.postJson("/api/v1/banks/" + small + "/entries", Map.of("signalType", "PDQ", "value", fresh));
            long seen = -1;
            long since = checkpoint;
            while (seen < 0 && System.nanoTime() - added < 10_000_000_000L) {
                var changes = api.get("/api/v1/banks/" + small + "/changes?since=" + since + "&limit=1000").json();
                for (var e : changes.get("changes")) {
                    if (e.get("value").asString().equals(fresh)) {
                        seen = System.nanoTime();
                    }
                }
                since = changes.get("checkpoint").asLong();
            }
            String report = String.format("hashes loaded: %d (import HTTP %d in %.1f s)%n"
                    + "match: %d lookups in %.1f s = %.0f lookups/s (%d requests of %d, %d client threads, after %d warm-up requests); request p50 %.0f ms, p99 %.0f ms%n"
                    + "hash added -> visible in the delta feed: %.0f ms%n",
                    HASHES, imported.statusCode(), importSeconds, lookups.get(), seconds, lookups.get() / seconds,
                    latencies.size(), BATCH, THREADS, WARMUP, pct(latencies, 50), pct(latencies, 99),
                    seen < 0 ? Double.NaN : (seen - added) / 1e6);
            System.out.print(report);
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/bank-match.txt"), report);
        }
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? Double.NaN
                : sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    /** A random 256-bit value with 128 bits set, like PDQ's median threshold produces. */
    static String pdqLike(SplittableRandom random) {
        byte[] bits = new byte[256];
        for (int i = 0; i < 128; i++) {
            bits[i] = 1;
        }
        for (int i = 255; i > 0; i--) {
            int j = random.nextInt(i + 1);
            byte t = bits[i];
            bits[i] = bits[j];
            bits[j] = t;
        }
        byte[] out = new byte[32];
        for (int i = 0; i < 256; i++) {
            out[i / 8] |= (byte) (bits[i] << (7 - i % 8));
        }
        return HexFormat.of().formatHex(out);
    }

    private static String flip(String hex, SplittableRandom random, int n) {
        byte[] b = HexFormat.of().parseHex(hex);
        for (int i = 0; i < n; i++) {
            int bit = random.nextInt(256);
            b[bit / 8] ^= (byte) (1 << (7 - bit % 8));
        }
        return HexFormat.of().formatHex(b);
    }
}
