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
        var base = OrderFixture.order(java.util.UUID.fromString(hsp.id()), "cs", true);
        var request = new IssueRequest(base.orderType(), base.providerId(), base.language(), base.items(), base.reasons(),
                base.statementOfReasons(), base.representativeName(), base.representativePost(), base.fileNumber(),
                base.redressBody(), base.redressDeadline(), true, today.plusDays(42), true, base.emergencyJustification(),
                false, null, null);
        String id = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", request).json().get("order").get("id").asString();
        String path = "/api/v1/removal-orders/" + id + "/non-disclosure-extension";
        var tooLong = http().bearer(issuer.token()).postJson(path, Map.of("until", today.plusDays(85).toString()));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("twelve weeks");
        assertThat(http().bearer(hsp.token()).postJson(path, Map.of("until", today.plusDays(80).toString())).status())
                .isEqualTo(403);
        var ok = http().bearer(issuer.token()).postJson(path, Map.of("until", today.plusDays(84).toString()));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id).json().get("order")
                .get("nonDisclosureUntil").asString()).isEqualTo(today.plusDays(84).toString());
        var second = http().bearer(issuer.token()).postJson(path, Map.of("until", today.plusDays(84).toString()));
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json().get("reason").asString()).isEqualTo("SECOND_EXTENSION");
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
