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

/** Art. 5 decisions reach the provider (Art. 5(4)(b)). */
class ExposureDecisionsIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    JdbcClient jdbc;

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
}
