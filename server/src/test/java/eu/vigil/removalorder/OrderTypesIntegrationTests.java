package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.IntegrationTest;

/** R53: the deadline rule comes from the order type; overdue logic applies per type. */
class OrderTypesIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;

    private String body(Tenant hsp, String type, Integer minutes) {
        return """
                {"orderType":"%s","providerId":"%s","language":"nl","items":[{"url":"https://nl.example/x"}],
                 "territorialScope":["NL","BE"],"statementOfReasons":"Material matching the statutory definition, see file.",
                 "representativeName":"R. de Boer","representativePost":"Toezichthouder","redressBody":"Rechtbank Den Haag",
                 "redressDeadline":"six weeks","emergency":true,"emergencyJustification":"ongoing distribution"%s}"""
                .formatted(type, hsp.id(), minutes == null ? "" : ",\"deadlineMinutes\":" + minutes);
    }

    @Test
    void eachTypeCarriesItsOwnDeadline() {
        var org = OrderFixture.authority(authorities, organisations, "NL", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        var issuer = withUserAndToken(org, "atkm.types." + org.id().toString().substring(0, 6));
        var hsp = provider("Amsterdam Host", "NL", "nl");
        var api = http().bearer(issuer.token());

        var csamResponse = api.postJson("/api/v1/removal-orders", body(hsp, "NL_CSAM_REMOVAL", null));
        assertThat(csamResponse.status()).as(csamResponse.body()).isEqualTo(201);
        var csam = csamResponse.json();
        Instant received = Instant.parse(csam.get("order").get("receivedAt").asString());
        assertThat(Instant.parse(csam.get("dueAt").asString())).isEqualTo(received.plus(Duration.ofHours(12)));

        var missing = api.postJson("/api/v1/removal-orders", body(hsp, "DSA_ART9", null));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("deadlineMinutes");
        var noScope = api.postJson("/api/v1/removal-orders", body(hsp, "DSA_ART9", 180).replace("\"territorialScope\":[\"NL\",\"BE\"],", ""));
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.body()).contains("territorialScope").doesNotContain("\"field\":\"reasons\"");
        var tcoWithoutReasons = api.postJson("/api/v1/removal-orders", body(hsp, "TCO_REMOVAL", null));
        assertThat(tcoWithoutReasons.status()).isEqualTo(400);
        assertThat(tcoWithoutReasons.body()).contains("\"field\":\"reasons\"");
        var dsa = api.postJson("/api/v1/removal-orders", body(hsp, "DSA_ART9", 180)).json();
        assertThat(dsa.get("order").get("territorialScope").toString()).contains("BE", "NL");
        assertThat(dsa.get("sealValid").asBoolean()).isTrue();
        assertThat(Instant.parse(dsa.get("dueAt").asString())).isEqualTo(received.plus(Duration.ofMinutes(180)));

        clock.advance(Duration.ofMinutes(180));
        sweep.sweep();
        String dsaId = dsa.get("order").get("id").asString();
        String csamId = csam.get("order").get("id").asString();
        assertThat(api.get("/api/v1/removal-orders/" + dsaId).json().get("phase").asString()).isEqualTo("OVERDUE");
        assertThat(api.get("/api/v1/removal-orders/" + csamId).json().get("phase").asString()).isEqualTo("ON_TIME");
        clock.advance(Duration.ofHours(9));
        sweep.sweep();
        assertThat(api.get("/api/v1/removal-orders/" + csamId).json().get("phase").asString()).isEqualTo("OVERDUE");
        assertThat(http().bearer(issuer.token()).get("/api/v1/order-types").body()).contains("TCO_REMOVAL", "NL_CSAM_REMOVAL", "DSA_ART9");
    }
}
