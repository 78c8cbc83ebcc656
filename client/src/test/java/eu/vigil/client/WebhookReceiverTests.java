package eu.vigil.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.vigil.client.WebhookVerifier.InvalidWebhookException;

class WebhookReceiverTests {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final long TS = 1_790_000_000L;
    private static final String BODY = "{\"type\":\"scrutiny.decided\",\"timestamp\":\"2026-09-21T14:13:20Z\","
            + "\"data\":{\"orderId\":\"7f0c\",\"outcome\":\"NO_INFRINGEMENT\",\"href\":\"/api/v1/removal-orders/7f0c\"}}";

    private final WebhookVerifier verifier = new WebhookVerifier(SECRET,
            Clock.fixed(Instant.ofEpochSecond(TS), ZoneOffset.UTC), WebhookVerifier.DEFAULT_TOLERANCE);

    private Map<String, String> headers(String id, String body) {
        return Map.of("Webhook-Id", id, "Webhook-Timestamp", Long.toString(TS),
                "Webhook-Signature", verifier.signature(id, TS, body), "vigil-event", "scrutiny.decided");
    }

    @Test
    void parsesAVerifiedEventAndDropsItsRedelivery() throws Exception {
        var receiver = new WebhookReceiver(verifier);
        var event = receiver.receive(headers("msg_1", BODY), BODY).orElseThrow();
        assertThat(event.type()).isEqualTo(WebhookEventTypes.SCRUTINY_DECIDED);
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-09-21T14:13:20Z"));
        assertThat(event.data().get("outcome").asString()).isEqualTo("NO_INFRINGEMENT");
        assertThat(receiver.receive(headers("msg_1", BODY), BODY)).as("a retry of the same event").isEmpty();
        assertThat(receiver.receive(headers("msg_2", BODY), BODY)).isPresent();
    }

    @Test
    void forgetsTheOldestIdsBeyondItsMemory() throws Exception {
        var receiver = new WebhookReceiver(verifier, 1);
        receiver.receive(headers("a", BODY), BODY);
        receiver.receive(headers("b", BODY), BODY);
        assertThat(receiver.receive(headers("a", BODY), BODY)).isPresent();
    }

    @Test
    void refusesForgedOrMalformedDeliveries() {
        var receiver = new WebhookReceiver(verifier);
        assertThatThrownBy(() -> receiver.receive(headers("msg_3", BODY), BODY.replace("NO_", "")))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("signature");
        String notAnEvent = "{\"hello\":1}";
        assertThatThrownBy(() -> receiver.receive(headers("msg_4", notAnEvent), notAnEvent))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("type, timestamp, data");
        assertThatThrownBy(() -> receiver.receive(headers("msg_5", "not json"), "not json"))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("JSON");
    }

    @Test
    void theTypesAreDistinctAndNamedLikeTheServerNamesThem() {
        java.util.List<String> constants = java.util.Arrays.stream(WebhookEventTypes.class.getFields())
                .filter(f -> f.getType() == String.class).map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertThat(constants).doesNotHaveDuplicates();
        assertThat(WebhookEventTypes.ALL).as("ALL lists every constant").containsExactlyInAnyOrderElementsOf(constants)
                .allMatch(t -> t.matches("[a-z]+(_[a-z]+)*\\.[a-z]+(_[a-z]+)*"));
    }
}
