package eu.vigil.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies webhooks signed as in <a href="https://www.standardwebhooks.com/">Standard Webhooks</a>, as Vigil sends
 * them: headers {@code webhook-id}, {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature}
 * (space-separated {@code v1,<Base64 HMAC-SHA256 of "id.timestamp.body">}), with the endpoint secret
 * {@code whsec_<Base64 key>}. A timestamp further than the tolerance (default 5 minutes) from the injected
 * clock is refused, which limits replays; receivers should also deduplicate by {@code webhook-id}.
 */
public final class WebhookVerifier {

    /** Default tolerance between the webhook's timestamp and this machine's clock. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String PREFIX = "whsec_";

    private final byte[] key;
    private final Clock clock;
    private final Duration tolerance;

    /** A verifier with the system clock and a 5-minute tolerance. */
    public WebhookVerifier(String secret) {
        this(secret, Clock.systemUTC(), DEFAULT_TOLERANCE);
    }

    public WebhookVerifier(String secret, Clock clock, Duration tolerance) {
        Objects.requireNonNull(secret, "secret");
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            this.key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the webhook secret is not whsec_ followed by Base64", e);
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("the webhook secret is empty");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("negative tolerance");
        }
    }

    /** Why a webhook was refused. */
    public static final class InvalidWebhookException extends Exception {
        public InvalidWebhookException(String message) {
            super(message);
        }
    }

    /**
     * Verifies a webhook from its headers (names case-insensitive) and raw body; returns normally when valid.
     *
     * @throws InvalidWebhookException when a header is missing or malformed, the timestamp is outside the
     *                                 tolerance, or no signature matches
     */
    public void verify(Map<String, String> headers, String body) throws InvalidWebhookException {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        verify(h.get("webhook-id"), h.get("webhook-timestamp"), h.get("webhook-signature"), body);
    }

    /** Verifies a webhook from the three header values and the raw body. */
    public void verify(String id, String timestamp, String signatureHeader, String body) throws InvalidWebhookException {
        if (id == null || id.isBlank()) {
            throw new InvalidWebhookException("missing webhook-id");
        }
        if (timestamp == null || signatureHeader == null) {
            throw new InvalidWebhookException("missing " + (timestamp == null ? "webhook-timestamp" : "webhook-signature"));
        }
        if (body == null) {
            throw new InvalidWebhookException("missing body");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new InvalidWebhookException("malformed webhook-timestamp");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > tolerance.toSeconds()) {
            throw new InvalidWebhookException(seconds < now ? "webhook-timestamp too old" : "webhook-timestamp in the future");
        }
        byte[] expected = sign(id, seconds, body);
        for (String candidate : signatureHeader.strip().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !candidate.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (MessageDigest.isEqual(expected, given)) {
                return;
            }
        }
        throw new InvalidWebhookException("no matching v1 signature");
    }

    /** Whether the webhook is valid (see {@link #verify(String, String, String, String)}). */
    public boolean isValid(String id, String timestamp, String signatureHeader, String body) {
        try {
            verify(id, timestamp, signatureHeader, body);
            return true;
        } catch (InvalidWebhookException e) {
            return false;
        }
    }

    /** The {@code webhook-signature} value this secret gives (for tests of a receiver). */
    public String signature(String id, long timestamp, String body) {
        return "v1," + Base64.getEncoder().encodeToString(sign(id, timestamp, body));
    }

    private byte[] sign(String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
