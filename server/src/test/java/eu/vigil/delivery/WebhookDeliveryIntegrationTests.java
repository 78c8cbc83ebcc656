package eu.vigil.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
}
