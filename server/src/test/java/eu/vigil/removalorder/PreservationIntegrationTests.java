package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.IntegrationTest;

/** R31, R32: six months of preservation from removal, purpose-coded access, extension, automatic deletion. */
class PreservationIntegrationTests extends IntegrationTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    Preservation preservation;
    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    AuditLog audit;

    private HttpResponse<byte[]> raw(String token, String method, String path, byte[] body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token);
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "video/mp4").method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void removedItemsArePreservedSixMonthsAccessedWithAPurposeAndThenDeleted() throws Exception {
        var since = clock.instant().minus(Duration.ofDays(1));
        var org = OrderFixture.authority(authorities, organisations, "PL", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(org, "pl.pres." + org.id().toString().substring(0, 8));
        var hsp = provider("Warsaw Host", "PL", "pl");
        String id = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", OrderFixture.order(
                java.util.UUID.fromString(hsp.id()), "pl", true, "https://waw.example/v/1", "https://waw.example/v/2"))
                .json().get("order").get("id").asString();
        Instant removed = clock.instant();
        http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", 1, "action", "REMOVED", "actionAt", removed.toString()),
                Map.of("position", 2, "action", "DISABLED", "actionAt", removed.toString()))));

        var records = http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id + "/preservation").json();
        assertThat(records.size()).isEqualTo(2);
        Instant expires = removed.atZone(ZoneOffset.UTC).plusMonths(6).toInstant();
        assertThat(Instant.parse(records.get(0).get("expiresAt").asString())).isEqualTo(expires);

        byte[] video = "fake video bytes".getBytes();
        assertThat(raw(hsp.token(), "PUT", "/api/v1/removal-orders/" + id + "/items/1/preserved-copy", video).statusCode()).isEqualTo(200);
        assertThat(raw(hsp.token(), "PUT", "/api/v1/removal-orders/" + id + "/items/2/preserved-copy", video).statusCode()).isEqualTo(200);
        var noPurpose = raw(issuer.token(), "GET", "/api/v1/removal-orders/" + id + "/items/1/preserved-copy", null);
        assertThat(noPurpose.statusCode()).isEqualTo(422);
        var review = raw(issuer.token(), "GET", "/api/v1/removal-orders/" + id + "/items/1/preserved-copy?purpose=REVIEW", null);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).isEqualTo(video);
        var browser = http();
        browser.login(issuer.username(), PASSWORD);
        String page = browser.get("/orders/" + id).body();
        assertThat(page).contains("id=\"preservation\"").contains("Open (access is logged)");
        assertThat(browser.get("/orders/" + id + "/items/1/preserved-copy?purpose=TERRORISM_INVESTIGATION").body())
                .isEqualTo(new String(video));
        List<String> actions = audit.trail("removal_order", id).stream().map(AuditRecord::action).toList();
        assertThat(actions).contains("preservation.access_refused", "preservation.accessed");

        var extended = http().bearer(issuer.token()).postJson("/api/v1/removal-orders/" + id + "/items/2/preservation-extension",
                Map.of("until", expires.plus(Duration.ofDays(60)).toString(), "proceedingReference", "VII SA/Wa 123/26",
                        "authorisingBody", "Wojewódzki Sąd Administracyjny w Warszawie"));
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);

        clock.set(expires.minusSeconds(1));
        sweep.sweep();
        assertThat(raw(issuer.token(), "GET", "/api/v1/removal-orders/" + id + "/items/1/preserved-copy?purpose=COMPLAINT", null)
                .statusCode()).isEqualTo(200);
        clock.set(expires);
        sweep.sweep();
        assertThat(raw(issuer.token(), "GET", "/api/v1/removal-orders/" + id + "/items/1/preserved-copy?purpose=REVIEW", null)
                .statusCode()).as("deleted at six months").isEqualTo(404);
        assertThat(raw(issuer.token(), "GET", "/api/v1/removal-orders/" + id + "/items/2/preserved-copy?purpose=REVIEW", null)
                .statusCode()).as("kept: extended for review proceedings").isEqualTo(200);
        clock.set(expires.plus(Duration.ofDays(60)));
        sweep.sweep();
        assertThat(raw(issuer.token(), "GET", "/api/v1/removal-orders/" + id + "/items/2/preserved-copy?purpose=REVIEW", null)
                .statusCode()).isEqualTo(404);
        assertThat(audit.trail("removal_order", id).stream().filter(r -> r.action().equals("preservation.purged"))).hasSize(2);
    }

    @Test
    void copiesAreEncryptedAtRestAndBoundToTheirItem() throws Exception {
        var org = OrderFixture.authority(authorities, organisations, "PL", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        var issuer = withUserAndToken(org, "pl.enc." + org.id().toString().substring(0, 8));
        var hsp = provider("Kraków Host", "PL", "pl");
        String id = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", OrderFixture.order(
                java.util.UUID.fromString(hsp.id()), "pl", true, "https://krk.example/1", "https://krk.example/2"))
                .json().get("order").get("id").asString();
        http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", 1, "action", "REMOVED", "actionAt", clock.instant().toString()),
                Map.of("position", 2, "action", "REMOVED", "actionAt", clock.instant().toString()))));
        byte[] alpha = "alpha: the propaganda video as removed".getBytes();
        byte[] beta = "beta: the second copy".getBytes();
        raw(hsp.token(), "PUT", "/api/v1/removal-orders/" + id + "/items/1/preserved-copy", alpha);
        raw(hsp.token(), "PUT", "/api/v1/removal-orders/" + id + "/items/2/preserved-copy", beta);
        java.util.UUID order = java.util.UUID.fromString(id);
        byte[] stored = jdbc.sql("select content from preserved_item where order_id = ? and position = 1").param(order)
                .query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("propaganda");
        assertThat(stored.length).isEqualTo(alpha.length + 1 + 12 + 16);
        String copy = "/api/v1/removal-orders/" + id + "/items/1/preserved-copy?purpose=REVIEW";
        assertThat(raw(issuer.token(), "GET", copy, null).body()).isEqualTo(alpha);

        byte[] other = jdbc.sql("select content from preserved_item where order_id = ? and position = 2").param(order)
                .query(byte[].class).single();
        jdbc.sql("update preserved_item set content = ? where order_id = ? and position = 1").params(other, order).update();
        var moved = raw(issuer.token(), "GET", copy, null);
        assertThat(moved.statusCode()).as("a copy moved to another item does not open").isEqualTo(500);
        assertThat(new String(moved.body())).doesNotContain("beta");

        jdbc.sql("update preserved_item set content = ?, content_encrypted = false where order_id = ? and position = 1")
                .params(alpha, order).update();
        assertThat(raw(issuer.token(), "GET", copy, null).body()).as("copies from before encryption stay readable").isEqualTo(alpha);
        preservation.encryptLegacyCopies();
        assertThat(jdbc.sql("select content_encrypted from preserved_item where order_id = ? and position = 1").param(order)
                .query(Boolean.class).single()).isTrue();
        assertThat(raw(issuer.token(), "GET", copy, null).body()).isEqualTo(alpha);
    }
}
