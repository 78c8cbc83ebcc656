package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.MemberState;
import eu.vigil.registry.ReferenceData;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11, defect 5: a cross-border order to a host Member State whose role-(b) authority is not on this installation
 * records its copy as undeliverable, says so in the sealed Section D, tells the issuer and the Commission, and shows
 * on the register's data-quality view.
 */
class UndeliverableCopyIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    ReferenceData reference;
    @Autowired
    DataSource dataSource;

    /** An EU Member State with no role-(b) authority in the register now (tests never give one to all of them). */
    private MemberState stateWithoutScrutiniser() {
        List<MemberState> candidates = reference.euMemberStates().stream()
                .filter(ms -> !ms.code().equals("DE") && authorities.asOf(clock.instant()).stream()
                        .noneMatch(a -> a.memberState().equals(ms.code()) && a.holds(AuthorityRole.SCRUTINISE)))
                .toList();
        assertThat(candidates).as("some Member State without role (b)").isNotEmpty();
        return candidates.get(new java.util.Random().nextInt(candidates.size()));
    }

    @Test
    void theCopyIsRecordedAsUndeliverableSealedTruthfullyAndFlagged() {
        MemberState state = stateWithoutScrutiniser();
        String host = state.code();
        var commission = tenant(OrganisationKind.COMMISSION, null, "Commission Register");
        var org = OrderFixture.authority(authorities, organisations, "DE", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        var issuer = withUserAndToken(org, "undeliverable." + org.id().toString().substring(0, 8));
        var hsp = provider("Unreachable Host", host, state.languages().getFirst(), "en");
        Http api = http().bearer(issuer.token());

        var response = api.postJson("/api/v1/removal-orders", OrderFixture.order(UUID.fromString(hsp.id()), "en", true));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode order = response.json().get("order");
        String id = order.get("id").asString();
        assertThat(order.get("crossBorder").asBoolean()).isTrue();
        JsonNode copy = order.get("scrutinyCopy");
        assertThat(copy.get("memberState").asString()).isEqualTo(host);
        assertThat(copy.get("delivery").asString()).isEqualTo("UNDELIVERABLE");
        assertThat(OrderClockIntegrationTests.absent(copy.get("deliveredAt"))).isTrue();
        assertThat(response.json().get("scrutinyWindowOpen").asBoolean()).isFalse();

        // The sealed Section D says what happened, and the seal holds.
        var annex = api.get("/api/v1/removal-orders/" + id + "/annex-i").json();
        assertThat(annex.get("D.host_member_state_differs").asBoolean()).isTrue();
        assertThat(annex.get("D.copy_sent_to_host_member_state").asBoolean()).isFalse();
        assertThat(annex.get("D.copy_undeliverable").asString()).contains("not sent", host);
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select signed_payload from removal_order where id = ?::uuid", String.class, id))
                .contains("\"D.copy_sent_to_host_member_state\":false").contains("D.copy_undeliverable");
        assertThat(api.get("/api/v1/removal-orders/" + id).json().get("sealValid").asBoolean()).isTrue();

        // The issuer and the Commission are told; the audit log has the event.
        for (Tenant told : List.of(issuer, commission)) {
            assertThat(jdbc.queryForObject("select count(*) from notification where organisation_id = ?::uuid"
                    + " and kind = 'removal_order.copy_undeliverable' and subject_id = ?", Integer.class, told.id(), id))
                    .as(told.username()).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_record where subject_id = ?"
                + " and action = 'removal_order.copy_undeliverable'", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where subject_id = ?"
                + " and action = 'removal_order.copied_to_host'", Integer.class, id)).as("nothing claims delivery").isZero();

        // The order page says so, and the register's data-quality view shows the gap.
        Http browser = http();
        browser.login(issuer.username(), PASSWORD);
        assertThat(browser.get("/orders/" + id).body()).contains("id=\"copy-undeliverable\"");
        String page = browser.get("/registry/member-states?filter=needs-verification").body();
        int row = page.indexOf("data-state=\"" + host + "\"");
        assertThat(row).as("the state is listed as needing attention").isPositive();
        assertThat(page.substring(row, page.indexOf("</tr>", row))).contains("copies-undeliverable");
    }
}
