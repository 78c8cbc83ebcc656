package eu.vigil.statements.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts one batch to the DSA Transparency Database's {@code POST /api/v1/statements} with the provider's bearer token,
 * within a timeout covering connect, request and answer; redirects are not followed (a 3xx is not a 201).
 */
public final class TransparencyDatabaseClient {

    private final HttpClient client;
    private final Duration timeout;

    /** A client whose every request ends within {@code timeout}. */
    public TransparencyDatabaseClient(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * What came back.
     *
     * @param status  the HTTP status, null when no answer came
     * @param body    the answer's body
     * @param failure why no answer came
     */
    public record Answer(Integer status, String body, String failure) {
    }

    /** Sends {@code body} ({@code {"statements":[…]}}) to {@code baseUrl + /api/v1/statements}. */
    public Answer post(String baseUrl, String token, String body) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/statements")).timeout(timeout)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        } catch (IllegalArgumentException e) {
            return new Answer(null, null, "the base URL cannot be used: " + e.getMessage());
        }
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), null);
        } catch (HttpTimeoutException e) {
            return new Answer(null, null, "timeout after " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Answer(null, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, null, "interrupted");
        }
    }
}
