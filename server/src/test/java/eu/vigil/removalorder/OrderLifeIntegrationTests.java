package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The order's life through the model and its one adapter, over real HTTP: the deadline history is
 * append-only and a restarted clock that is missed again is swept again (defect 3); the other party learns of
 * each answer (defect 4); withdrawal closes the order and tells the provider; a corrected order replaces one
 * after a manifest-error Annex III (build 2); the API says what each party may do ({@link OrderActions}).
 */
class OrderLifeIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;

    private Tenant issuer;
    private Tenant hsp;

    private String issue(String ms, String language) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        issuer = withUserAndToken(org, "life." + org.id().toString().substring(0, 8));
        hsp = provider("Life Host", ms, language);
        var r = as(issuer).postJson("/api/v1/removal-orders", order(language));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    private IssueRequest order(String language) {
        return OrderFixture.order(UUID.fromString(hsp.id()), language, true, "https://life.example/1");
    }

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private JsonNode view(Tenant t, String id) {
        return as(t).get("/api/v1/removal-orders/" + id).json();
    }

    private Http.Response annexThree(String id, String reason) {
        return as(hsp).postJson("/api/v1/removal-orders/" + id + "/impossibility", Map.of("reason", reason,
                "details", "Cannot act", "clarificationRequired", "Which URL is meant?", "authorisedPerson", "Ops lead"));
    }

    private static List<String> kinds(JsonNode view) {
        return view.get("life").get("clockHistory").valueStream().map(e -> e.get("period").asInt() + ":"
                + e.get("kind").asString()).toList();
    }

    private String notifications(Tenant t) {
        return as(t).get("/api/v1/notifications").body();
    }

    @Test
    void aRestartedClockMissedAgainIsSweptAgainAndTheHistoryKeepsBothMisses() {
        String id = issue("SK", "sk");
        clock.advance(Duration.ofMinutes(61));
        sweep.sweep();
        assertThat(annexThree(id, "FORCE_MAJEURE").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(5));
        var restart = as(hsp).postJson("/api/v1/removal-orders/" + id + "/grounds-ceased",
                Map.of("ceasedAt", clock.instant().minusSeconds(30).toString()));
        assertThat(restart.status()).as(restart.body()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(61));
        sweep.sweep();
        sweep.sweep();
        JsonNode v = view(issuer, id);
        assertThat(kinds(v)).containsExactly("1:STARTED", "1:WARNED", "1:MISSED", "1:SUSPENDED", "2:RESTARTED",
                "2:WARNED", "2:MISSED");
        assertThat(v.get("overdue").asBoolean()).isTrue();
        assertThat(notifications(issuer)).contains("removal_order.impossibility_notified")
                .contains("removal_order.clock_restarted");
        assertThat(as(hsp).get("/api/v1/notifications").json().valueStream()
                .filter(n -> n.get("kind").asString().equals("removal_order.overdue")
                        && n.get("subjectId").asString().equals(id))).as("one per missed deadline").hasSize(2);
    }

    @Test
    void theIssuerLearnsOfEachAnswerAndTheProviderOfEachChange() {
        String id = issue("SI", "sl");
        JsonNode asProvider = view(hsp, id).get("actions");
        assertThat(asProvider.get("acknowledge").asBoolean()).isTrue();
        assertThat(asProvider.get("feedback").asBoolean()).isTrue();
        assertThat(asProvider.get("withdraw").asBoolean()).isFalse();
        assertThat(view(issuer, id).get("actions").get("withdraw").asBoolean()).isTrue();
        assertThat(view(issuer, id).get("actions").get("feedback").asBoolean()).isFalse();
        assertThat(view(issuer, id).get("actions").get("lodgeAppeal").asBoolean()).isTrue();

        as(hsp).postJson("/api/v1/removal-orders/" + id + "/acknowledgement", Map.of("providerReference", "T-9"));
        assertThat(view(hsp, id).get("actions").get("acknowledge").asBoolean()).isFalse();
        Instant received = Instant.parse(view(hsp, id).get("order").get("receivedAt").asString());
        clock.advance(Duration.ofMinutes(3));
        var done = as(hsp).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", 1, "action", "REMOVED", "actionAt", received.plusSeconds(90).toString()))));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(notifications(issuer)).contains("removal_order.acknowledged").contains("removal_order.feedback_given")
                .contains("removal_order.executed");
        assertThat(kinds(view(issuer, id))).containsExactly("1:STARTED", "1:STOPPED");
        assertThat(view(hsp, id).get("actions").get("impossibility").asBoolean()).isFalse();
    }

    @Test
    void aWithdrawnOrderRefusesEveryAnswerAndTheProviderIsTold() {
        String id = issue("LT", "lt");
        assertThat(as(hsp).postJson("/api/v1/removal-orders/" + id + "/withdrawal", Map.of("grounds", "mine")).status())
                .as("only the issuer withdraws").isEqualTo(403);
        var blank = as(issuer).postJson("/api/v1/removal-orders/" + id + "/withdrawal", Map.of("grounds", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("grounds");
        var withdrawn = as(issuer).postJson("/api/v1/removal-orders/" + id + "/withdrawal",
                Map.of("grounds", "Wrong URL in item 1"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("order").get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().get("life").get("withdrawal").get("grounds").asString()).isEqualTo("Wrong URL in item 1");
        assertThat(notifications(hsp)).contains("removal_order.withdrawn").contains("Wrong URL in item 1");

        var ack = as(hsp).postJson("/api/v1/removal-orders/" + id + "/acknowledgement", Map.of());
        assertThat(ack.status()).isEqualTo(409);
        assertThat(ack.json().get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(annexThree(id, "FORCE_MAJEURE").status()).isEqualTo(409);
        var again = as(issuer).postJson("/api/v1/removal-orders/" + id + "/withdrawal", Map.of("grounds", "again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("reason").asString()).isEqualTo("NOT_IN_FORCE");
        clock.advance(Duration.ofMinutes(90));
        sweep.sweep();
        assertThat(view(issuer, id).get("overdue").asBoolean()).as("a withdrawn order is never overdue").isFalse();
        assertThat(view(hsp, id).get("actions").get("feedback").asBoolean()).isFalse();
        assertThat(view(issuer, id).get("actions").get("lodgeAppeal").asBoolean()).isFalse();
        var appeal = as(issuer).postJson("/api/v1/removal-orders/" + id + "/appeal",
                Map.of("lodgedAt", clock.instant().toString(), "court", "Vilniaus apygardos administracinis teismas"));
        assertThat(appeal.status()).as("a withdrawn order is not appealed").isEqualTo(409);
    }

    @Test
    void aCorrectedOrderReplacesOneWithAManifestError() {
        String id = issue("LV", "lv");
        var tooEarly = as(issuer).postJson("/api/v1/removal-orders/" + id + "/reissue", order("lv"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("reason").asString()).isEqualTo("NO_MANIFEST_ERROR_NOTICE");
        assertThat(annexThree(id, "MANIFEST_ERROR").status()).isEqualTo(200);
        assertThat(view(issuer, id).get("actions").get("reissue").asBoolean()).isTrue();

        var corrected = as(issuer).postJson("/api/v1/removal-orders/" + id + "/reissue", order("lv"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        String second = corrected.json().get("order").get("id").asString();
        assertThat(corrected.json().get("life").get("replaces").asString()).isEqualTo(id);
        assertThat(corrected.json().get("order").get("state").asString()).isEqualTo("OPEN");
        JsonNode first = view(issuer, id);
        assertThat(first.get("order").get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(first.get("life").get("withdrawal").get("replacedBy").asString()).isEqualTo(second);
        assertThat(notifications(hsp)).contains("removal_order.reissued").contains("removal_order.withdrawn");
        assertThat(as(issuer).postJson("/api/v1/removal-orders/" + id + "/reissue", order("lv")).status())
                .as("only once").isEqualTo(409);
    }

    @Test
    void aTimeInTheRepeatedAutumnHourIsAskedOnThePage() {
        String id = issue("BG", "bg");
        Http page = http();
        page.login(hsp.username(), PASSWORD);
        var asked = page.postForm("/orders/" + id, "/orders/" + id + "/feedback",
                "position=1&action=REMOVED&zone=Europe/Brussels&actionAt=2026-10-25T02:30");
        assertThat(asked.status()).as("back to the order page").isEqualTo(302);
        assertThat(page.follow(asked).body()).contains("occurs twice").contains("name=\"occurrence\"")
                .contains("value=\"2026-10-25T02:30\"");
        assertThat(view(hsp, id).get("order").get("items").get(0).get("status").asString()).isEqualTo("PENDING");
        var withdrawnPage = http();
        withdrawnPage.login(issuer.username(), PASSWORD);
        assertThat(withdrawnPage.get("/orders/" + id).body()).contains("id=\"withdraw-order\"").contains("id=\"clock-history\"");
        assertThat(withdrawnPage.postForm("/orders/" + id, "/orders/" + id + "/withdrawal", "grounds=Duplicate").status())
                .isEqualTo(302);
        assertThat(page.get("/orders/" + id).body()).contains("id=\"withdrawn\"").doesNotContain("id=\"confirm-removal\"");
    }

    @Test
    void anAppealPeriodInMonthsEndsOnTheIssuersCalendar() {
        String first = issue("PL", "pl");
        IssueRequest b = order("pl");
        java.util.function.BiFunction<Integer, Integer, IssueRequest> period = (days, months) -> new IssueRequest(
                b.orderType(), b.providerId(), b.language(), b.items(), b.reasons(), b.statementOfReasons(),
                b.representativeName(), b.representativePost(), b.fileNumber(), b.redressBody(), b.redressDeadline(),
                b.nonDisclosure(), b.nonDisclosureUntil(), b.emergency(), b.emergencyJustification(), b.shareWithEuropol(),
                b.deadlineMinutes(), null, b.territorialScope(), days, months);
        var both = as(issuer).postJson("/api/v1/removal-orders", period.apply(10, 2));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).contains("appealPeriodMonths");
        var r = as(issuer).postJson("/api/v1/removal-orders", period.apply(null, 2));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().get("order").get("id").asString();
        Instant received = Instant.parse(r.json().get("order").get("receivedAt").asString());
        Instant ends = Instant.parse(as(issuer).get("/api/v1/removal-orders/" + id + "/finality").json()
                .get("appealDeadline").asString());
        assertThat(ends).isEqualTo(AppealPeriod.months(2).endsFor(received, "PL"));
        assertThat(ends.atZone(java.time.ZoneId.of("Europe/Warsaw")).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        assertThat(first).isNotEqualTo(id);
    }

    @Test
    void theIssuerCorrectsAnOrderOnThePage() {
        String id = issue("IE", "en");
        Http page = http();
        page.login(issuer.username(), PASSWORD);
        assertThat(page.get("/orders/" + id).body()).doesNotContain("id=\"reissue-order\"");
        assertThat(annexThree(id, "MANIFEST_ERROR").status()).isEqualTo(200);
        assertThat(page.get("/orders/" + id).body()).contains("id=\"reissue-order\"");
        String form = page.get("/orders/" + id + "/reissue").body();
        assertThat(form).contains("id=\"reissue-note\"").contains("https://life.example/1").contains("name=\"replaces\"");
        IssueRequest b = order("en");
        java.util.function.Function<String, String> enc = v -> java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8);
        String body = "orderType=TCO_REMOVAL&providerId=" + hsp.id() + "&language=en&urls=" + enc.apply("https://life.example/1b")
                + "&reasons=INCITEMENT&statementOfReasons=" + enc.apply(b.statementOfReasons())
                + "&representativeName=" + enc.apply(b.representativeName()) + "&representativePost="
                + enc.apply(b.representativePost()) + "&redressBody=" + enc.apply(b.redressBody()) + "&redressDeadline="
                + enc.apply(b.redressDeadline()) + "&replaces=" + id + "&idempotencyKey=" + UUID.randomUUID();
        var posted = page.postForm("/orders/" + id + "/reissue", "/orders/new", body);
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        String second = posted.location().substring(posted.location().lastIndexOf('/') + 1);
        JsonNode first = view(issuer, id);
        assertThat(first.get("order").get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(first.get("life").get("withdrawal").get("replacedBy").asString()).isEqualTo(second);
        assertThat(view(issuer, second).get("order").get("items").get(0).get("url").asString()).isEqualTo("https://life.example/1b");
        var again = page.postForm("/orders/" + second, "/orders/new", body);
        assertThat(again.status()).as("the first is withdrawn already").isEqualTo(200);
        assertThat(again.body()).contains("id=\"refusal\"");
    }

    @Test
    void anAnnexThreeAfterTheDeadlineBeforeTheSweepStillRecordsTheMiss() {
        String id = issue("RO", "ro");
        clock.advance(Duration.ofMinutes(61));
        assertThat(annexThree(id, "FORCE_MAJEURE").status()).isEqualTo(200);
        JsonNode v = view(issuer, id);
        assertThat(kinds(v)).containsExactly("1:STARTED", "1:MISSED", "1:SUSPENDED");
        assertThat(v.get("overdue").asBoolean()).isTrue();
        assertThat(notifications(hsp)).contains("removal_order.overdue");
        sweep.sweep();
        assertThat(kinds(view(issuer, id))).as("marked once").containsExactly("1:STARTED", "1:MISSED", "1:SUSPENDED");
    }
}
