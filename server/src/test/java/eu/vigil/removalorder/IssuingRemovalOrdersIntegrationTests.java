package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Issuing over the REST API: Annex I completeness and the rules of Art. 3 (R1-R9). */
class IssuingRemovalOrdersIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DataSource dataSource;

    private Tenant issuer(String ms) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "officer." + org.id().toString().substring(0, 8));
    }

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    @Test
    void incompleteOrderListsEveryMissingField() {
        var issuer = issuer("DE");
        var r = as(issuer).postJson("/api/v1/removal-orders", "{\"items\":[{\"url\":\"ftp://x\"},{\"url\":\"/relative\"}],"
                + "\"nonDisclosure\":true,\"emergency\":true}");
        assertThat(r.json().get("type").asString()).as(r.body()).endsWith("/validation");
        List<String> fields = new java.util.ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("providerId", "language", "items[0].url", "items[1].url", "reasons",
                "statementOfReasons", "representativeName", "representativePost", "redressBody", "redressDeadline",
                "nonDisclosureUntil", "emergencyJustification");
    }

    @Test
    void onlyRoleAAuthoritiesMayIssue() {
        var hsp = provider("Target Host", "DE", "de");
        var scrutiniser = withUserAndToken(OrderFixture.authority(authorities, organisations, "DE",
                EnumSet.of(AuthorityRole.SCRUTINISE), clock.instant().minus(Duration.ofDays(1))), "bnetza." + hsp.id().substring(0, 6));
        var r = as(scrutiniser).postJson("/api/v1/removal-orders", OrderFixture.order(uuid(hsp), "de", true));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("reason").asString()).isEqualTo("NOT_AN_ISSUING_AUTHORITY");
        var provider = as(hsp).postJson("/api/v1/removal-orders", OrderFixture.order(uuid(hsp), "de", true));
        assertThat(provider.status()).isEqualTo(403);
    }

    @Test
    void firstOrderNeedsPriorInformationTwelveHoursBeforeUnlessAJustifiedEmergency() {
        var issuer = issuer("FR");
        var hsp = provider("First Contact", "FR", "fr");
        var refused = as(issuer).postJson("/api/v1/removal-orders", OrderFixture.order(uuid(hsp), "fr", false));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("reason").asString()).isEqualTo("PRIOR_INFORMATION_MISSING");

        var informed = as(issuer).postJson("/api/v1/prior-information", Map.of("providerId", hsp.id()));
        assertThat(informed.status()).isEqualTo(200);
        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(as(issuer).postJson("/api/v1/removal-orders", OrderFixture.order(uuid(hsp), "fr", false)).status())
                .isEqualTo(422);
        clock.advance(Duration.ofMinutes(1));
        var issued = as(issuer).postJson("/api/v1/removal-orders", OrderFixture.order(uuid(hsp), "fr", false));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        // Later orders to the same provider need no new prior information.
        assertThat(as(issuer).postJson("/api/v1/removal-orders", OrderFixture.order(uuid(hsp), "fr", false)).status())
                .isEqualTo(201);
    }

    @Test
    void emergencyOrderIsIssuedAndItsJustificationAudited() {
        var issuer = issuer("NL");
        var hsp = provider("Emergency Host", "NL", "nl", "en");
        var issued = as(issuer).postJson("/api/v1/removal-orders", OrderFixture.order(uuid(hsp), "en", true));
        assertThat(issued.status()).isEqualTo(201);
        String id = issued.json().get("order").get("id").asString();
        var audit = as(issuer).get("/api/v1/audit?action=removal_order.issued&size=500").body();
        assertThat(audit).contains(id).contains("Imminent follow-up attack announced");
    }

    @Test
    void languageMustBeOneTheProviderAccepts() {
        var issuer = issuer("DE");
        var hsp = provider("Polyglot", "DE", "de", "en");
        var r = as(issuer).postJson("/api/v1/removal-orders", OrderFixture.order(uuid(hsp), "fr", true));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("reason").asString()).isEqualTo("LANGUAGE_NOT_ACCEPTED");
        assertThat(r.json().get("detail").asString()).contains("de, en");
    }

    @Test
    void nonDisclosureIsLimitedToSixWeeks() {
        var issuer = issuer("DE");
        var hsp = provider("Quiet Host", "DE", "de");
        var today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        var base = OrderFixture.order(uuid(hsp), "de", true);
        var tooLong = new IssueRequest(base.orderType(), base.providerId(), base.language(), base.items(), base.reasons(),
                base.statementOfReasons(), base.representativeName(), base.representativePost(), base.fileNumber(),
                base.redressBody(), base.redressDeadline(), true, today.plusDays(43), true, base.emergencyJustification(),
                false, null, null);
        var r = as(issuer).postJson("/api/v1/removal-orders", tooLong);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").toString()).contains("nonDisclosureUntil").contains("six weeks");
        var ok = new IssueRequest(base.orderType(), base.providerId(), base.language(), base.items(), base.reasons(),
                base.statementOfReasons(), base.representativeName(), base.representativePost(), base.fileNumber(),
                base.redressBody(), base.redressDeadline(), true, today.plusDays(42), true, base.emergencyJustification(),
                false, null, null);
        assertThat(as(issuer).postJson("/api/v1/removal-orders", ok).status()).isEqualTo(201);
    }

    @Test
    void issuedOrderIsSealedDeliveredWithTimestampsAndItemsTrackedSeparately() {
        var issuer = issuer("DE");
        var hsp = provider("Sealed Host", "DE", "de");
        var issued = as(issuer).postJson("/api/v1/removal-orders",
                OrderFixture.order(uuid(hsp), "de", true, "https://a.example/1", "https://a.example/2"));
        JsonNode order = issued.json().get("order");
        assertThat(issued.json().get("sealValid").asBoolean()).isTrue();
        assertThat(order.get("sentAt").asString()).isEqualTo(order.get("receivedAt").asString());
        assertThat(order.get("items").size()).isEqualTo(2);
        assertThat(order.get("items").get(1).get("status").asString()).isEqualTo("PENDING");
        assertThat(order.get("reference").asString()).matches(".+-\\d{4}-\\d{5}");
        String id = order.get("id").asString();

        var inbox = as(hsp).get("/api/v1/removal-orders/inbox");
        assertThat(inbox.body()).contains(id);
        var annex = as(hsp).get("/api/v1/removal-orders/" + id + "/annex-i").json();
        assertThat(annex.get("A.reference").asString()).isEqualTo(order.get("reference").asString());
        assertThat(annex.get("B.reasons").toString()).contains("2(7)(a)", "2(7)(d)");
        assertThat(annex.get("A.received_at").asString()).isNotBlank();

        // Someone with database access changes the statement of reasons after signing (R4).
        new JdbcTemplate(dataSource).update("update removal_order set statement_of_reasons = 'altered' where id = ?::uuid", id);
        assertThat(as(issuer).get("/api/v1/removal-orders/" + id).json().get("sealValid").asBoolean()).isFalse();
        assertThat(as(hsp).get("/api/v1/removal-orders/inbox").body()).as("a broken seal blocks transmission").doesNotContain(id);
    }

    @Test
    void crossBorderOrderIsCopiedToTheHostMemberStateInTheSameTransaction() {
        var issuer = issuer("FR");
        var hostScrutiniser = withUserAndToken(OrderFixture.authority(authorities, organisations, "LV",
                EnumSet.of(AuthorityRole.SCRUTINISE), clock.instant().minus(Duration.ofDays(1))), "lv." + issuer.id().substring(0, 6));
        var hsp = provider("Riga Host", "LV", "lv", "en");
        var issued = as(issuer).postJson("/api/v1/removal-orders", OrderFixture.order(uuid(hsp), "en", true)).json();
        JsonNode order = issued.get("order");
        assertThat(order.get("crossBorder").asBoolean()).isTrue();
        JsonNode copy = order.get("scrutinyCopy");
        assertThat(copy.get("memberState").asString()).isEqualTo("LV");
        assertThat(copy.get("authorityId").asString()).isEqualTo(hostScrutiniser.id());
        java.time.Instant sent = java.time.Instant.parse(order.get("sentAt").asString());
        java.time.Instant copied = java.time.Instant.parse(copy.get("deliveredAt").asString());
        assertThat(Duration.between(sent, copied).abs()).isLessThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(Duration.between(copied, java.time.Instant.parse(copy.get("windowEndsAt").asString())))
                .isEqualTo(Duration.ofHours(72));
        var annex = as(issuer).get("/api/v1/removal-orders/" + order.get("id").asString() + "/annex-i").json();
        assertThat(annex.get("D.host_member_state_differs").asBoolean()).isTrue();
        assertThat(annex.get("D.copy_sent_to_host_member_state").asBoolean()).isTrue();
        // The host Member State's authority sees the order (R34).
        assertThat(as(hostScrutiniser).get("/api/v1/removal-orders").body()).contains(order.get("id").asString());
    }

    @Test
    void visibilityFollowsR34() {
        var issuer = issuer("ES");
        var sameState = issuer("ES");
        var otherState = issuer("PT");
        var hsp = provider("Madrid Host", "ES", "es");
        var otherHsp = provider("Lisbon Host", "PT", "pt");
        var europol = tenant(OrganisationKind.EUROPOL, null, "Europol R34");
        String id = as(issuer).postJson("/api/v1/removal-orders", OrderFixture.order(uuid(hsp), "es", true))
                .json().get("order").get("id").asString();
        assertThat(as(sameState).get("/api/v1/removal-orders/" + id).status()).isEqualTo(200);
        assertThat(as(hsp).get("/api/v1/removal-orders/" + id).status()).isEqualTo(200);
        for (Tenant stranger : List.of(otherState, otherHsp, europol)) {
            var r = as(stranger).get("/api/v1/removal-orders/" + id);
            assertThat(r.status()).isEqualTo(404);
            assertThat(as(stranger).get("/api/v1/removal-orders").body()).doesNotContain(id);
        }
        assertThat(as(otherState).get("/api/v1/audit?action=access.denied&size=500").body()).contains(id);
    }

    @Test
    void onlyTheAddresseeAnswersAndOnlyTheIssuerClarifies() {
        var issuer = issuer("HU");
        var hsp = provider("Budapest Host", "HU", "hu");
        var otherHsp = provider("Other Budapest Host", "HU", "hu");
        String id = as(issuer).postJson("/api/v1/removal-orders", OrderFixture.order(uuid(hsp), "hu", true))
                .json().get("order").get("id").asString();
        String feedback = "{\"items\":[{\"position\":1,\"action\":\"REMOVED\",\"actionAt\":\"" + clock.instant() + "\"}]}";
        for (String path : List.of("/acknowledgement", "/feedback", "/impossibility", "/grounds-ceased", "/clarification")) {
            var r = as(otherHsp).postJson("/api/v1/removal-orders/" + id + path, path.equals("/feedback") ? feedback : "{}");
            assertThat(r.status()).as(path).isEqualTo(404);
        }
        assertThat(as(issuer).postJson("/api/v1/removal-orders/" + id + "/feedback", feedback).status()).isEqualTo(403);
        var viewer = tokens.issue(hsp.admin(), hsp.organisation().id(), "viewer", Set.of(eu.vigil.identity.Role.VIEWER), null).token();
        assertThat(http().bearer(viewer).postJson("/api/v1/removal-orders/" + id + "/feedback", feedback).status())
                .as("viewers read but do not answer").isEqualTo(403);
        assertThat(as(hsp).get("/api/v1/removal-orders/" + id).json().get("order").get("items").get(0).get("status").asString())
                .isEqualTo("PENDING");
    }

    static java.util.UUID uuid(Tenant t) {
        return java.util.UUID.fromString(t.id());
    }

    static Set<TerroristContentType> reasons() {
        return Set.of(TerroristContentType.THREAT);
    }
}
