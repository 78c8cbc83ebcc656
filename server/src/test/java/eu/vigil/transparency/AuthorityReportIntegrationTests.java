package eu.vigil.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.DeadlineSweep;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** R43 (and R5's statistics): the Art. 8 report reconciles with the orders, answers and appeals behind it. */
class AuthorityReportIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;

    private Tenant issuer(String ms) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "art8." + org.id().toString().substring(0, 8));
    }

    private String issue(Tenant issuer, Tenant hsp, String language) {
        var r = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), language, true));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    private void remove(Tenant hsp, String order) {
        var r = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + order + "/feedback", Map.of("items",
                List.of(Map.of("position", 1, "action", "REMOVED", "actionAt", clock.instant().toString())),
                "authorisedPerson", "T&S"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void theReportCountsWhatHappenedToTheAuthoritysOrders() {
        var issuer = issuer("FI");
        var local = provider("Helsinki Pics", "FI", "fi");
        var foreign = provider("Stockholm Pics", "SE", "sv", "fi");
        String inTime = issue(issuer, local, "fi");
        Instant issuedAt = clock.instant();
        remove(local, inTime);
        String suspended = issue(issuer, local, "fi");
        assertThat(http().bearer(local.token()).postJson("/api/v1/removal-orders/" + suspended + "/impossibility", Map.of(
                "reason", "FORCE_MAJEURE", "details", "Storage offline", "authorisedPerson", "Ops")).status()).isEqualTo(200);
        String late = issue(issuer, foreign, "fi");
        clock.advance(Duration.ofMinutes(61));
        sweep.sweep();
        remove(foreign, late);
        assertThat(http().bearer(issuer.token()).postJson("/api/v1/removal-orders/" + inTime + "/appeal",
                Map.of("lodgedAt", clock.instant().toString(), "court", "Helsinki Administrative Court")).status()).isEqualTo(200);

        int year = issuedAt.atZone(ZoneOffset.UTC).getYear();
        var response = http().bearer(issuer.token()).get("/api/v1/transparency/authority-report?year=" + year);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        JsonNode orders = report.get("orders");
        assertThat(orders.get("issued").asInt()).isEqualTo(3);
        assertThat(orders.get("crossBorder").asInt()).isEqualTo(1);
        assertThat(orders.get("withoutPriorInformation").asInt()).isEqualTo(3);
        assertThat(orders.get("items").asInt()).isEqualTo(3);
        assertThat(orders.get("executed").asInt()).isEqualTo(2);
        assertThat(orders.get("executedInTime").asInt()).isEqualTo(1);
        assertThat(orders.get("notExecuted").asInt()).isEqualTo(1);
        assertThat(orders.get("impossibility").get("FORCE_MAJEURE").asInt()).isEqualTo(1);
        assertThat(orders.get("itemsRemoved").asInt()).isEqualTo(2);
        assertThat(report.get("scrutiny").get("ownOrdersScrutinised").asInt()).isZero();
        assertThat(report.get("scrutiny").has("conducted")).as("not a role-(b) authority").isFalse();
        assertThat(report.has("specificMeasures")).isFalse();
        assertThat(report.get("review").get("lodged").asInt()).isEqualTo(1);
        assertThat(report.get("review").get("pending").asInt()).isEqualTo(1);
        assertThat(report.get("emergencies")).hasSize(3);
        assertThat(report.get("emergencies").get(0).get("justification").asString()).isEqualTo("Imminent follow-up attack announced");
        assertThat(http().bearer(issuer.token()).get("/api/v1/transparency/authority-report?year=" + (year - 1))
                .json().get("orders").get("issued").asInt()).isZero();

        var page = http();
        page.login(issuer.username(), PASSWORD);
        String html = page.get("/transparency?year=" + year).body();
        assertThat(html).contains("id=\"art8-orders\"").contains("Imminent follow-up attack announced");

        var commission = tenant(OrganisationKind.COMMISSION, null, "Commission Art 8");
        var seen = http().bearer(commission.token()).get("/api/v1/transparency/authority-report?year=" + year
                + "&authority=" + issuer.id());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("orders")).isEqualTo(orders);
        assertThat(http().bearer(commission.token()).get("/api/v1/transparency/authority-report?year=" + year).status())
                .isEqualTo(400);
    }

    @Test
    void anAuthoritySeesOnlyItsOwnReportAndYearsAreChecked() {
        var issuer = issuer("HR");
        var other = issuer("HR");
        var hsp = provider("Zagreb Host", "HR", "hr");
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        assertThat(http().bearer(other.token()).get("/api/v1/transparency/authority-report?year=" + year + "&authority="
                + issuer.id()).status()).isEqualTo(403);
        assertThat(http().bearer(hsp.token()).get("/api/v1/transparency/authority-report?year=" + year).status())
                .isEqualTo(403);
        var tooEarly = http().bearer(issuer.token()).get("/api/v1/transparency/authority-report?year=2021");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("7 June 2022");
        assertThat(http().bearer(issuer.token()).get("/api/v1/transparency/authority-report?year=" + (year + 1)).status())
                .isEqualTo(400);
    }

    /** Issue 12, broken point 4: the Commission's page answered 400 with no way to pick an authority. */
    @Test
    void theCommissionPicksTheAuthorityOnThePageAndReadsItsReport() {
        var issuer = issuer("SI");
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        var commission = tenant(OrganisationKind.COMMISSION, null, "Commission Art 8 Pages");
        var page = http();
        page.login(commission.username(), PASSWORD);
        var dashboard = page.get("/").body();
        assertThat(dashboard).contains("id=\"nav-transparency\"");

        var choose = page.get("/transparency");
        assertThat(choose.status()).as(choose.body()).isEqualTo(200);
        assertThat(choose.body()).contains("id=\"art8-choose\"").contains("value=\"" + issuer.id() + "\"");

        var report = page.get("/transparency?authority=" + issuer.id() + "&year=" + year);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("id=\"art8-orders\"")
                .contains("<option value=\"" + issuer.id() + "\" selected")
                .contains("href=\"/transparency/report.json?year=" + year + "&authority=" + issuer.id() + "\"");
        var json = page.get("/transparency/report.json?year=" + year + "&authority=" + issuer.id());
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().get("authorityId").asString()).isEqualTo(issuer.id());

        var own = http();
        own.login(issuer.username(), PASSWORD);
        assertThat(own.get("/transparency").body()).contains("id=\"art8-orders\"").doesNotContain("id=\"authority\"");
        var stranger = issuer("SI");
        var other = http();
        other.login(stranger.username(), PASSWORD);
        assertThat(other.get("/transparency/report.json?year=" + year + "&authority=" + issuer.id()).status()).isEqualTo(403);
    }
}
