package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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

/**
 * The one-hour clock over real HTTP with a settable clock: warning at 45 minutes, overdue at 60 for issuer,
 * host authority and provider, suspension by Annex III and restart (R12-R15, R27, R28).
 */
class OrderClockIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    AuditLog audit;

    private Tenant issuer;
    private Tenant hsp;

    private String issue(String ms, String hostMs, String language) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        issuer = withUserAndToken(org, "clock." + org.id().toString().substring(0, 8));
        hsp = provider("Clock Host", hostMs, language);
        var r = as(issuer).postJson("/api/v1/removal-orders",
                OrderFixture.order(java.util.UUID.fromString(hsp.id()), language, true, "https://c.example/1",
                        "https://c.example/2"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private JsonNode view(Tenant t, String id) {
        return as(t).get("/api/v1/removal-orders/" + id).json();
    }

    @Test
    void warningAtFortyFiveAndOverdueAtSixtyMinutesForEveryoneConcerned() {
        String id = issue("IT", "IT", "it");
        clock.advance(Duration.ofMinutes(44).plusSeconds(59));
        sweep.sweep();
        assertThat(view(hsp, id).get("phase").asString()).isEqualTo("ON_TIME");
        clock.advance(Duration.ofSeconds(1));
        sweep.sweep();
        assertThat(view(hsp, id).get("phase").asString()).isEqualTo("WARNING");
        assertThat(absent(view(hsp, id).get("order").get("warnedAt"))).isFalse();

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        sweep.sweep();
        assertThat(view(issuer, id).get("phase").asString()).isEqualTo("WARNING");
        assertThat(absent(view(issuer, id).get("order").get("overdueAt"))).isTrue();
        clock.advance(Duration.ofSeconds(1));
        sweep.sweep();
        for (Tenant t : List.of(issuer, hsp)) {
            JsonNode v = view(t, id);
            assertThat(v.get("phase").asString()).isEqualTo("OVERDUE");
            assertThat(v.get("overdue").asBoolean()).isTrue();
            assertThat(v.get("remainingSeconds").asLong()).isZero();
        }
        List<String> actions = audit.trail("removal_order", id).stream().map(AuditRecord::action).toList();
        assertThat(actions).containsSubsequence("removal_order.issued", "removal_order.deadline_warning",
                "removal_order.overdue");
        sweep.sweep();
        assertThat(audit.trail("removal_order", id).stream().filter(r -> r.action().equals("removal_order.overdue")))
                .as("raised once").hasSize(1);
        for (Tenant t : List.of(issuer, hsp)) {
            String notes = as(t).get("/api/v1/notifications?unread=true").body();
            assertThat(notes).as("notified: " + t.username()).contains("removal_order.overdue").contains(id);
        }
        assertThat(as(hsp).get("/api/v1/notifications").body()).contains("removal_order.issued")
                .contains("removal_order.deadline_warning");
        var browser = http();
        browser.login(hsp.username(), PASSWORD);
        assertThat(browser.get("/").body()).as("the notification told as a sentence with the local time")
                .contains(view(hsp, id).get("order").get("reference").asString() + " is overdue (");
        String first = as(hsp).get("/api/v1/notifications?unread=true").json().get(0).get("id").asString();
        assertThat(as(hsp).postJson("/api/v1/notifications/" + first + "/read", "{}").status()).isEqualTo(204);
        assertThat(as(hsp).get("/api/v1/notifications?unread=true").body()).doesNotContain(first);
        assertThat(as(issuer).postJson("/api/v1/notifications/" + first + "/read", "{}").status())
                .as("another organisation's notification").isEqualTo(404);
    }

    @Test
    void feedbackWithinTheHourExecutesTheOrderItemByItem() {
        String id = issue("DE", "DE", "de");
        Instant received = Instant.parse(view(hsp, id).get("order").get("receivedAt").asString());
        assertThat(as(hsp).postJson("/api/v1/removal-orders/" + id + "/acknowledgement",
                Map.of("providerReference", "T&S-4711")).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(20));
        var early = as(hsp).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", 1, "action", "REMOVED", "actionAt", received.minusSeconds(1).toString()))));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("R28");
        var future = as(hsp).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", 1, "action", "REMOVED", "actionAt", clock.instant().plusSeconds(60).toString()))));
        assertThat(future.status()).isEqualTo(400);

        var first = as(hsp).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", 1, "action", "REMOVED", "actionAt", received.plus(Duration.ofMinutes(12)).toString())),
                "authorisedPerson", "Jane Doe"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("order").get("state").asString()).isEqualTo("OPEN");
        var second = as(hsp).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", 2, "action", "DISABLED", "actionAt", received.plus(Duration.ofMinutes(18)).toString()))));
        JsonNode done = second.json().get("order");
        assertThat(done.get("state").asString()).isEqualTo("EXECUTED");
        assertThat(done.get("executedAt").asString()).isEqualTo(received.plus(Duration.ofMinutes(18)).toString());
        clock.advance(Duration.ofHours(2));
        sweep.sweep();
        assertThat(absent(view(issuer, id).get("order").get("overdueAt"))).as("executed orders never go overdue").isTrue();
    }

    @Test
    void forceMajeureSuspendsTheClockUntilTheGroundsCease() {
        String id = issue("FI", "FI", "fi");
        clock.advance(Duration.ofMinutes(30));
        var notice = as(hsp).postJson("/api/v1/removal-orders/" + id + "/impossibility", Map.of("reason", "FORCE_MAJEURE",
                "details", "Data centre flooded; storage offline", "authorisedPerson", "Ops lead"));
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        assertThat(notice.json().get("order").get("state").asString()).isEqualTo("SUSPENDED");
        clock.advance(Duration.ofHours(5));
        sweep.sweep();
        assertThat(absent(view(issuer, id).get("order").get("overdueAt"))).isTrue();
        assertThat(absent(view(issuer, id).get("phase"))).isTrue();

        Instant ceased = clock.instant().minus(Duration.ofMinutes(10));
        var restart = as(hsp).postJson("/api/v1/removal-orders/" + id + "/grounds-ceased", Map.of("ceasedAt", ceased.toString()));
        assertThat(restart.status()).as(restart.body()).isEqualTo(200);
        assertThat(restart.json().get("dueAt").asString()).isEqualTo(ceased.plus(Duration.ofMinutes(60)).toString());
        clock.advance(Duration.ofMinutes(49).plusSeconds(59));
        sweep.sweep();
        assertThat(view(issuer, id).get("phase").asString()).isEqualTo("WARNING");
        clock.advance(Duration.ofSeconds(1));
        sweep.sweep();
        assertThat(view(issuer, id).get("phase").asString()).isEqualTo("OVERDUE");
        assertThat(view(issuer, id).get("order").get("overdueAt").asString()).isEqualTo(ceased.plus(Duration.ofMinutes(60)).toString());
    }

    @Test
    void manifestErrorRestartsTheClockWhenTheClarificationIsDelivered() {
        String id = issue("SE", "SE", "sv");
        var notice = as(hsp).postJson("/api/v1/removal-orders/" + id + "/impossibility", Map.of("reason", "MANIFEST_ERROR",
                "details", "URL 2 points to our status page", "clarificationRequired", "Which post is meant?"));
        assertThat(notice.json().get("order").get("state").asString()).isEqualTo("SUSPENDED");
        var noClarification = as(hsp).postJson("/api/v1/removal-orders/" + id + "/impossibility", Map.of(
                "reason", "INSUFFICIENT_INFORMATION", "details", "x"));
        assertThat(noClarification.status()).isEqualTo(400);
        assertThat(as(hsp).postJson("/api/v1/removal-orders/" + id + "/clarification", Map.of("clarification", "x")).status())
                .as("only the issuer clarifies").isEqualTo(403);
        clock.advance(Duration.ofHours(3));
        Instant delivered = clock.instant();
        var clarified = as(issuer).postJson("/api/v1/removal-orders/" + id + "/clarification",
                Map.of("clarification", "Item 2 is https://c.example/2?post=991"));
        assertThat(clarified.status()).as(clarified.body()).isEqualTo(200);
        assertThat(clarified.json().get("dueAt").asString()).isEqualTo(delivered.plus(Duration.ofMinutes(60)).toString());
        assertThat(clarified.json().get("answers").toString()).contains("CLARIFICATION").contains("post=991");
    }

    @Test
    void answersThroughTheApiAndThePagesAreStoredAlike() {
        String id = issue("AT", "AT", "de");
        Http browser = http();
        browser.login(hsp.username(), PASSWORD);
        var page = browser.postForm("/orders/" + id, "/orders/" + id + "/acknowledgement", "providerReference=REF-1");
        assertThat(page.status()).isEqualTo(302);
        JsonNode answers = view(issuer, id).get("answers");
        assertThat(answers.get(0).get("kind").asString()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(answers.get(0).get("providerReference").asString()).isEqualTo("REF-1");
    }
}
