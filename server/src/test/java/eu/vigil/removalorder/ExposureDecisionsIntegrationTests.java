package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import eu.vigil.testing.Told;

/**
 * Art. 5 decisions reach the provider (Art. 5(4)(b)); the decision that it is no longer exposed (Art. 5(7)) ends its
 * report obligations and the overdue reminders (defect 9).
 */
class ExposureDecisionsIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Exposure exposure;

    private Tenant supervisor;
    private Tenant hsp;
    private String caseId;
    private Told told;

    /** A raised case, as the finality sweep raises it after two final orders (that path: FinalityAndExposure tests). */
    @BeforeEach
    void raisedCase() {
        var org = OrderFixture.authority(authorities, organisations, "HU", EnumSet.of(AuthorityRole.SPECIFIC_MEASURES),
                clock.instant().minus(Duration.ofDays(1)));
        supervisor = withUserAndToken(org, "hu.sup." + org.id().toString().substring(0, 8));
        hsp = provider("Budapest Host", "HU", "hu");
        caseId = UUID.randomUUID().toString();
        jdbc.sql("insert into exposure_case (id, provider_id, member_state, raised_at, final_orders) values (?::uuid,?,?,?,?)")
                .params(caseId, UUID.fromString(hsp.id()), "HU", Timestamp.from(clock.instant()), 2).update();
        told = new Told(jdbc, clock);
        told.withWebhook(hsp);
    }

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    @Test
    void theExposureDecisionReachesTheProviderAsNotificationAndWebhook() {
        var decided = as(supervisor).postJson("/api/v1/exposure-cases/" + caseId + "/decision",
                Map.of("exposed", true, "reasons", "Two final orders and repeated re-uploads"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        String firstDue = decided.json().get("reports").get(0).get("dueAt").asString();

        assertThat(told.texts(hsp, "exposure.decided", caseId)).singleElement().asString().contains("exposed")
                .contains(firstDue);
        assertThat(told.payloads(hsp, "exposure.decided", caseId)).singleElement().asString()
                .contains("\"exposed\":true").contains("\"firstReportDueAt\":\"" + firstDue + "\"");
        assertThat(told.notifications(supervisor, caseId)).doesNotContain("exposure.decided");
    }

    private java.time.Instant decideExposed() {
        var decided = as(supervisor).postJson("/api/v1/exposure-cases/" + caseId + "/decision",
                Map.of("exposed", true, "reasons", "Two final orders within twelve months"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        return java.time.Instant.parse(decided.json().get("reports").get(0).get("dueAt").asString());
    }

    private tools.jackson.databind.JsonNode theCase() {
        for (var c : as(hsp).get("/api/v1/exposure-cases").json()) {
            if (c.get("id").asString().equals(caseId)) {
                return c;
            }
        }
        throw new AssertionError("case " + caseId + " not visible to the provider");
    }

    @Test
    void whileExposedAnOverdueReportIsAReminderToTheProvider() {
        var firstDue = decideExposed();
        clock.advance(Duration.between(clock.instant(), firstDue));
        exposure.flagOverdue();
        assertThat(told.texts(hsp, "exposure.report_overdue", caseId)).singleElement().asString().contains("submit it now");
        assertThat(told.webhooks(hsp, caseId)).contains("exposure.report_overdue");
    }

    @Test
    void theDecidingAuthorityEndsExposureAndReportsAndRemindersStop() {
        var firstDue = decideExposed();
        var otherOrg = OrderFixture.authority(authorities, organisations, "HU", EnumSet.of(AuthorityRole.SPECIFIC_MEASURES),
                clock.instant().minus(Duration.ofDays(1)));
        var other = withUserAndToken(otherOrg, "hu.other." + otherOrg.id().toString().substring(0, 8));
        assertThat(as(other).postJson("/api/v1/exposure-cases/" + caseId + "/end", Map.of("text", "x")).status())
                .as("only the authority that decided exposure").isEqualTo(403);
        var noReasons = as(supervisor).postJson("/api/v1/exposure-cases/" + caseId + "/end", Map.of());
        assertThat(noReasons.status()).isEqualTo(400);

        var ended = as(supervisor).postJson("/api/v1/exposure-cases/" + caseId + "/end",
                Map.of("text", "No final order for a year; hash matching in place"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("endedOn").asString()).isEqualTo("AUTHORITY");
        assertThat(ended.json().get("reports").get(0).get("lapsedAt").asString()).isNotBlank();
        assertThat(told.texts(hsp, "exposure.ended", caseId)).singleElement().asString().contains("no longer exposed");
        assertThat(told.payloads(hsp, "exposure.ended", caseId)).singleElement().asString()
                .contains("\"endedOn\":\"AUTHORITY\"");

        clock.advance(Duration.between(clock.instant(), firstDue).plusDays(1));
        exposure.flagOverdue();
        assertThat(told.notifications(hsp, caseId)).doesNotContain("exposure.report_overdue");
        assertThat(theCase().get("reports").get(0).has("overdueAt") && !theCase().get("reports").get(0).get("overdueAt").isNull())
                .as("a lapsed report is not flagged").isFalse();
        var report = as(hsp).postJson("/api/v1/exposure-cases/" + caseId + "/reports", Map.of("text", "measures"));
        assertThat(report.status()).isEqualTo(422);
        assertThat(report.json().get("reason").asString()).isEqualTo("EXPOSURE_ENDED");
        assertThat(as(supervisor).postJson("/api/v1/exposure-cases/" + caseId + "/end", Map.of("text", "again"))
                .json().get("reason").asString()).isEqualTo("NOT_EXPOSED");

        Http page = http();
        page.login(hsp.username(), PASSWORD);
        assertThat(page.get("/exposure").body()).contains("ended-" + caseId).doesNotContain("/exposure/" + caseId + "/reports");
    }

    @Test
    void theProvidersReasonedReviewRequestIsAnsweredByTheEndOfExposure() {
        decideExposed();
        var review = as(hsp).postJson("/api/v1/exposure-cases/" + caseId + "/review-request",
                Map.of("text", "We closed public uploads"));
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(review.json().get("reviewReasons").asString()).isEqualTo("We closed public uploads");

        Http supervisorPage = http();
        supervisorPage.login(supervisor.username(), PASSWORD);
        assertThat(supervisorPage.get("/exposure").body()).contains("end-" + caseId);
        assertThat(supervisorPage.postForm("/exposure", "/exposure/" + caseId + "/end",
                "reasons=Uploads+closed%2C+no+longer+exposed").status()).isEqualTo(302);

        var c = theCase();
        assertThat(c.get("endedOn").asString()).isEqualTo("PROVIDER_REQUEST");
        assertThat(c.get("reviewDecidedAt").asString()).isNotBlank();
        assertThat(c.get("reviewOutcome").asString()).startsWith("No longer exposed");
        assertThat(told.notifications(hsp, caseId)).contains("exposure.ended");
    }
}
