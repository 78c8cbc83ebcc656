package eu.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import eu.vigil.client.WebhookEventTypes;
import eu.vigil.client.WebhookReceiver;
import eu.vigil.client.WebhookVerifier;
import eu.vigil.deconfliction.DeconflictionHit;
import eu.vigil.delivery.WebhookSignature;
import eu.vigil.removalorder.ExposureEvent;
import eu.vigil.removalorder.ScrutinyEvent;
import eu.vigil.threat.ThreatReportFiled;

/**
 * The webhook contract: the event types documented in {@code docs/api/webhooks.md}, the SDK's
 * {@link WebhookEventTypes} and what the server enqueues are the same, and the SDK's receiver accepts what the
 * server signs.
 */
class WebhookContractTests {

    private static final Pattern HEADING = Pattern.compile("(?m)^#### `([a-z_.]+)`\\s*$");
    private static final Pattern ENQUEUED = Pattern.compile("enqueue\\((?:[^,;()]|\\([^()]*\\))+,\\s*\"([a-z_.]+)\"");

    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root (the folder holding mvnw)").isNotNull();
        return dir;
    }

    private static String section(String doc, String from, String to) {
        int start = doc.indexOf(from);
        int end = doc.indexOf(to);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return doc.substring(start, end);
    }

    private static Set<String> documented() throws IOException {
        String doc = Files.readString(repository().resolve("docs/api/webhooks.md"));
        Set<String> types = new TreeSet<>();
        HEADING.matcher(section(doc, "## Events", "## Not sent as webhooks")).results().forEach(m -> types.add(m.group(1)));
        return types;
    }

    @Test
    void theDocumentedTypesAreTheSdkConstants() throws IOException {
        assertThat(documented()).isEqualTo(new TreeSet<>(WebhookEventTypes.ALL));
    }

    @Test
    void everyTypeTheServerSendsToProvidersIsInTheContract() throws IOException {
        assertThat(WebhookEventTypes.ALL).contains(eu.vigil.removalorder.NonDisclosureEnded.TYPE);
        assertThat(WebhookEventTypes.ALL).contains(ScrutinyEvent.STARTED, ScrutinyEvent.REQUEST_JOINED,
                ScrutinyEvent.DECIDED, ExposureEvent.DECIDED, ExposureEvent.ENDED, ExposureEvent.REPORT_OVERDUE);
        Set<String> enqueued = new TreeSet<>();
        try (Stream<Path> files = Files.walk(repository().resolve("server/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                ENQUEUED.matcher(Files.readString(f)).results().forEach(m -> enqueued.add(m.group(1)));
            }
        }
        // Since issue 12 every webhook follows from a PartyEvent through the relay: nothing enqueues a type itself.
        assertThat(enqueued).as("types enqueued directly, bypassing the relay").isEmpty();
        assertThat(ENQUEUED.matcher("webhooks.enqueue(provider.id().value(), \"removal_order.issued\", id)").find())
                .as("the pattern finds a direct enqueue").isTrue();
        assertThat(WebhookEventTypes.ALL).contains("removal_order.issued");
    }

    @Test
    void eventsForAuthoritiesOnlyAreListedAsNotWebhooks() throws IOException {
        String doc = Files.readString(repository().resolve("docs/api/webhooks.md"));
        String notSent = doc.substring(doc.indexOf("## Not sent as webhooks"));
        for (String type : new String[] {DeconflictionHit.TYPE, ThreatReportFiled.TYPE, ScrutinyEvent.NOTICE_OF_INTENTION,
                eu.vigil.removalorder.ContentProviderInformed.TYPE, eu.vigil.removalorder.ComplaintDecided.TYPE}) {
            assertThat(notSent).contains("`" + type + "`");
            assertThat(WebhookEventTypes.ALL).doesNotContain(type);
        }
    }

    @Test
    void theSdkReceiverAcceptsWhatTheServerSigns() throws Exception {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        long ts = 1_800_000_000L;
        String body = "{\"data\":{\"caseId\":\"c1\",\"href\":\"/api/v1/exposure-cases\"},\"timestamp\":\"2027-01-15T08:00:00Z\","
                + "\"type\":\"exposure.ended\"}";
        var receiver = new WebhookReceiver(new WebhookVerifier(secret, Clock.fixed(Instant.ofEpochSecond(ts), ZoneOffset.UTC),
                WebhookVerifier.DEFAULT_TOLERANCE));
        var event = receiver.receive(Map.of("webhook-id", "m1", "webhook-timestamp", Long.toString(ts),
                "webhook-signature", WebhookSignature.sign(secret, "m1", ts, body)), body).orElseThrow();
        assertThat(event.type()).isEqualTo(WebhookEventTypes.EXPOSURE_ENDED);
        assertThat(event.data().get("caseId").asString()).isEqualTo("c1");
    }
}
