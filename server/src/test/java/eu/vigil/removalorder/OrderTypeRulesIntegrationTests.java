package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import eu.vigil.transparency.AuthorityReports;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, defect 6: the order type decides which TCO rules apply (prior information Art. 3(2), scrutiny Art. 4,
 * exposure Art. 5, the Art. 8 report, role (a)), and a national order type is issued only from its Member State.
 */
class OrderTypeRulesIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    Finality finality;
    @Autowired
    Exposure exposure;
    @Autowired
    AuthorityReports reports;
    @Autowired
    DataSource dataSource;

    private Tenant authority(String ms, AuthorityRole... roles) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(roles[0], roles),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "types." + ms.toLowerCase() + "." + org.id().toString().substring(0, 8));
    }

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    /** An order of {@code type} without emergency, so without any excuse for missing prior information. */
    private static String body(Tenant hsp, String type, String language, String extra) {
        return """
                {"orderType":"%s","providerId":"%s","language":"%s","items":[{"url":"https://host.example/%s"}],
                 "statementOfReasons":"Material matching the statutory definition, see the file.",
                 "representativeName":"R. de Boer","representativePost":"Toezichthouder","redressBody":"Rechtbank Den Haag",
                 "redressDeadline":"six weeks"%s}""".formatted(type, hsp.id(), language, java.util.UUID.randomUUID(), extra);
    }

    private static final String DSA = ",\"deadlineMinutes\":180,\"territorialScope\":[\"DE\"]";

    @Test
    void aFirstDsaOrderNeedsNoTcoPriorInformationAndDoesNotStandInForIt() {
        var issuer = authority("DE", AuthorityRole.ISSUE);
        var hsp = provider("Dsa Host", "DE", "de");
        var dsa = as(issuer).postJson("/api/v1/removal-orders", body(hsp, "DSA_ART9", "de", DSA));
        assertThat(dsa.status()).as(dsa.body()).isEqualTo(201);
        // A first TCO order still needs the prior information: the DSA order was no TCO order.
        var tco = as(issuer).postJson("/api/v1/removal-orders", body(hsp, "TCO_REMOVAL", "de", ",\"reasons\":[\"INCITEMENT\"]"));
        assertThat(tco.status()).as(tco.body()).isEqualTo(422);
        assertThat(tco.json().get("reason").asString()).isEqualTo("PRIOR_INFORMATION_MISSING");
    }

    @Test
    void aDsaOrderMayComeFromACompetentAuthorityWithoutRoleA() {
        var supervisor = authority("DE", AuthorityRole.SPECIFIC_MEASURES);
        var hsp = provider("Dsa Supervised Host", "DE", "de");
        assertThat(as(supervisor).postJson("/api/v1/removal-orders", body(hsp, "DSA_ART9", "de", DSA)).status()).isEqualTo(201);
        var tco = as(supervisor).postJson("/api/v1/removal-orders", body(hsp, "TCO_REMOVAL", "de",
                ",\"reasons\":[\"INCITEMENT\"],\"emergency\":true,\"emergencyJustification\":\"attack tonight\""));
        assertThat(tco.status()).as("TCO orders need role (a)").isEqualTo(403);
    }

    @Test
    void aNationalOrderTypeIsIssuedOnlyByAuthoritiesOfItsMemberState() {
        var german = authority("DE", AuthorityRole.ISSUE);
        var dutch = authority("NL", AuthorityRole.ISSUE);
        var hsp = provider("Rotterdam Host", "NL", "nl");
        var refused = as(german).postJson("/api/v1/removal-orders", body(hsp, "NL_CSAM_REMOVAL", "nl", ""));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("orderType");
        assertThat(error.get("message").asString()).startsWith("Order type:").contains("NL");
        // The Dutch authority issues it, and without TCO prior information (a first order, no emergency).
        var issued = as(dutch).postJson("/api/v1/removal-orders", body(hsp, "NL_CSAM_REMOVAL", "nl", ""));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    }

    @Test
    void aCrossBorderOrderOfAnotherTypeIsNeitherCopiedNorScrutinised() {
        var dutch = authority("NL", AuthorityRole.ISSUE);
        var hsp = provider("Cologne Host", "DE", "de", "nl");
        var issued = as(dutch).postJson("/api/v1/removal-orders", body(hsp, "NL_CSAM_REMOVAL", "nl", "")).json();
        JsonNode order = issued.get("order");
        assertThat(order.get("crossBorder").asBoolean()).isTrue();
        assertThat(OrderClockIntegrationTests.absent(order.get("scrutinyCopy"))).as("no Art. 4 copy").isTrue();
        String id = order.get("id").asString();
        var annex = as(dutch).get("/api/v1/removal-orders/" + id + "/annex-i").json();
        assertThat(annex.get("D.copy_sent_to_host_member_state").asBoolean()).isFalse();
        assertThat(as(dutch).get("/api/v1/removal-orders/" + id).json().get("sealValid").asBoolean()).isTrue();
        var request = as(hsp).postJson("/api/v1/removal-orders/" + id + "/scrutiny-request",
                java.util.Map.of("reasons", "not terrorist content"));
        assertThat(request.status()).as(request.body()).isEqualTo(422);
        assertThat(request.json().get("reason").asString()).isEqualTo("NO_SCRUTINY_FOR_ORDER_TYPE");
    }

    @Test
    void finalDutchCsamOrdersNeverOpenAnExposureCase() {
        var dutch = authority("NL", AuthorityRole.ISSUE);
        var hsp = provider("Utrecht Host", "NL", "nl");
        for (int i = 0; i < 3; i++) {
            var r = as(dutch).postJson("/api/v1/removal-orders", body(hsp, "NL_CSAM_REMOVAL", "nl", ",\"appealPeriodDays\":1"));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        clock.advance(Duration.ofDays(2).plusMinutes(1)); // one day on the Dutch calendar ends at local midnight
        finality.markFinal();
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from removal_order where provider_id = ?::uuid and final_at is not null",
                Integer.class, hsp.id())).as("the orders did become final").isEqualTo(3);
        assertThat(exposure.finalOrdersInWindow(java.util.UUID.fromString(hsp.id()))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from exposure_case where provider_id = ?::uuid", Integer.class,
                hsp.id())).isZero();
    }

    @Test
    void theArt8ReportCountsOnlyTcoOrders() {
        var dutch = authority("NL", AuthorityRole.ISSUE);
        var hsp = provider("Leiden Host", "NL", "nl");
        assertThat(as(dutch).postJson("/api/v1/removal-orders", body(hsp, "NL_CSAM_REMOVAL", "nl", "")).status()).isEqualTo(201);
        assertThat(as(dutch).postJson("/api/v1/removal-orders", body(hsp, "TCO_REMOVAL", "nl",
                ",\"reasons\":[\"INCITEMENT\"],\"emergency\":true,\"emergencyJustification\":\"attack tonight\"")).status())
                .isEqualTo(201);
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        var report = reports.report(dutch.admin(), year, Optional.empty());
        assertThat(report.orders().issued()).isEqualTo(1);
        assertThat(report.orders().withoutPriorInformation()).isEqualTo(1);
    }
}
