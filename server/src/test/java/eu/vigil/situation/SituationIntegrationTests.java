package eu.vigil.situation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.referral.ReferralFixture;
import eu.vigil.testing.IntegrationTest;

/**
 * The situational dashboards over real HTTP and PostgreSQL: what an authority, Europol and the Commission see of a
 * crime area, as page with charts and tables, CSV and JSON.
 */
class SituationIntegrationTests extends IntegrationTest {

    @Test
    void aDrugSalesReferralAnsweredByTheProviderShowsOnTheDashboard() {
        var iru = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "DE IRU situation");
        var fr = tenant(OrganisationKind.COMPETENT_AUTHORITY, "FR", "FR IRU situation");
        var europol = tenant(OrganisationKind.EUROPOL, null, "EU IRU situation");
        var commission = tenant(OrganisationKind.COMMISSION, null, "Commission situation");
        var host = provider("Situation Host " + UUID.randomUUID().toString().substring(0, 6), "IE", "en");
        String url = "https://WWW.Market.example/offer/" + UUID.randomUUID();
        Map<String, Object> body = new java.util.LinkedHashMap<>(ReferralFixture.referral(host, url, url + "?b=1"));
        body.put("category", "DRUG_SALE_OFFER");
        body.put("language", "nl");
        var sent = http().bearer(iru.token()).postJson("/api/v1/referrals", body);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String id = sent.json().get("referral").get("id").asString();
        http().bearer(host.token()).postJson("/api/v1/referrals/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", 1, "outcome", "ACTIONED", "action", "REMOVED"),
                Map.of("position", 2, "outcome", "NOT_APPLICABLE"))));

        var api = http().bearer(europol.token()).get("/api/v1/situation/drug-sales");
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        var facts = api.json().get("facts").valueStream().filter(f -> f.get("caseId").asString().equals(id)).toList();
        assertThat(facts).hasSize(2);
        assertThat(facts).extracting(f -> f.get("outcome").asString()).containsExactly("ACTIONED", "NOT_APPLICABLE");
        assertThat(api.json().get("platforms").valueStream().map(p -> p.get("name").asString()))
                .contains(host.organisation().name());
        assertThat(api.json().get("domains").valueStream().map(d -> d.get("value").asString())).contains("market.example");

        assertThat(http().bearer(iru.token()).get("/api/v1/situation/drug-sales").body()).contains(id);
        assertThat(http().bearer(fr.token()).get("/api/v1/situation/drug-sales").body())
                .as("an authority counts its own Member State's cases").doesNotContain(id);
        assertThat(http().bearer(commission.token()).get("/api/v1/situation/drug-sales").body()).contains(id);
        assertThat(http().bearer(europol.token()).get("/api/v1/situation/terrorism").body()).doesNotContain(id);
        assertThat(http().bearer(host.token()).get("/api/v1/situation/drug-sales").status()).isEqualTo(403);
        assertThat(http().bearer(europol.token()).get("/api/v1/situation/piracy").status()).isEqualTo(404);
        var bad = http().bearer(europol.token()).get("/api/v1/situation/drug-sales?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"from\"").contains("YYYY-MM-DD");
        assertThat(http().bearer(europol.token()).get("/api/v1/situation/drug-sales?from=2020-01-01&to=2026-12-01")
                .body()).contains("within a year");

        var browser = http();
        browser.login(commission.username(), PASSWORD);
        var page = browser.get("/situation/drug-sales");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Situation: Drug sales").contains("data:image/png;base64,")
                .contains(host.organisation().name()).contains("KEYWORD_PROHIBITED_PRODUCTS").contains("chart-platforms-table");
        var csv = browser.get("/situation/drug-sales.csv?table=items");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("kind,case,category").contains(url).contains("REFERRAL").contains("ACTIONED");
        assertThat(browser.get("/situation/drug-sales.csv?table=platforms").body()).contains(host.organisation().name());
        assertThat(browser.get("/situation/drug-sales.csv?table=secret").status()).isEqualTo(400);
        var overview = browser.get("/situation");
        assertThat(overview.body()).contains("area-drug-sales").contains("area-trafficking-in-human-beings");
        var badPage = browser.get("/situation/drug-sales?from=31.12.2026");
        assertThat(badPage.status()).isEqualTo(200);
        assertThat(badPage.body()).contains("First day").contains("a date as YYYY-MM-DD");
    }
}
