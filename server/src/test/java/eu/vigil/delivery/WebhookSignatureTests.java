package eu.vigil.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Standard Webhooks signing and the retry schedule. */
class WebhookSignatureTests {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void signatureCoversIdTimestampAndBody() {
        String sig = WebhookSignature.sign(SECRET, "msg_1", 1_700_000_000L, "{\"a\":1}");
        assertThat(sig).startsWith("v1,");
        assertThat(WebhookSignature.verify(SECRET, "msg_1", 1_700_000_000L, "{\"a\":1}", sig)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, "msg_2", 1_700_000_000L, "{\"a\":1}", sig)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "msg_1", 1_700_000_001L, "{\"a\":1}", sig)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "msg_1", 1_700_000_000L, "{\"a\":2}", sig)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "msg_1", 1_700_000_000L, "{\"a\":1}", "v1,bogus " + sig)).isTrue();
    }

    @Test
    void backoffDoublesFromFiveSecondsUpToFiveMinutes() {
        assertThat(WebhookDispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(WebhookDispatcher.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(WebhookDispatcher.backoff(6)).isEqualTo(Duration.ofSeconds(160));
        assertThat(WebhookDispatcher.backoff(7)).isEqualTo(Duration.ofMinutes(5));
        assertThat(WebhookDispatcher.backoff(500)).isEqualTo(Duration.ofMinutes(5));
    }
}
