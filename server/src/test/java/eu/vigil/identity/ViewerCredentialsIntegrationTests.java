package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.IssueRequest;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Security finding 1 (issue 10): read-only credentials took binding actions. A VIEWER token of the right
 * organisation, at a moment when the same organisation's OPERATOR may act, is refused with
 * {@code role-required} (naming OPERATOR), nothing changes, and the OPERATOR's request then succeeds.
 */
class ViewerCredentialsIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;

    private Tenant issuer(String ms, AuthorityRole role) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(role),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "viewer." + ms.toLowerCase() + "." + org.id().toString().substring(0, 8));
    }

    private String viewer(Tenant t) {
        return tokens.issue(t.admin(), t.organisation().id(), "read-only", Set.of(Role.VIEWER), null).token();
    }

    private String issue(Tenant issuer, Tenant hsp, IssueRequest request) {
        var r = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", request);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    private String issue(Tenant issuer, Tenant hsp) {
        return issue(issuer, hsp, OrderFixture.order(UUID.fromString(hsp.id()), "en", true));
    }

    static void assertRoleRequired(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("type").asString()).isEqualTo("https://vigil.example.eu/problems/role-required");
        assertThat(r.json().get("role").asString()).isEqualTo("OPERATOR");
    }

    @Test
    void aViewerTokenNeitherLodgesAnAppealNorAnnulsTheOrder() {
        var issuer = issuer("LV", AuthorityRole.ISSUE);
        var hsp = provider("Riga Host", "LV", "lv", "en");
        String id = issue(issuer, hsp);
        Http asViewer = http().bearer(viewer(issuer));
        String appeal = "/api/v1/removal-orders/" + id + "/appeal";
        var body = Map.of("lodgedAt", clock.instant().toString(), "court", "Administratīvā rajona tiesa");

        assertRoleRequired(asViewer.postJson(appeal, body));
        assertThat(http().bearer(issuer.token()).postJson(appeal, body).status()).isEqualTo(200);
        assertRoleRequired(asViewer.postJson(appeal + "/outcome", Map.of("confirmed", false)));
        assertThat(http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id + "/finality").json().get("state")
                .asString()).isNotEqualTo("NO_LEGAL_EFFECT");
        var annulled = http().bearer(issuer.token()).postJson(appeal + "/outcome", Map.of("confirmed", false));
        assertThat(annulled.status()).as(annulled.body()).isEqualTo(200);
        assertThat(annulled.json().get("state").asString()).isEqualTo("NO_LEGAL_EFFECT");
    }

    @Test
    void aViewerTokenDoesNotExtendNonDisclosure() {
        var issuer = issuer("HR", AuthorityRole.ISSUE);
        var hsp = provider("Zagreb Host", "HR", "hr", "en");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var base = OrderFixture.order(UUID.fromString(hsp.id()), "hr", true);
        String id = issue(issuer, hsp, new IssueRequest(base.orderType(), base.providerId(), base.language(),
                base.items(), base.reasons(), base.statementOfReasons(), base.representativeName(),
                base.representativePost(), base.fileNumber(), base.redressBody(), base.redressDeadline(), true,
                today.plusDays(42), true, base.emergencyJustification(), false, null, null));
        String path = "/api/v1/removal-orders/" + id + "/non-disclosure-extension";

        assertRoleRequired(http().bearer(viewer(issuer)).postJson(path, Map.of("until", today.plusDays(84).toString())));
        assertThat(http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id).json().get("order")
                .get("nonDisclosureUntil").asString()).isEqualTo(today.plusDays(42).toString());
        assertThat(http().bearer(issuer.token()).postJson(path, Map.of("until", today.plusDays(84).toString())).status())
                .as("the one extension is still available").isEqualTo(200);
    }

    @Test
    void aViewerTokenNeitherOverwritesAPreservedCopyNorExtendsPreservation() throws Exception {
        var issuer = issuer("SI", AuthorityRole.ISSUE);
        var hsp = provider("Ljubljana Host", "SI", "sl", "en");
        String id = issue(issuer, hsp);
        Instant removed = clock.instant();
        assertThat(http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items",
                List.of(Map.of("position", 1, "action", "REMOVED", "actionAt", removed.toString())))).status())
                .isEqualTo(200);
        String copy = "/api/v1/removal-orders/" + id + "/items/1/preserved-copy";
        byte[] original = "the provider's preserved copy".getBytes();
        assertThat(put(hsp.token(), copy, original).statusCode()).isEqualTo(200);

        var overwrite = put(viewer(hsp), copy, "forged".getBytes());
        assertThat(overwrite.statusCode()).isEqualTo(403);
        assertThat(new String(overwrite.body())).contains("role-required");
        var kept = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + copy + "?purpose=REVIEW")).header("Authorization", "Bearer " + issuer.token())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(kept.body()).isEqualTo(original);

        String extension = "/api/v1/removal-orders/" + id + "/items/1/preservation-extension";
        var body = Map.of("until", removed.plus(Duration.ofDays(240)).toString(), "proceedingReference", "I U 12/26",
                "authorisingBody", "Upravno sodišče");
        assertRoleRequired(http().bearer(viewer(issuer)).postJson(extension, body));
        assertThat(http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id + "/preservation").body())
                .doesNotContain("I U 12/26");
        assertThat(http().bearer(issuer.token()).postJson(extension, body).status()).isEqualTo(200);
    }

    @Test
    void aViewerTokenNeitherRecordsNorDecidesComplaints() {
        var hsp = provider("Sofia Host", "BG", "bg", "en");
        Http asViewer = http().bearer(viewer(hsp));
        var removal = Map.of("url", "https://sofia.example/v/77", "action", "REMOVED", "specificMeasure",
                "Moderator review of a user flag");
        assertRoleRequired(asViewer.postJson("/api/v1/specific-measure-removals", removal));
        assertThat(http().bearer(hsp.token()).get("/api/v1/specific-measure-removals").body())
                .doesNotContain("sofia.example/v/77");
        var recorded = http().bearer(hsp.token()).postJson("/api/v1/specific-measure-removals", removal);
        assertThat(recorded.status()).isEqualTo(201);
        String complaints = "/api/v1/specific-measure-removals/" + recorded.json().get("id").asString() + "/complaints";
        var filing = Map.of("complainantReference", "BG-77", "grounds", "Documentary footage");

        assertRoleRequired(asViewer.postJson(complaints, filing));
        assertThat(http().bearer(hsp.token()).get(complaints).body()).doesNotContain("BG-77");
        var filed = http().bearer(hsp.token()).postJson(complaints, filing);
        assertThat(filed.status()).isEqualTo(201);
        String outcome = "/api/v1/complaints/" + filed.json().get("id").asString() + "/outcome";
        assertRoleRequired(asViewer.postJson(outcome, Map.of("outcome", "REINSTATED", "reasons", "viewer decided")));
        assertThat(http().bearer(hsp.token()).get(complaints).body()).doesNotContain("viewer decided");
        assertThat(http().bearer(hsp.token()).postJson(outcome, Map.of("outcome", "REINSTATED", "reasons",
                "Documentary context")).status()).isEqualTo(200);
    }

    @Test
    void aViewerTokenDoesNotRequestScrutiny() {
        var issuer = issuer("DE", AuthorityRole.ISSUE);
        issuer("EE", AuthorityRole.SCRUTINISE);
        var hsp = provider("Tallinn Host", "EE", "et", "en");
        String id = issue(issuer, hsp);
        String path = "/api/v1/removal-orders/" + id + "/scrutiny-request";

        assertRoleRequired(http().bearer(viewer(hsp)).postJson(path, Map.of("reasons", "filed by a viewer")));
        var requested = http().bearer(hsp.token()).postJson(path, Map.of("reasons", "The video is news reporting"));
        assertThat(requested.status()).as("the one request is still available: " + requested.body()).isEqualTo(200);
    }

    @Test
    void aViewerTokenNeitherCreatesNorWithdrawsInvestigationFlags() {
        var europol = tenant(OrganisationKind.EUROPOL, null, "Europol Viewer Check");
        String url = "https://viewer-flag.example/" + UUID.randomUUID();
        var flag = Map.of("kind", "URL", "value", url, "caseReference", "EU-IRU-VIEW");
        Http asViewer = http().bearer(viewer(europol));

        assertRoleRequired(asViewer.postJson("/api/v1/investigation-flags", flag));
        assertThat(http().bearer(europol.token()).get("/api/v1/investigation-flags").body()).doesNotContain(url);
        var created = http().bearer(europol.token()).postJson("/api/v1/investigation-flags", flag);
        assertThat(created.status()).isEqualTo(201);
        String flagPath = "/api/v1/investigation-flags/" + created.json().get("id").asString();
        assertRoleRequired(asViewer.delete(flagPath));
        assertThat(http().bearer(europol.token()).get("/api/v1/investigation-flags").body()).contains(url);
        assertThat(http().bearer(europol.token()).delete(flagPath).status()).isEqualTo(204);
    }

    @Test
    void aViewerTokenNeitherFilesNorAcknowledgesAThreatReport() {
        var police = issuer("LT", AuthorityRole.ISSUE);
        var hsp = provider("Kaunas Host", "LT", "lt", "en");
        var report = Map.of("memberState", "LT", "description", "Announcement of an attack on a market in Kaunas",
                "contentUrl", "https://kaunas.example/post/" + UUID.randomUUID());

        var filed = http().bearer(hsp.token()).postJson("/api/v1/threat-reports", report);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        assertRoleRequired(http().bearer(viewer(police)).postJson("/api/v1/threat-reports/" + id + "/receipt", "{}"));
        var receivedAt = http().bearer(hsp.token()).get("/api/v1/threat-reports/" + id).json().get("deliveries").get(0)
                .get("receivedAt");
        assertThat(receivedAt == null || receivedAt.isNull()).as("not acknowledged").isTrue();
        var received = http().bearer(police.token()).postJson("/api/v1/threat-reports/" + id + "/receipt", "{}");
        assertThat(received.json().get("deliveries").get(0).get("receivedAt").asString()).isNotBlank();
        assertRoleRequired(http().bearer(viewer(hsp)).postJson("/api/v1/threat-reports", report));
    }

    @Test
    void aViewerSessionCannotAppealOnTheOrderPage() {
        var issuer = issuer("LU", AuthorityRole.ISSUE);
        var hsp = provider("Esch Host", "LU", "fr", "en");
        String id = issue(issuer, hsp);
        String username = "viewer.page." + UUID.randomUUID().toString().substring(0, 8);
        users.createUnchecked(eu.vigil.audit.Auditor.system("test"), issuer.organisation().id(),
                new Users.NewUser(username, "Read only", null, PASSWORD, Set.of(Role.VIEWER)));
        Http page = http();
        page.login(username, PASSWORD);
        var r = page.postForm("/orders/" + id, "/orders/" + id + "/appeal",
                "court=Tribunal+administratif&lodgedAt=" + java.time.LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).contains("requires the OPERATOR role");
        assertThat(page.get("/orders/" + id).body()).doesNotContain("Tribunal administratif");
    }

    private HttpResponse<byte[]> put(String token, String path, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "video/mp4")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
