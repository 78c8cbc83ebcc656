package eu.vigil.client;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import eu.vigil.client.WebhookVerifier.InvalidWebhookException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The receiving end of Vigil's webhooks: verifies the Standard Webhooks signature, drops redeliveries of an event
 * already received (same {@code webhook-id}; Vigil retries until it gets a 2xx), and parses the body
 * {@code {type, timestamp, data}}. Call it from your HTTP handler with the raw body, answer 2xx when it returns
 * (also for a duplicate) and 400 on {@link InvalidWebhookException}. The Vigil inbox stays the legal channel.
 * Remembers the last {@code memory} ids in this process; a receiver with several instances deduplicates in its
 * own store as well.
 */
public final class WebhookReceiver {

    /** A verified event. {@code type} is one of {@link WebhookEventTypes}, or a newer one to be ignored. */
    public record Event(String id, String type, Instant timestamp, JsonNode data) {
    }

    private final WebhookVerifier verifier;
    private final Map<String, Boolean> seen;

    /** A receiver that remembers the last 10,000 event ids. */
    public WebhookReceiver(WebhookVerifier verifier) {
        this(verifier, 10_000);
    }

    public WebhookReceiver(WebhookVerifier verifier, int memory) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        if (memory < 1) {
            throw new IllegalArgumentException("memory must be at least 1");
        }
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > memory;
            }
        };
    }

    /**
     * Verifies and parses one delivery; empty when this event id was already received.
     *
     * @throws InvalidWebhookException when the signature, timestamp or body is not valid
     */
    public Optional<Event> receive(Map<String, String> headers, String body) throws InvalidWebhookException {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        verifier.verify(h, body);
        String id = h.get("webhook-id");
        JsonNode json;
        try {
            json = VigilClient.JSON.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidWebhookException("body is not JSON");
        }
        JsonNode type = json.get("type");
        JsonNode timestamp = json.get("timestamp");
        if (type == null || !type.isString() || timestamp == null || !timestamp.isString() || !json.has("data")) {
            throw new InvalidWebhookException("body is not {type, timestamp, data}");
        }
        Instant at;
        try {
            at = Instant.parse(timestamp.asString());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidWebhookException("malformed timestamp in body");
        }
        synchronized (seen) {
            if (seen.putIfAbsent(id, Boolean.TRUE) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Event(id, type.asString(), at, json.get("data")));
    }
}
