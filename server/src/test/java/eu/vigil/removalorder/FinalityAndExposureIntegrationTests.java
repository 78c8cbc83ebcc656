package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** R21-R24: finality after the appeal period, exposure at two final orders, reports at +3 and +12 months, review. */
class FinalityAndExposureIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    AuditLog audit;

    private String issue(Tenant issuer, Tenant hsp) {
        return http().bearer(issuer.token()).postJson("/api/v1/removal-orders", OrderFixture.order(
                java.util.UUID.fromString(hsp.id()), "lt", true)).json().get("order").get("id").asString();
    }

    @Test
    void twoFinalOrdersRaiseAnExposureCaseWithReportsAndReview() {
        var since = clock.instant().minus(Duration.ofDays(1));
        var issuerOrg = OrderFixture.authority(authorities, organisations, "LT", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(issuerOrg, "lt.fin." + issuerOrg.id().toString().substring(0, 8));
        var supervisorOrg = OrderFixture.authority(authorities, organisations, "LT", EnumSet.of(AuthorityRole.SPECIFIC_MEASURES), since);
        var supervisor = withUserAndToken(supervisorOrg, "lt.sup." + supervisorOrg.id().toString().substring(0, 8));
        var hsp = provider("Vilnius Host", "LT", "lt");
        Http asIssuer = http().bearer(issuer.token());

        String first = issue(issuer, hsp);
        String second = issue(issuer, hsp);
        String appealed = issue(issuer, hsp);
        assertThat(asIssuer.postJson("/api/v1/removal-orders/" + appealed + "/appeal",
                Map.of("lodgedAt", clock.instant().toString(), "court", "Vilniaus apygardos administracinis teismas")).status())
                .isEqualTo(200);

        Instant appealEnds = Instant.parse(asIssuer.get("/api/v1/removal-orders/" + second + "/finality").json()
                .get("appealDeadline").asString());
        clock.set(appealEnds.minusSeconds(1));
        sweep.sweep();
        assertThat(OrderClockIntegrationTests.absent(asIssuer.get("/api/v1/removal-orders/" + first + "/finality").json()
                .get("finalAt"))).isTrue();
        clock.advance(Duration.ofSeconds(1));
        sweep.sweep();
        assertThat(asIssuer.get("/api/v1/removal-orders/" + first + "/finality").json().get("finalAt").asString()).isNotBlank();
        assertThat(OrderClockIntegrationTests.absent(asIssuer.get("/api/v1/removal-orders/" + appealed + "/finality").json()
                .get("finalAt"))).as("appealed orders wait for the court").isTrue();
        assertThat(audit.trail("removal_order", second).stream().map(AuditRecord::action)).contains("removal_order.final");

        JsonNode cases = http().bearer(supervisor.token()).get("/api/v1/exposure-cases").json();
        JsonNode exposureCase = null;
        for (JsonNode c : cases) {
            if (c.get("providerId").asString().equals(hsp.id())) {
                exposureCase = c;
            }
        }
        assertThat(exposureCase).as("two final orders in 12 months raise the task").isNotNull();
        assertThat(exposureCase.get("finalOrders").asInt()).isEqualTo(2);
        String caseId = exposureCase.get("id").asString();
        assertThat(http().bearer(hsp.token()).get("/api/v1/exposure-cases").body()).contains(caseId);
        assertThat(http().bearer(issuer.token()).postJson("/api/v1/exposure-cases/" + caseId + "/decision",
                Map.of("exposed", true, "reasons", "x")).status()).as("only role (c) decides").isEqualTo(403);

        Http supervisorPage = http();
        supervisorPage.login(supervisor.username(), PASSWORD);
        assertThat(supervisorPage.get("/exposure").body()).contains("case-" + caseId).contains("Vilnius Host")
                .contains("/exposure/" + caseId + "/decision");
        assertThat(supervisorPage.follow(supervisorPage.postForm("/exposure", "/exposure/" + caseId + "/decision",
                "reasons=no+choice")).body()).as("the page names what is missing").contains("Decision (Art. 5(4))");
        var decided = http().bearer(supervisor.token()).postJson("/api/v1/exposure-cases/" + caseId + "/decision",
                Map.of("exposed", true, "reasons", "Two final orders within 12 months and repeated uploads"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        Instant decidedAt = Instant.parse(decided.json().get("decidedAt").asString());
        Instant firstDue = decidedAt.atZone(ZoneOffset.UTC).plusMonths(3).toInstant();
        assertThat(Instant.parse(decided.json().get("reports").get(0).get("dueAt").asString())).isEqualTo(firstDue);

        clock.set(firstDue);
        sweep.sweep();
        JsonNode afterDue = http().bearer(hsp.token()).get("/api/v1/exposure-cases").json();
        assertThat(afterDue.toString()).contains("overdueAt");
        var submitted = http().bearer(hsp.token()).postJson("/api/v1/exposure-cases/" + caseId + "/reports",
                Map.of("text", "Hash matching on uploads, 24/7 moderation, trusted-flagger channel"));
        assertThat(Instant.parse(submitted.json().get("reports").get(1).get("dueAt").asString()))
                .isEqualTo(firstDue.atZone(ZoneOffset.UTC).plusMonths(12).toInstant());

        var review = http().bearer(hsp.token()).postJson("/api/v1/exposure-cases/" + caseId + "/review-request", "{}");
        Instant reviewDue = Instant.parse(review.json().get("reviewDueAt").asString());
        assertThat(reviewDue).isEqualTo(clock.instant().atZone(ZoneOffset.UTC).plusMonths(3).toInstant());
        clock.set(reviewDue);
        sweep.sweep();
        assertThat(audit.trail("exposure_case", caseId).stream().map(AuditRecord::action)).contains("exposure.review_overdue");
        Http providerPage = http();
        providerPage.login(hsp.username(), PASSWORD);
        assertThat(providerPage.get("/exposure").body()).contains("case-" + caseId).contains("Hash matching on uploads");
        assertThat(supervisorPage.postForm("/exposure", "/exposure/" + caseId + "/review-outcome",
                "outcome=Decision+maintained").status()).isEqualTo(302);
        assertThat(http().bearer(hsp.token()).get("/api/v1/exposure-cases").body()).contains("Decision maintained");

        Http issuerPage = http();
        issuerPage.login(issuer.username(), PASSWORD);
        assertThat(issuerPage.get("/orders/" + appealed).body()).contains("id=\"appeal\"").contains("Vilniaus")
                .contains("appeal-outcome-form");
        assertThat(issuerPage.postForm("/orders/" + appealed, "/orders/" + appealed + "/appeal/outcome", "confirmed=false")
                .status()).isEqualTo(302);
        assertThat(asIssuer.get("/api/v1/removal-orders/" + appealed + "/finality").json().get("state").asString())
                .isEqualTo("NO_LEGAL_EFFECT");
        assertThat(issuerPage.get("/orders/" + appealed).body()).doesNotContain("appeal-outcome-form");
    }

    @Test
    void finalOrdersOlderThanTwelveMonthsDoNotCount() {
        var since = clock.instant().minus(Duration.ofDays(1));
        var issuerOrg = OrderFixture.authority(authorities, organisations, "LT", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(issuerOrg, "lt.win." + issuerOrg.id().toString().substring(0, 8));
        var hsp = provider("Kaunas Host", "LT", "lt");
        issue(issuer, hsp);
        clock.advance(Duration.ofDays(31));
        sweep.sweep();
        clock.advance(Duration.ofDays(366));
        issue(issuer, hsp);
        clock.advance(Duration.ofDays(31));
        sweep.sweep();
        assertThat(http().bearer(hsp.token()).get("/api/v1/exposure-cases").body())
                .as("the first final order fell out of the 12-month window").doesNotContain(hsp.id());
        issue(issuer, hsp);
        clock.advance(Duration.ofDays(31));
        sweep.sweep();
        assertThat(http().bearer(hsp.token()).get("/api/v1/exposure-cases").body()).contains(hsp.id());
    }

    @Test
    void theIssuerRecordsAnAppealOnTheOrderPage() {
        var since = clock.instant().minus(Duration.ofDays(1));
        var issuerOrg = OrderFixture.authority(authorities, organisations, "LU", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(issuerOrg, "lu.app." + issuerOrg.id().toString().substring(0, 8));
        var hsp = provider("Luxembourg Host", "LU", "fr", "lt");
        String order = issue(issuer, hsp);
        Http page = http();
        page.login(issuer.username(), PASSWORD);
        assertThat(page.get("/orders/" + order).body()).contains("appeal-form");
        String lodged = java.time.LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        assertThat(page.follow(page.postForm("/orders/" + order, "/orders/" + order + "/appeal", "court=&lodgedAt="
                + lodged)).body()).as("the court is required").contains("form-errors");
        assertThat(page.postForm("/orders/" + order, "/orders/" + order + "/appeal",
                "court=Tribunal+administratif&lodgedAt=" + lodged).status()).isEqualTo(302);
        String html = page.get("/orders/" + order).body();
        assertThat(html).contains("Tribunal administratif").contains("appeal-outcome-form").doesNotContain("appeal-form\"");
        assertThat(audit.trail("removal_order", order).stream().map(AuditRecord::action)).contains("removal_order.appealed");
    }

    @Test
    void theIssuerGivesTheNationalAppealPeriod() {
        var since = clock.instant().minus(Duration.ofDays(1));
        var issuerOrg = OrderFixture.authority(authorities, organisations, "LT", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(issuerOrg, "lt.apd." + issuerOrg.id().toString().substring(0, 8));
        var hsp = provider("Kaunas Host", "LT", "lt");
        var base = OrderFixture.order(java.util.UUID.fromString(hsp.id()), "lt", true);
        java.util.function.IntFunction<IssueRequest> withDays = days -> new IssueRequest(base.orderType(), base.providerId(),
                base.language(), base.items(), base.reasons(), base.statementOfReasons(), base.representativeName(),
                base.representativePost(), base.fileNumber(), base.redressBody(), "14 days from receipt", false, null,
                true, base.emergencyJustification(), false, null, null, java.util.List.of(), days);
        Http api = http().bearer(issuer.token());
        var refused = api.postJson("/api/v1/removal-orders", withDays.apply(0));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("appealPeriodDays");
        var issued = api.postJson("/api/v1/removal-orders", withDays.apply(14)).json().get("order");
        String id = issued.get("id").asString();
        Instant received = Instant.parse(issued.get("receivedAt").asString());
        Instant deadline = Instant.parse(api.get("/api/v1/removal-orders/" + id + "/finality").json().get("appealDeadline").asString());
        assertThat(deadline).as("the end of the 14th day after receipt on the issuer's calendar (defect 10)")
                .isEqualTo(AppealPeriod.days(14).endsFor(received, "LT"));
        assertThat(deadline).isAfterOrEqualTo(received.plus(Duration.ofDays(14)).minus(Duration.ofHours(1)));

        clock.set(deadline.minusSeconds(1));
        sweep.sweep();
        assertThat(OrderClockIntegrationTests.absent(api.get("/api/v1/removal-orders/" + id + "/finality").json().get("finalAt")))
                .isTrue();
        clock.set(deadline);
        sweep.sweep();
        assertThat(Instant.parse(api.get("/api/v1/removal-orders/" + id + "/finality").json().get("finalAt").asString()))
                .isEqualTo(deadline);
    }
}
