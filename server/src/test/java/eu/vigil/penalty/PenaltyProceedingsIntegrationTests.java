package eu.vigil.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.DeadlineSweep;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import eu.vigil.testing.Told;
import tools.jackson.databind.JsonNode;

/** Art. 18 penalty proceedings over real HTTP: who may open and decide, the provider told, Art. 18(3), Art. 8(1)(d), Art. 14(2). */
class PenaltyProceedingsIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    JdbcClient jdbc;

    private Tenant authority(String ms, Set<AuthorityRole> roles) {
        var org = OrderFixture.authority(authorities, organisations, ms, roles, clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "pen." + org.id().toString().substring(0, 8));
    }

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private static Map<String, Object> opening(Tenant provider, String... orderIds) {
        return Map.of("providerId", provider.id(), "legalBasis", "ART_3_3",
                "facts", "Orders of March were executed more than one hour after receipt", "orderIds", List.of(orderIds));
    }

    private Map<String, Object> fine(String amount) {
        return Map.of("sanction", "FINE", "amountEur", amount, "circumstances",
                "Art. 18(2): repeated, negligent, medium-sized provider, partial cooperation",
                "decidedOn", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
    }

    private String issue(Tenant issuer, Tenant hsp) {
        var r = as(issuer).postJson("/api/v1/removal-orders", OrderFixture.order(UUID.fromString(hsp.id()), "de", true,
                "https://pen.example/" + UUID.randomUUID()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    @Test
    void onlyTheRoleDAuthorityOfTheHostMemberStateOpensAndDecides() {
        var hsp = provider("Penalty Host", "LU", "de");
        var issuer = authority("LU", EnumSet.of(AuthorityRole.ISSUE));
        var elsewhere = authority("BE", EnumSet.of(AuthorityRole.PENALTIES));
        var judge = authority("LU", EnumSet.of(AuthorityRole.PENALTIES));

        var refused = as(issuer).postJson("/api/v1/penalty-proceedings", opening(hsp));
        assertThat(refused.status()).as("no role (d)").isEqualTo(403);
        var wrongState = as(elsewhere).postJson("/api/v1/penalty-proceedings", opening(hsp));
        assertThat(wrongState.status()).as("role (d) of another Member State").isEqualTo(403);
        assertThat(wrongState.body()).contains("LU");

        String order = issue(issuer, hsp);
        var opened = as(judge).postJson("/api/v1/penalty-proceedings", opening(hsp, order));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode p = opened.json();
        assertThat(p.get("state").asString()).isEqualTo("OPEN");
        assertThat(p.get("orderIds").toString()).contains(order);
        String id = p.get("id").asString();

        assertThat(as(elsewhere).get("/api/v1/penalty-proceedings/" + id).status()).isEqualTo(404);
        assertThat(as(issuer).get("/api/v1/penalty-proceedings").body()).doesNotContain(id);
        assertThat(as(elsewhere).postJson("/api/v1/penalty-proceedings/" + id + "/decision", fine("5000")).status())
                .isEqualTo(404);

        var bad = as(judge).postJson("/api/v1/penalty-proceedings/" + id + "/decision",
                Map.of("sanction", "FINE", "decidedOn", "2000-01-01"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("amountEur").contains("circumstances").contains("decidedOn");

        var decided = as(judge).postJson("/api/v1/penalty-proceedings/" + id + "/decision", fine("25000.00"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("state").asString()).isEqualTo("DECIDED");
        assertThat(decided.json().get("decision").get("amountEur").asString()).startsWith("25000");

        var again = as(judge).postJson("/api/v1/penalty-proceedings/" + id + "/decision", fine("30000"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.json().get("reason").asString()).isEqualTo("PROCEEDING_DECIDED");
        assertThat(again.json().get("state").asString()).isEqualTo("DECIDED");
    }

    @Test
    void theProviderIsToldAndSeesItsProceedingsButCannotWrite() {
        var hsp = provider("Told Host", "MT", "en");
        var other = provider("Other Host", "MT", "en");
        var judge = authority("MT", EnumSet.of(AuthorityRole.PENALTIES));
        String id = as(judge).postJson("/api/v1/penalty-proceedings", opening(hsp)).json().get("id").asString();

        var told = new Told(jdbc, clock);
        assertThat(told.notifications(hsp, id)).containsExactly(PenaltyEvent.PROCEEDINGS_OPENED);
        assertThat(told.notifications(other, id)).isEmpty();
        assertThat(as(hsp).get("/api/v1/penalty-proceedings").body()).contains(id);
        assertThat(as(hsp).get("/api/v1/penalty-proceedings/" + id).json().get("legalBasis").asString()).isEqualTo("ART_3_3");
        assertThat(as(other).get("/api/v1/penalty-proceedings/" + id).status()).isEqualTo(404);

        assertThat(as(hsp).postJson("/api/v1/penalty-proceedings/" + id + "/decision", fine("1")).status()).isEqualTo(403);
        assertThat(as(hsp).postJson("/api/v1/penalty-proceedings", opening(other)).status()).isEqualTo(403);
        assertThat(as(hsp).get("/api/v1/penalty-proceedings/indicators/" + hsp.id()).status()).isEqualTo(403);

        assertThat(as(judge).postJson("/api/v1/penalty-proceedings/" + id + "/decision", fine("7500")).status()).isEqualTo(200);
        assertThat(told.notifications(hsp, id)).containsExactlyInAnyOrder(PenaltyEvent.PROCEEDINGS_OPENED, PenaltyEvent.DECIDED);
        assertThat(told.texts(hsp, PenaltyEvent.DECIDED, id)).singleElement().asString().contains("EUR 7500");
    }

    @Test
    void theIndicatorCountsMissedDeadlinesOfRealOrders() {
        var hsp = provider("Late Host", "SK", "sk", "de");
        var issuer = authority("SK", EnumSet.of(AuthorityRole.ISSUE));
        var judge = authority("SK", EnumSet.of(AuthorityRole.PENALTIES));
        for (int i = 0; i < 3; i++) {
            issue(issuer, hsp);
        }
        JsonNode before = as(judge).get("/api/v1/penalty-proceedings/indicators/" + hsp.id()).json();
        assertThat(before.get("orders").asInt()).isEqualTo(3);
        assertThat(before.get("missed").asInt()).isZero();
        assertThat(before.get("systematic").asBoolean()).isFalse();

        clock.advance(Duration.ofMinutes(61));
        sweep.sweep();
        issue(issuer, hsp);
        JsonNode after = as(judge).get("/api/v1/penalty-proceedings/indicators/" + hsp.id()).json();
        assertThat(after.get("orders").asInt()).isEqualTo(4);
        assertThat(after.get("missed").asInt()).isEqualTo(3);
        assertThat(after.get("systematic").asBoolean()).as("3 of 4 missed passes 3 and 10 %").isTrue();

        var page = http();
        page.login(judge.username(), PASSWORD);
        String html = page.get("/penalties/providers/" + hsp.id()).body();
        assertThat(html).contains("id=\"indicator-missed\">3 (75.0 %)").contains("indicated");
        assertThat(page.get("/penalties").body()).contains(hsp.organisation().name().split(" ")[0]);
    }

    @Test
    void theArt8ReportCountsDecisionsImposingAPenaltyByLegalBasis() {
        var hsp = provider("Report Host", "SI", "sl");
        var judge = authority("SI", EnumSet.of(AuthorityRole.PENALTIES));
        String fined = as(judge).postJson("/api/v1/penalty-proceedings", opening(hsp)).json().get("id").asString();
        assertThat(as(judge).postJson("/api/v1/penalty-proceedings/" + fined + "/decision", fine("12000")).status()).isEqualTo(200);
        String acquitted = as(judge).postJson("/api/v1/penalty-proceedings", opening(hsp)).json().get("id").asString();
        assertThat(as(judge).postJson("/api/v1/penalty-proceedings/" + acquitted + "/decision", Map.of("sanction", "NONE",
                "circumstances", "First breach, remedied at once",
                "decidedOn", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString())).status()).isEqualTo(200);
        as(judge).postJson("/api/v1/penalty-proceedings", opening(hsp));

        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        JsonNode report = as(judge).get("/api/v1/transparency/authority-report?year=" + year).json();
        assertThat(report.get("penalties").get("ART_3_3").asInt()).as("the fine, not the acquittal nor the open one").isEqualTo(1);
        assertThat(report.get("penalties").size()).isEqualTo(1);

        var issuer = authority("SI", EnumSet.of(AuthorityRole.ISSUE));
        JsonNode none = as(issuer).get("/api/v1/transparency/authority-report?year=" + year).json().get("penalties");
        assertThat(none == null || none.isNull()).as("not designated for penalties").isTrue();
    }

    @Test
    void finalOrdersAreVisibleToTheRoleDAuthorityOfTheHostMemberState() {
        var hsp = provider("Final Host", "HU", "hu", "de");
        var issuer = authority("AT", EnumSet.of(AuthorityRole.ISSUE));
        String order = issue(issuer, hsp);
        Instant appealEnds = Instant.parse(as(issuer).get("/api/v1/removal-orders/" + order + "/finality").json()
                .get("appealDeadline").asString());
        clock.set(appealEnds.plusSeconds(1));
        sweep.sweep();
        assertThat(as(issuer).get("/api/v1/removal-orders/" + order + "/finality").json().get("finalAt").asString())
                .isNotBlank();

        var judge = authority("HU", EnumSet.of(AuthorityRole.PENALTIES));
        assertThat(as(judge).get("/api/v1/removal-orders/" + order).status()).as("Art. 14(2)").isEqualTo(200);
        assertThat(as(judge).get("/api/v1/removal-orders?size=100").body()).contains(order);
        var stranger = authority("PL", EnumSet.of(AuthorityRole.PENALTIES));
        assertThat(as(stranger).get("/api/v1/removal-orders/" + order).status()).isEqualTo(404);
    }
}
