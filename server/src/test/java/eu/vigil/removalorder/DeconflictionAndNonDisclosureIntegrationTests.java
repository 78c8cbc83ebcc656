package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.IntegrationTest;
import eu.vigil.testing.Told;

/** R11 deconfliction holds and overrides; R9 one non-disclosure extension within twelve weeks. */
class DeconflictionAndNonDisclosureIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Tenant issuer(String ms) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "dec." + org.id().toString().substring(0, 8));
    }

    @Test
    void anItemUnderInvestigationHoldsTheOrderUntilAnOverrideIsRecordedForBothSides() {
        var issuer = issuer("IE");
        var europol = tenant(OrganisationKind.EUROPOL, null, "Europol Deconfliction");
        var hsp = provider("Cork Host", "IE", "en");
        String url = "https://cork.example/watch/undercover-" + hsp.id().substring(0, 6);
        var flag = http().bearer(europol.token()).postJson("/api/v1/investigation-flags",
                Map.of("kind", "URL", "value", url + "/", "caseReference", "EU-IRU-2026-4411"));
        assertThat(flag.status()).as(flag.body()).isEqualTo(201);
        assertThat(http().bearer(hsp.token()).postJson("/api/v1/investigation-flags",
                Map.of("kind", "URL", "value", url, "caseReference", "x")).status()).isEqualTo(403);

        var held = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(java.util.UUID.fromString(hsp.id()), "en", true, url));
        assertThat(held.status()).isEqualTo(422);
        assertThat(held.json().get("reason").asString()).isEqualTo("DECONFLICTION_HOLD");
        assertThat(held.json().get("detail").asString()).contains(url).contains("Europol Deconfliction")
                .doesNotContain("EU-IRU-2026-4411");
        assertThat(http().bearer(europol.token()).get("/api/v1/audit?action=deconfliction.hit").body()).contains("held");

        var overridden = http().bearer(issuer.token()).postJson(
                "/api/v1/removal-orders?deconflictionOverride=Agreed+with+Europol+by+phone+at+10%3A05",
                OrderFixture.order(java.util.UUID.fromString(hsp.id()), "en", true, url));
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(201);
        assertThat(http().bearer(europol.token()).get("/api/v1/audit?action=deconfliction.hit").body())
                .contains("overridden: Agreed with Europol by phone");
        assertThat(http().bearer(issuer.token()).get("/api/v1/audit?action=deconfliction.hit").body()).contains("overridden");

        String flagId = flag.json().get("id").asString();
        assertThat(http().bearer(europol.token()).delete("/api/v1/investigation-flags/" + flagId).status()).isEqualTo(204);
        assertThat(http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(java.util.UUID.fromString(hsp.id()), "en", true, url)).status()).isEqualTo(201);
    }

    private String issueWithNonDisclosure(Tenant issuer, Tenant hsp, String language, LocalDate until) {
        var base = OrderFixture.order(java.util.UUID.fromString(hsp.id()), language, true);
        var request = new IssueRequest(base.orderType(), base.providerId(), base.language(), base.items(), base.reasons(),
                base.statementOfReasons(), base.representativeName(), base.representativePost(), base.fileNumber(),
                base.redressBody(), base.redressDeadline(), true, until, true, base.emergencyJustification(),
                false, null, null);
        var issued = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", request);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("order").get("id").asString();
    }

    @Test
    void theFlagHolderIsNotifiedOfAHitWithoutOpeningAPage() {
        var issuer = issuer("EE");
        var europol = tenant(OrganisationKind.EUROPOL, null, "Europol Hit Notice");
        var hsp = provider("Tartu Host", "EE", "et");
        String url = "https://tartu.example/v/" + hsp.id().substring(0, 8);
        String flagId = http().bearer(europol.token()).postJson("/api/v1/investigation-flags",
                Map.of("kind", "URL", "value", url, "caseReference", "EU-IRU-2026-7001")).json().get("id").asString();

        assertThat(http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(java.util.UUID.fromString(hsp.id()), "et", true, url)).status()).isEqualTo(422);

        var told = new Told(jdbc, clock);
        assertThat(told.notifications(europol, flagId)).containsExactly("deconfliction.hit");
        assertThat(told.texts(europol, "deconfliction.hit", flagId)).singleElement().asString().contains(url)
                .contains(issuer.organisation().name()).contains("held").doesNotContain("EU-IRU-2026-7001");
        assertThat(told.notifications(issuer, flagId)).as("R11: both parties").containsExactly("deconfliction.hit");
        assertThat(http().bearer(europol.token()).get("/api/v1/notifications").body()).contains("deconfliction.hit");
    }

    @Test
    void nonDisclosureCanBeExtendedOnceWithinTwelveWeeks() {
        var issuer = issuer("CZ");
        var hsp = provider("Brno Host", "CZ", "cs");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String id = issueWithNonDisclosure(issuer, hsp, "cs", today.plusDays(42));
        String path = "/api/v1/removal-orders/" + id + "/non-disclosure-extension";
        var tooLong = http().bearer(issuer.token()).postJson(path, Map.of("until", today.plusDays(85).toString()));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("twelve weeks");
        var notLonger = http().bearer(issuer.token()).postJson(path, Map.of("until", today.plusDays(42).toString()));
        assertThat(notLonger.status()).isEqualTo(422);
        assertThat(notLonger.json().get("reason").asString()).isEqualTo("DOES_NOT_EXTEND");
        assertThat(http().bearer(hsp.token()).postJson(path, Map.of("until", today.plusDays(80).toString())).status())
                .isEqualTo(403);
        var ok = http().bearer(issuer.token()).postJson(path, Map.of("until", today.plusDays(84).toString()));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        var order = http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id).json();
        assertThat(order.get("order").get("nonDisclosureEndsOn").asString()).isEqualTo(today.plusDays(84).toString());
        assertThat(order.get("order").get("nonDisclosureUntil").asString()).as("the order as issued")
                .isEqualTo(today.plusDays(42).toString());
        var second = http().bearer(issuer.token()).postJson(path, Map.of("until", today.plusDays(84).toString()));
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json().get("reason").asString()).isEqualTo("SECOND_EXTENSION");
    }

    // Defect 2: the extension used to rewrite a sealed Annex I field, so the seal broke and the order left the inbox
    @Test
    void anExtensionIsASeparatelySealedAmendmentAndTheOrderStaysValidInTheProvidersInbox() {
        var issuer = issuer("SK");
        var hsp = provider("Košice Host", "SK", "sk");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String id = issueWithNonDisclosure(issuer, hsp, "sk", today.plusDays(30));
        String originalSeal = http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id + "/seal").body();

        var ok = http().bearer(issuer.token()).postJson("/api/v1/removal-orders/" + id + "/non-disclosure-extension",
                Map.of("until", today.plusDays(60).toString()));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);

        var view = http().bearer(hsp.token()).get("/api/v1/removal-orders/" + id).json();
        assertThat(view.get("sealValid").asBoolean()).isTrue();
        assertThat(view.get("amendmentsSealValid").asBoolean()).isTrue();
        assertThat(http().bearer(hsp.token()).get("/api/v1/removal-orders/inbox?size=500").body()).contains(id);
        assertThat(http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id + "/seal").body())
                .as("the order's seal is unchanged").isEqualTo(originalSeal);

        var amendment = view.get("order").get("nonDisclosureExtensions").get(0);
        assertThat(amendment.get("until").asString()).isEqualTo(today.plusDays(60).toString());
        assertThat(amendment.get("previousUntil").asString()).isEqualTo(today.plusDays(30).toString());
        assertThat(amendment.get("orderReference").asString()).isEqualTo(view.get("order").get("reference").asString());
        String signature = http().bearer(hsp.token()).get("/api/v1/removal-orders/" + id + "/seal").json()
                .get("signature").asString();
        assertThat(amendment.get("originalSealSha256").asString()).isEqualTo(java.util.HexFormat.of()
                .formatHex(eu.vigil.shared.Digests.sha256(java.util.Base64.getDecoder().decode(signature))));
        assertThat(amendment.get("canonicalForm").asString()).contains("\"order_id\":\"" + id + "\"");
        assertThat(view.get("order").get("nonDisclosureEndsOn").asString()).isEqualTo(today.plusDays(60).toString());

        assertThat(http().bearer(hsp.token()).get("/api/v1/notifications").body())
                .contains("removal_order.non_disclosure_extended");
        var page = http();
        page.login(hsp.username(), PASSWORD);
        assertThat(page.get("/orders/" + id).body()).contains("amendment-1").contains(today.plusDays(60).toString())
                .doesNotContain("seal-broken");
    }

    @Test
    void anEndedNonDisclosureIsNotExtended() {
        var issuer = issuer("SI");
        var hsp = provider("Ljubljana Host", "SI", "sl");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String id = issueWithNonDisclosure(issuer, hsp, "sl", today.plusDays(1));
        clock.advance(Duration.ofDays(3));
        try {
            var late = http().bearer(issuer.token()).postJson("/api/v1/removal-orders/" + id + "/non-disclosure-extension",
                    Map.of("until", today.plusDays(20).toString()));
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.json().get("reason").asString()).isEqualTo("NON_DISCLOSURE_ENDED");
            assertThat(late.contentType()).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        } finally {
            clock.advance(Duration.ofDays(-3));
        }
    }

    @Test
    void authoritiesAndEuropolKeepTheirFlagsOnAPage() {
        var europol = tenant(eu.vigil.identity.OrganisationKind.EUROPOL, null, "Europol flags page");
        var page = http();
        page.login(europol.username(), PASSWORD);
        String url = "https://forum.example/t/" + java.util.UUID.randomUUID();
        assertThat(page.postForm("/deconfliction", "/deconfliction", "kind=URL&value=&caseReference=OP-1").body())
                .contains("form-errors").contains("value");
        assertThat(page.postForm("/deconfliction", "/deconfliction", "kind=URL&value=" + url
                + "&caseReference=OP-EMPACT-7&expiresOn=2099-01-31").status()).isEqualTo(302);
        String html = page.get("/deconfliction").body();
        assertThat(html).contains(url).contains("OP-EMPACT-7");
        String id = http().bearer(europol.token()).get("/api/v1/investigation-flags").json().get(0).get("id").asString();
        assertThat(page.postForm("/deconfliction", "/deconfliction/" + id + "/withdrawal", "").status()).isEqualTo(302);
        assertThat(page.get("/deconfliction").body()).doesNotContain(url);
        var hsp = provider("Flagless Host", "AT", "de");
        var providerPage = http();
        providerPage.login(hsp.username(), PASSWORD);
        assertThat(providerPage.postForm("/", "/deconfliction", "kind=URL&value=" + url + "&caseReference=X").status())
                .as("providers do not flag").isEqualTo(403);
    }
}
