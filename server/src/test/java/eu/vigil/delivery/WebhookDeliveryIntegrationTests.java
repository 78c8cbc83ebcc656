package eu.vigil.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.audit.Auditor;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityEntry;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.Confidence;
import eu.vigil.testing.IntegrationTest;

/** Orders reach the provider's webhook from the outbox, signed, with retries until the endpoint recovers. */
class WebhookDeliveryIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    WebhookDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    private Tenant issuer() {
        String code = "CZ-W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        authorities.apply(Auditor.system("test"), new AuthorityEntry(code, "CZ", "Webhook test " + code, null,
                EnumSet.of(AuthorityRole.ISSUE), true, null, null, "test", Confidence.CONFIRMED, null,
                clock.instant().minus(Duration.ofDays(1))));
        var org = organisations.register(Auditor.system("test"), new OrganisationId(
                authorities.findByCode(code, clock.instant()).orElseThrow().id().value()),
                OrganisationKind.COMPETENT_AUTHORITY, code, "CZ");
        return withUserAndToken(org, code.toLowerCase());
    }

    private String issue(Tenant issuer, Tenant hsp) {
        String body = """
                {"providerId":"%s","language":"cs","items":[{"url":"https://h.example/%s"}],"reasons":["THREAT"],
                 "statementOfReasons":"Threatens an attack on the Prague central station next week.",
                 "representativeName":"Jan Novák","representativePost":"Head of unit","redressBody":"Městský soud v Praze",
                 "redressDeadline":"one month","emergency":true,"emergencyJustification":"Imminent threat"}"""
                .formatted(hsp.id(), UUID.randomUUID());
        var r = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    @Test
    void ordersAreDeliveredSignedAndStillArriveAfterAnHourLongOutage() throws Exception {
        var issuer = issuer();
        var hsp = provider("Webhook Host", "CZ", "cs");
        try (var receiver = new WebhookReceiver()) {
            var configured = http().bearer(hsp.token()).putJson("/api/v1/providers/" + hsp.id() + "/webhook",
                    Map.of("url", receiver.url()));
            assertThat(configured.status()).as(configured.body()).isEqualTo(200);
            receiver.secret(configured.json().get("secret").asString());

            String first = issue(issuer, hsp);
            dispatcher.dispatchDue();
            assertThat(receiver.received()).hasSize(1);
            var got = receiver.received().getFirst();
            assertThat(got.signatureValid()).isTrue();
            assertThat(got.body()).contains("\"type\":\"removal_order.issued\"").contains(first);

            receiver.failWith(503);
            Set<String> during = Set.of(issue(issuer, hsp), issue(issuer, hsp), issue(issuer, hsp));
            for (int minute = 0; minute < 60; minute += 5) {
                dispatcher.dispatchDue();
                clock.advance(Duration.ofMinutes(5));
            }
            assertThat(receiver.received()).hasSize(1);
            var outbox = http().bearer(hsp.token()).get("/api/v1/providers/" + hsp.id() + "/outbox").json();
            int pending = 0;
            for (var m : outbox) {
                if (m.get("deliveredAt") == null || m.get("deliveredAt").isNull()) {
                    pending++;
                    assertThat(m.get("attempts").asInt()).isGreaterThan(1);
                    assertThat(m.get("lastStatus").asInt()).isEqualTo(503);
                }
            }
            assertThat(pending).isEqualTo(3);
            assertThat(outbox.toString()).contains("\"lastError\":\"HTTP 5xx\"");

            receiver.recover();
            clock.advance(Duration.ofMinutes(5));
            dispatcher.dispatchDue();
            Set<String> delivered = receiver.received().stream().map(WebhookReceiver.Received::body)
                    .flatMap(b -> during.stream().filter(b::contains)).collect(Collectors.toSet());
            assertThat(delivered).isEqualTo(during);
            assertThat(receiver.received()).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
            assertThat(receiver.received().stream().map(WebhookReceiver.Received::id).distinct()).hasSize(4);
            dispatcher.dispatchDue();
            assertThat(receiver.received()).as("nothing is sent twice once delivered").hasSize(4);
        }
    }

    @Test
    void onlyTheProvidersAdministratorsManageItsWebhook() {
        var hsp = provider("Hook Owner", "CZ", "cs");
        var other = provider("Hook Thief", "CZ", "cs");
        var r = http().bearer(other.token()).putJson("/api/v1/providers/" + hsp.id() + "/webhook",
                Map.of("url", "https://evil.example/steal"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(http().bearer(other.token()).get("/api/v1/providers/" + hsp.id() + "/outbox").status()).isEqualTo(404);
        var insecure = http().bearer(hsp.token()).putJson("/api/v1/providers/" + hsp.id() + "/webhook",
                Map.of("url", "http://hooks.example/x"));
        assertThat(insecure.status()).isEqualTo(400);
        assertThat(insecure.body()).contains("https");
    }

    @Test
    void internalDestinationsAreRefusedAtRegistrationWithoutNamingTheirAddresses() {
        var hsp = provider("Hook Prober", "CZ", "cs");
        // the test profile allows 127.0.0.1 for the local receiver; everything else here stays refused
        for (String url : List.of("https://10.0.0.1/x", "https://169.254.169.254/latest/meta-data/",
                "https://[::1]/x", "https://2130706433/x", "https://0x7f.1/x", "https://0177.0.0.1/x",
                "https://[::ffff:169.254.169.254]/x", "https://[64:ff9b::a9fe:a9fe]/x", "https://100.64.0.1/x",
                "https://192.168.0.1/x", "https://[fd00:ec2::254]/x", "https://127.0.0.2/x",
                "http://127.attacker.example/x", "http://localhost.attacker.example/x", "https://0.0.0.0/x",
                "https://unresolvable.invalid/x")) {
            var r = http().bearer(hsp.token()).putJson("/api/v1/providers/" + hsp.id() + "/webhook", Map.of("url", url));
            assertThat(r.status()).as(url + " " + r.body()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
            assertThat(r.body()).as("no resolved address in the answer").doesNotContain("10.0.0.1\"", "127.0.0.1");
        }
        assertThat(http().bearer(hsp.token()).get("/api/v1/providers/" + hsp.id() + "/webhook").status())
                .as("nothing was stored").isEqualTo(404);
    }

    @Test
    void deliveryChecksTheDestinationAgainAndSendsNothingToARefusedOne() throws Exception {
        var issuer = issuer();
        var hsp = provider("Rebound Host", "CZ", "cs");
        try (var receiver = new WebhookReceiver("127.0.0.2")) {
            String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
            receiver.secret(secret);
            // as if the name had resolved to a public address at registration and to 127.0.0.2 now
            jdbc.sql("insert into provider_webhook (provider_id, url, secret, created_at, created_by) values (?,?,?,?,?)")
                    .params(UUID.fromString(hsp.id()), receiver.url(), secret,
                            java.sql.Timestamp.from(clock.instant()), "test").update();
            issue(issuer, hsp);
            dispatcher.dispatchDue();
            assertThat(receiver.received()).isEmpty();
            var message = http().bearer(hsp.token()).get("/api/v1/providers/" + hsp.id() + "/outbox").json().get(0);
            assertThat(message.get("attempts").asInt()).isEqualTo(1);
            assertThat(message.get("lastError").asString()).isEqualTo("delivery failed");
        }
    }

    @Test
    void theProviderSeesAGenericErrorAndNoConnectionDetails() throws Exception {
        var issuer = issuer();
        var hsp = provider("Closed Port Host", "CZ", "cs");
        String url;
        try (var receiver = new WebhookReceiver()) {
            url = receiver.url();
        }
        var configured = http().bearer(hsp.token()).putJson("/api/v1/providers/" + hsp.id() + "/webhook",
                Map.of("url", url));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        issue(issuer, hsp);
        dispatcher.dispatchDue();
        var outbox = http().bearer(hsp.token()).get("/api/v1/providers/" + hsp.id() + "/outbox");
        var message = outbox.json().get(0);
        assertThat(message.get("deliveredAt") == null || message.get("deliveredAt").isNull()).isTrue();
        assertThat(message.get("lastError").asString()).isEqualTo("delivery failed");
        assertThat(outbox.body()).doesNotContainIgnoringCase("refused").doesNotContain("Exception")
                .doesNotContain(url.replaceAll(".*:(\\d+).*", ":$1"));
    }

    @Test
    void aSilentEndpointDoesNotDelayAnotherProvidersWebhook() throws Exception {
        var issuer = issuer();
        var slow = provider("Tarpit Host", "CZ", "cs");
        var fast = provider("Prompt Host", "CZ", "cs");
        try (var tarpit = new Tarpit(); var receiver = new WebhookReceiver()) {
            assertThat(http().bearer(slow.token()).putJson("/api/v1/providers/" + slow.id() + "/webhook",
                    Map.of("url", tarpit.url())).status()).isEqualTo(200);
            var configured = http().bearer(fast.token()).putJson("/api/v1/providers/" + fast.id() + "/webhook",
                    Map.of("url", receiver.url()));
            receiver.secret(configured.json().get("secret").asString());
            for (int i = 0; i < 12; i++) {
                issue(issuer, slow);
            }
            clock.advance(Duration.ofSeconds(1));
            String order = issue(issuer, fast);
            var dispatch = java.util.concurrent.CompletableFuture.runAsync(dispatcher::dispatchDue);
            long start = System.nanoTime();
            try {
                while (receiver.received().isEmpty() && System.nanoTime() - start < Duration.ofSeconds(3).toNanos()) {
                    Thread.sleep(20);
                }
                assertThat(receiver.received()).as("the other provider's webhook within 3 s").hasSize(1);
                assertThat(receiver.received().getFirst().body()).contains(order);
                // On a loaded machine the prompt delivery can finish before the tarpit's connection is
                // accepted; what matters is that the tarpit is tried while it still holds its lane.
                long tried = System.nanoTime();
                while (tarpit.accepted() == 0 && System.nanoTime() - tried < Duration.ofSeconds(10).toNanos()) {
                    Thread.sleep(20);
                }
                assertThat(tarpit.accepted()).as("the tarpit was being tried meanwhile").isPositive();
            } finally {
                http().bearer(slow.token()).delete("/api/v1/providers/" + slow.id() + "/webhook");
                tarpit.close();
                dispatch.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }
}
