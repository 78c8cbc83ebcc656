package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The crisis board's linked cases over real HTTP and PostgreSQL (issue 13): an authority issues a TCO order under an
 * open crisis and every participant sees it on the board with its deadline (not its content); issuing under a closed
 * or unknown crisis is refused on the {@code crisisId} field and issues nothing; a threat-to-life report is linked by
 * its recipient; an item under investigation shows as a deconfliction hold to authorities only.
 */
class CrisisLinksIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private Tenant issuer(String ms) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "links." + ms.toLowerCase() + "." + org.id().toString().substring(0, 8));
    }

    private Tenant optedIn(String label, String ms) {
        Tenant p = provider(label, ms, Map.of("NL", "nl", "BE", "nl", "AT", "de", "FR", "fr").get(ms), "en");
        var in = as(p).putJson("/api/v1/crisis-participation", Map.of("contactName", "Night desk",
                "contactEmail", "crisis@" + p.id().substring(0, 8) + ".example", "contactPhone", "+31 20 555 0101"));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        return p;
    }

    private String crisis(Tenant by, Tenant europol) {
        var raised = as(by).postJson("/api/v1/crises", Map.of("title", "Attack video", "observation", "Re-uploads"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("id").get("value").asString();
        assertThat(as(europol).postJson("/api/v1/crises/" + id + "/steps", Map.of("step", "ACTIVATE",
                "reason", "Viral spread")).status()).isEqualTo(200);
        return id;
    }

    private int notifications(Tenant t, String kind, String subject) {
        return jdbc.sql("select count(*) from notification where organisation_id = ?::uuid and kind = ? and subject_id = ?")
                .params(t.id(), kind, subject).query(Integer.class).single();
    }

    private int orders(Tenant issuer) {
        return jdbc.sql("select count(*) from removal_order where issuing_authority_id = ?::uuid").param(issuer.id())
                .query(Integer.class).single();
    }

    @Test
    void anOrderIssuedUnderAnOpenCrisisIsOnTheBoardWithItsDeadlineForEveryParticipant() {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Links");
        Tenant issuer = issuer("NL");
        Tenant host = optedIn("Links Host", "NL");
        Tenant other = optedIn("Other Links Host", "NL");
        String crisis = crisis(other, europol);

        var choices = as(issuer).get("/api/v1/crises");
        assertThat(choices.body()).contains(crisis);
        var request = OrderFixture.order(UUID.fromString(host.id()), "en", true, "https://links.example/v/1")
                .underCrisis(UUID.fromString(crisis));
        var issued = as(issuer).postJson("/api/v1/removal-orders", request);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String orderId = issued.json().get("order").get("id").asString();
        String reference = issued.json().get("order").get("reference").asString();
        String dueAt = issued.json().get("dueAt").asString();

        JsonNode links = as(other).get("/api/v1/crises/" + crisis + "/links").json();
        assertThat(links.get("orders")).hasSize(1);
        JsonNode order = links.get("orders").get(0);
        assertThat(order.get("reference").asString()).isEqualTo(reference);
        assertThat(order.get("provider").asString()).isEqualTo(host.organisation().name());
        assertThat(order.get("state").asString()).isEqualTo("OPEN");
        assertThat(order.get("phase").asString()).isEqualTo("ON_TIME");
        assertThat(java.time.Instant.parse(order.get("dueAt").asString())).isEqualTo(java.time.Instant.parse(dueAt));
        assertThat(order.get("issuedUnder").asBoolean()).isTrue();
        assertThat(order.get("readable").asBoolean()).as("another provider does not read the order itself").isFalse();
        assertThat(links.toString()).as("no content of the order on the board").doesNotContain("links.example")
                .doesNotContain("glorifies");
        assertThat(as(other).get("/api/v1/removal-orders/" + orderId).status()).isEqualTo(404);
        assertThat(as(issuer).get("/api/v1/crises/" + crisis + "/links").json().get("orders").get(0).get("readable")
                .asBoolean()).isTrue();

        for (Tenant t : List.of(europol, issuer, host, other)) {
            assertThat(notifications(t, CrisisEvent.ORDER_LINKED, crisis)).as(t.username()).isEqualTo(1);
        }
        List<String> trail = audit.trail("crisis_case", crisis).stream().map(AuditRecord::action).toList();
        assertThat(trail).contains(CrisisEvent.ORDER_LINKED);

        clock.advance(Duration.ofMinutes(61));
        JsonNode late = as(europol).get("/api/v1/crises/" + crisis + "/links").json().get("orders").get(0);
        assertThat(late.get("phase").asString()).as("the board's clock is the order's clock").isEqualTo("OVERDUE");
    }

    @Test
    void issuingUnderAClosedOrUnknownCrisisIsRefusedOnTheFieldAndIssuesNothing() {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Refusals");
        Tenant issuer = issuer("BE");
        Tenant host = optedIn("Refusal Host", "BE");
        String crisis = crisis(host, europol);
        assertThat(as(europol).postJson("/api/v1/crises/" + crisis + "/steps", Map.of("step", "CLOSE",
                "reason", "Contained")).status()).isEqualTo(200);
        var base = OrderFixture.order(UUID.fromString(host.id()), "en", true, "https://refused.example/v/1");

        var closed = as(issuer).postJson("/api/v1/removal-orders", base.underCrisis(UUID.fromString(crisis)));
        assertThat(closed.status()).as(closed.body()).isEqualTo(400);
        assertThat(closed.body()).contains("crisisId").contains("is closed");
        var unknown = as(issuer).postJson("/api/v1/removal-orders", base.underCrisis(UUID.randomUUID()));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("crisisId").contains("no crisis case");
        var incomplete = OrderFixture.order(UUID.fromString(host.id()), "", true).underCrisis(UUID.randomUUID());
        var both = as(issuer).postJson("/api/v1/removal-orders", incomplete);
        assertThat(both.body()).as("the crisis field is named with the other field errors").contains("crisisId")
                .contains("language");
        assertThat(orders(issuer)).isZero();
        assertThat(as(issuer).postJson("/api/v1/removal-orders", base).status()).as("without a crisis it issues")
                .isEqualTo(201);
    }

    @Test
    void aRecipientLinksAThreatReportAndTheBoardShowsItsRoutingNotItsDescription() {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Threat");
        Tenant authority = issuer("AT");
        Tenant provider = optedIn("Threat Host", "AT");
        Tenant outsider = provider("Threat Outsider", "AT", "de");
        String crisis = crisis(provider, europol);
        var filed = as(provider).postJson("/api/v1/threat-reports", Map.of("memberState", "AT",
                "description", "A user announces a follow-up attack tonight", "contentUrl", "https://threat.example/p/9"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String report = filed.json().get("id").asString();

        String path = "/api/v1/crises/" + crisis + "/threat-reports";
        assertThat(as(outsider).postJson(path, Map.of("reportId", report)).status()).isEqualTo(403);
        var byEuropol = as(europol).postJson(path, Map.of("reportId", report));
        assertThat(byEuropol.status()).as("Europol neither filed nor received it").isEqualTo(400);
        assertThat(byEuropol.body()).contains("reportId");
        assertThat(as(authority).get("/api/v1/crises/" + crisis + "/links").json().get("linkable").toString())
                .contains(report);
        var linked = as(authority).postJson(path, Map.of("reportId", report));
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        as(authority).postJson(path, Map.of("reportId", report));

        JsonNode links = as(europol).get("/api/v1/crises/" + crisis + "/links").json();
        assertThat(links.get("reports")).as("linked once").hasSize(1);
        JsonNode shown = links.get("reports").get(0);
        assertThat(shown.get("memberState").asString()).isEqualTo("AT");
        // other tests register AT authorities too: the report reaches ours among the Member State's recipients
        assertThat(delivery(shown, authority.id())).as("routed to the authority").isNotNull();
        assertThat(links.toString()).doesNotContain("follow-up attack").doesNotContain("threat.example");
        assertThat(notifications(europol, CrisisEvent.THREAT_REPORT_LINKED, crisis)).isEqualTo(1);
        assertThat(notifications(provider, CrisisEvent.THREAT_REPORT_LINKED, crisis)).isEqualTo(1);

        as(authority).postJson("/api/v1/threat-reports/" + report + "/receipt", Map.of());
        assertThat(delivery(as(europol).get("/api/v1/crises/" + crisis + "/links").json().get("reports").get(0),
                authority.id()).path("receivedAt").isString()).as("the receipt shows").isTrue();
    }

    /** The delivery of a linked report to one recipient, or null. */
    private static JsonNode delivery(JsonNode report, String recipient) {
        for (JsonNode d : report.get("deliveries")) {
            if (d.get("recipientId").asString().equals(recipient)) {
                return d;
            }
        }
        return null;
    }

    @Test
    void anItemUnderInvestigationIsAHoldOnTheBoardForAuthoritiesAndEuropolOnly() {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Holds");
        Tenant investigator = issuer("DE");
        Tenant issuer = issuer("FR");
        Tenant host = optedIn("Hold Host", "FR");
        String crisis = crisis(host, europol);
        String url = "https://hold.example/v/" + UUID.randomUUID();
        assertThat(as(investigator).postJson("/api/v1/investigation-flags", Map.of("kind", "URL", "value", url,
                "caseReference", "BKA-OP-7")).status()).isEqualTo(201);
        var request = OrderFixture.order(UUID.fromString(host.id()), "en", true, url).underCrisis(UUID.fromString(crisis));
        var held = as(issuer).postJson("/api/v1/removal-orders", request);
        assertThat(held.status()).as("held for deconfliction: " + held.body()).isEqualTo(422);
        var issued = as(issuer).postJson("/api/v1/removal-orders?deconflictionOverride=Coordinated+with+BKA", request);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);

        JsonNode holds = as(europol).get("/api/v1/crises/" + crisis + "/links").json().get("holds");
        assertThat(holds).hasSize(1);
        assertThat(holds.get(0).get("value").asString()).isEqualTo(url);
        assertThat(holds.get(0).get("holder").asString()).isEqualTo(investigator.organisation().name());
        assertThat(holds.toString()).as("the flag's case reference is never told").doesNotContain("BKA-OP-7");
        JsonNode forProvider = as(host).get("/api/v1/crises/" + crisis + "/links").json();
        assertThat(forProvider.get("holds")).isEmpty();
        assertThat(forProvider.get("holdsShown").asBoolean()).isFalse();
    }
}
