package eu.vigil.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.audit.Auditor;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityEntry;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.Confidence;
import eu.vigil.testing.IntegrationTest;
import eu.vigil.testing.Told;
import tools.jackson.databind.JsonNode;

/** R30: routing to the Member State concerned, or to the host contact point and Europol, with receipts. */
class ThreatReportIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Tenant authority(String ms, boolean issue, boolean contactPoint) {
        String code = ms + "-TL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        authorities.apply(Auditor.system("test"), new AuthorityEntry(code, ms, "Threat test " + code, null,
                issue ? EnumSet.of(AuthorityRole.ISSUE) : EnumSet.noneOf(AuthorityRole.class), contactPoint, null, null,
                "test", Confidence.CONFIRMED, null, clock.instant().minus(Duration.ofDays(1))));
        var org = organisations.register(Auditor.system("test"), new OrganisationId(
                authorities.findByCode(code, clock.instant()).orElseThrow().id().value()), OrganisationKind.COMPETENT_AUTHORITY, code, ms);
        return withUserAndToken(org, code.toLowerCase());
    }

    @Test
    void knownMemberStateGoesToItsAuthorityWhichAcknowledges() {
        var police = authority("DK", true, true);
        var hsp = provider("Copenhagen Host", "DK", "da");
        var filed = http().bearer(hsp.token()).postJson("/api/v1/threat-reports", Map.of("memberState", "DK",
                "description", "Live stream announces an attack on a school in Aarhus within the hour",
                "contentUrl", "https://cph.example/live/5"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode report = filed.json();
        assertThat(report.get("deliveries").toString()).contains(police.id()).contains("MEMBER_STATE_CONCERNED");
        String id = report.get("id").asString();
        var received = http().bearer(police.token()).postJson("/api/v1/threat-reports/" + id + "/receipt", "{}");
        assertThat(received.json().get("deliveries").get(0).get("receivedAt").asString()).isNotBlank();
        assertThat(http().bearer(hsp.token()).get("/api/v1/threat-reports/" + id).json().get("deliveries").get(0)
                .get("receivedBy").asString()).contains("test token");
    }

    @Test
    void unknownMemberStateGoesToTheHostContactPointAndEuropol() {
        var contactPoint = authority("EE", false, true);
        var europol = tenant(OrganisationKind.EUROPOL, null, "Europol Threat");
        var hsp = provider("Tallinn Host", "EE", "et");
        var filed = http().bearer(hsp.token()).postJson("/api/v1/threat-reports", Map.of(
                "description", "Anonymous user posts bomb-making video and target list, location unknown"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String deliveries = filed.json().get("deliveries").toString();
        assertThat(deliveries).contains(contactPoint.id()).contains("HOST_CONTACT_POINT")
                .contains(europol.id()).contains("EUROPOL");
        String id = filed.json().get("id").asString();
        assertThat(http().bearer(europol.token()).get("/api/v1/threat-reports").body()).contains(id);
        var stranger = provider("Unrelated Host", "EE", "et");
        assertThat(http().bearer(stranger.token()).get("/api/v1/threat-reports/" + id).status()).isEqualTo(404);
    }

    @Test
    void everyRecipientIsNotifiedAtOnceWithoutTheDescription() {
        var contactPoint = authority("FI", false, true);
        var europol = tenant(OrganisationKind.EUROPOL, null, "Europol Threat Notice");
        var hsp = provider("Espoo Host", "FI", "fi");
        var filed = http().bearer(hsp.token()).postJson("/api/v1/threat-reports", Map.of(
                "description", "Stream threatens hostages in an unknown city"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();

        var told = new Told(jdbc, clock);
        assertThat(told.notifications(contactPoint, id)).containsExactly("threat_report.filed");
        assertThat(told.notifications(europol, id)).as("Art. 14(5): Europol when the Member State is unknown")
                .containsExactly("threat_report.filed");
        assertThat(told.texts(europol, "threat_report.filed", id)).singleElement().asString()
                .contains(hsp.organisation().name()).contains("unknown").doesNotContain("hostages");
        assertThat(told.notifications(hsp, id)).as("the reporter is not told of its own report").isEmpty();
    }

    @Test
    void authoritiesDoNotFileAndBadInputIsRejected() {
        var police = authority("LV", true, true);
        assertThat(http().bearer(police.token()).postJson("/api/v1/threat-reports", Map.of("description", "x")).status())
                .isEqualTo(403);
        var hsp = provider("Riga Reporter", "LV", "lv");
        var bad = http().bearer(hsp.token()).postJson("/api/v1/threat-reports", Map.of("memberState", "XX", "description", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("memberState").contains("description");
    }

    @Test
    void theThreatPageFilesAndAcknowledgesLikeTheApi() {
        var police = authority("HR", true, true);
        var hsp = provider("Zagreb Host", "HR", "hr");
        var provider = http();
        provider.login(hsp.username(), PASSWORD);
        var filed = provider.postForm("/threats", "/threats", "memberState=HR&description=Countdown+video+naming+a+target");
        assertThat(filed.status()).isEqualTo(302);
        var authority = http();
        authority.login(police.username(), PASSWORD);
        String page = authority.get("/threats").body();
        assertThat(page).contains("Countdown video naming a target").contains("Acknowledge receipt");
        String id = http().bearer(police.token()).get("/api/v1/threat-reports").json().get(0).get("id").asString();
        assertThat(authority.postForm("/threats", "/threats/" + id + "/receipt", "").status()).isEqualTo(302);
        assertThat(authority.get("/threats").body()).contains("received");
    }
}
