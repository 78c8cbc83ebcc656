package eu.vigil.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import eu.vigil.client.WebhookVerifier.InvalidWebhookException;

class WebhookVerifierTests {

    /** The example of the Standard Webhooks reference libraries. */
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TS = 1614265330L;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    /** Computed here without the verifier: HMAC-SHA256(key, id.ts.body), Base64, "v1," prefix. */
    private static String independentSignature(byte[] key, String id, long ts, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsTheStandardWebhooksExample() throws Exception {
        WebhookVerifier v = new WebhookVerifier(SPEC_SECRET, at(SPEC_TS + 10), WebhookVerifier.DEFAULT_TOLERANCE);
        v.verify(SPEC_ID, Long.toString(SPEC_TS), SPEC_SIGNATURE, SPEC_BODY);
        assertThat(v.signature(SPEC_ID, SPEC_TS, SPEC_BODY)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void acceptsAnIndependentlyComputedSignatureAmongSeveral() throws Exception {
        byte[] key = new byte[24];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (i * 7 + 3);
        }
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        String body = "{\"type\":\"removal_order.delivered\",\"order\":\"7f0c…\",\"ü\":1}";
        long ts = 1_790_000_000L;
        String good = independentSignature(key, "msg_1", ts, body);
        WebhookVerifier v = new WebhookVerifier(secret, at(ts - 120), Duration.ofMinutes(5));
        v.verify(Map.of("Webhook-Id", "msg_1", "Webhook-Timestamp", Long.toString(ts),
                "Webhook-Signature", "v1,AAAA v2,whatever " + good), body);
        assertThat(v.isValid("msg_1", Long.toString(ts), good, body)).isTrue();
        // the same without the prefix is accepted as raw Base64 too
        assertThat(new WebhookVerifier(Base64.getEncoder().encodeToString(key), at(ts), Duration.ofMinutes(5))
                .isValid("msg_1", Long.toString(ts), good, body)).isTrue();
    }

    @Test
    void refusesTamperedBodyIdTimestampOrKey() throws Exception {
        WebhookVerifier v = new WebhookVerifier(SPEC_SECRET, at(SPEC_TS), WebhookVerifier.DEFAULT_TOLERANCE);
        String ts = Long.toString(SPEC_TS);
        assertThat(v.isValid(SPEC_ID, ts, SPEC_SIGNATURE, SPEC_BODY + " ")).isFalse();
        assertThat(v.isValid(SPEC_ID + "x", ts, SPEC_SIGNATURE, SPEC_BODY)).isFalse();
        assertThat(v.isValid(SPEC_ID, Long.toString(SPEC_TS + 1), SPEC_SIGNATURE, SPEC_BODY)).isFalse();
        assertThat(v.isValid(SPEC_ID, ts, "v2," + SPEC_SIGNATURE.substring(3), SPEC_BODY)).isFalse();
        assertThat(v.isValid(SPEC_ID, ts, "v1,not-base64!", SPEC_BODY)).isFalse();
        WebhookVerifier other = new WebhookVerifier("whsec_" + Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}),
                at(SPEC_TS), WebhookVerifier.DEFAULT_TOLERANCE);
        assertThat(other.isValid(SPEC_ID, ts, SPEC_SIGNATURE, SPEC_BODY)).isFalse();
    }

    @Test
    void refusesTimestampsOutsideTheTolerance() {
        String ts = Long.toString(SPEC_TS);
        assertThat(new WebhookVerifier(SPEC_SECRET, at(SPEC_TS + 300), WebhookVerifier.DEFAULT_TOLERANCE)
                .isValid(SPEC_ID, ts, SPEC_SIGNATURE, SPEC_BODY)).isTrue();
        assertThatThrownBy(() -> new WebhookVerifier(SPEC_SECRET, at(SPEC_TS + 301), WebhookVerifier.DEFAULT_TOLERANCE)
                .verify(SPEC_ID, ts, SPEC_SIGNATURE, SPEC_BODY))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("too old");
        assertThatThrownBy(() -> new WebhookVerifier(SPEC_SECRET, at(SPEC_TS - 301), WebhookVerifier.DEFAULT_TOLERANCE)
                .verify(SPEC_ID, ts, SPEC_SIGNATURE, SPEC_BODY))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> new WebhookVerifier(SPEC_SECRET, at(SPEC_TS), WebhookVerifier.DEFAULT_TOLERANCE)
                .verify(SPEC_ID, "yesterday", SPEC_SIGNATURE, SPEC_BODY))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> new WebhookVerifier(SPEC_SECRET, at(SPEC_TS), WebhookVerifier.DEFAULT_TOLERANCE)
                .verify(Map.of("webhook-timestamp", ts, "webhook-signature", SPEC_SIGNATURE), SPEC_BODY))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("webhook-id");
    }
}
