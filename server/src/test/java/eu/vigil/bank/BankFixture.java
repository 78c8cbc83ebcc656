package eu.vigil.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.testing.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Factories and raw HTTP helpers for bank tests. */
final class BankFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** PDQ hash of the bridge photo's original ({@code bridge-mods/aaa-orig.jpg}), from the golden vectors. */
    static final String PDQ_A = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    private BankFixture() {
    }

    /** Creates a bank through the API and answers its JSON. */
    static JsonNode createBank(Http http, String name, List<String> types, String sharing,
            List<Map<String, String>> shares, boolean suppression) {
        var r = http.postJson("/api/v1/banks", Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 6),
                "purpose", "tests", "signalTypes", types, "sharing", sharing, "shares", shares, "suppression", suppression));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static JsonNode privatePdqBank(Http http) {
        return createBank(http, "Private", List.of("PDQ", "MD5", "SHA256", "URL"), "PRIVATE", List.of(), false);
    }

    static JsonNode addEntry(Http http, String bankId, String type, String value, String... labels) {
        var r = http.postJson("/api/v1/banks/" + bankId + "/entries",
                Map.of("signalType", type, "value", value, "labels", List.of(labels), "source", "ORDER", "sourceId", "RO-1"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** A PDQ hash at exactly {@code bits} Hamming distance from {@code hex} (flips the lowest bits). */
    static String flip(String hex, int bits) {
        char[] c = hex.toCharArray();
        for (int b = 0; b < bits; b++) {
            int pos = c.length - 1 - b / 4;
            int v = Character.digit(c[pos], 16) ^ (1 << (b % 4));
            c[pos] = Character.forDigit(v, 16);
        }
        return new String(c);
    }

    /** The bank ids of a list of match hits. */
    static List<String> banksOf(JsonNode hits) {
        List<String> banks = new java.util.ArrayList<>();
        for (JsonNode hit : hits) {
            banks.add(hit.get("bank").asString());
        }
        return banks;
    }

    /** A random PDQ hash. */
    static String randomPdq(java.util.Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            s.append(String.format("%016x", random.nextLong()));
        }
        return s.toString();
    }

    /** Posts raw bytes; answers status and body. */
    static Http.Response postBytes(String base, String token, String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Posts one file part as multipart/form-data. */
    static Http.Response postMultipart(String base, String token, String path, String part, String fileName,
            String contentType, byte[] content) {
        String boundary = "vigil" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return postBytes(base, token, path, "multipart/form-data; boundary=" + boundary, body);
    }

    static byte[] getBytes(String base, String token, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Http.Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type"),
                    r.headers().firstValue("Cache-Control"), r.headers().firstValue("Location").orElse(""));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file of the repository's hashing test vectors ({@code testdata/hashing} next to {@code mvnw}). */
    static Path testImage(String relative) {
        return eu.vigil.hashing.HashingTestData.root().resolve(relative);
    }


    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
