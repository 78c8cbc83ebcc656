package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

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
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Answers against the order model over real HTTP: closed orders refuse every answer (defect 1), answers of
 * one order are serialised (defect 14), a missed deadline survives a late Annex III (defect 3), and the time
 * of action, not of filing, decides "in time" (defect 11).
 */
class OrderAnswersIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    AuditLog audit;

    private Tenant issuer;
    private Tenant hsp;

    private String issue(String ms, String language) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        issuer = withUserAndToken(org, "ans." + org.id().toString().substring(0, 8));
        hsp = provider("Answer Host", ms, language);
        var r = as(issuer).postJson("/api/v1/removal-orders",
                OrderFixture.order(java.util.UUID.fromString(hsp.id()), language, true, "https://a.example/1",
                        "https://a.example/2"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private Instant received(String id) {
        return Instant.parse(as(hsp).get("/api/v1/removal-orders/" + id).json().get("order").get("receivedAt").asString());
    }

    private Http.Response feedback(String id, int position, Instant at) {
        return as(hsp).postJson("/api/v1/removal-orders/" + id + "/feedback", Map.of("items", List.of(
                Map.of("position", position, "action", "REMOVED", "actionAt", at.toString()))));
    }

    private Http.Response forceMajeure(String id) {
        return as(hsp).postJson("/api/v1/removal-orders/" + id + "/impossibility", Map.of("reason", "FORCE_MAJEURE",
                "details", "Data centre flooded", "authorisedPerson", "Ops lead"));
    }

    @Test
    void anOrderWithoutLegalEffectRefusesEveryAnswer() {
        String id = issue("LU", "fr");
        Http page = http();
        page.login(issuer.username(), PASSWORD);
        String lodged = java.time.LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
        assertThat(page.postForm("/orders/" + id, "/orders/" + id + "/appeal",
                "court=Tribunal+administratif&lodgedAt=" + lodged).status()).isEqualTo(302);
        assertThat(page.postForm("/orders/" + id, "/orders/" + id + "/appeal/outcome", "confirmed=false").status())
                .isEqualTo(302);
        clock.advance(Duration.ofMinutes(1));

        for (var refused : List.of(forceMajeure(id), feedback(id, 1, clock.instant().minusSeconds(10)),
                as(hsp).postJson("/api/v1/removal-orders/" + id + "/grounds-ceased",
                        Map.of("ceasedAt", clock.instant().minusSeconds(5).toString())))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().get("state").asString()).isEqualTo("NO_LEGAL_EFFECT");
            assertThat(refused.json().get("reason").asString()).isEqualTo("ORDER_CLOSED");
        }
        assertThat(as(issuer).get("/api/v1/removal-orders/" + id).json().get("order").get("state").asString())
                .isEqualTo("NO_LEGAL_EFFECT");
    }

    @Test
    void aLateAnnexThreeDoesNotEraseTheMissedDeadline() {
        String id = issue("FI", "fi");
        clock.advance(Duration.ofMinutes(61));
        sweep.sweep();
        assertThat(forceMajeure(id).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(10));
        var restart = as(hsp).postJson("/api/v1/removal-orders/" + id + "/grounds-ceased",
                Map.of("ceasedAt", clock.instant().minusSeconds(60).toString()));
        assertThat(restart.status()).as(restart.body()).isEqualTo(200);
        assertThat(OrderClockIntegrationTests.absent(restart.json().get("order").get("overdueAt"))).as("the missed deadline is kept").isFalse();
        clock.advance(Duration.ofMinutes(5));
        feedback(id, 1, clock.instant().minusSeconds(30));
        var done = feedback(id, 2, clock.instant().minusSeconds(20));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("order").get("state").asString()).isEqualTo("OVERDUE_EXECUTED");
    }

    @Test
    void removalWithinTheHourReportedAfterItCountsAsInTime() {
        String id = issue("EE", "et");
        Instant received = received(id);
        clock.advance(Duration.ofMinutes(61));
        sweep.sweep();
        feedback(id, 1, received.plus(Duration.ofMinutes(20)));
        var done = feedback(id, 2, received.plus(Duration.ofMinutes(30)));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("order").get("state").asString()).isEqualTo("EXECUTED");
    }

    @Test
    void parallelAnswersOfOneOrderAreSerialised() throws Exception {
        String id = issue("LV", "lv");
        Instant received = received(id);
        clock.advance(Duration.ofMinutes(5));
        List<Http.Response> acks = OrderFixture.parallel(10, () -> as(hsp).postJson("/api/v1/removal-orders/" + id + "/acknowledgement",
                Map.of("providerReference", "P-1")));
        assertThat(acks).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(audit.trail("removal_order", id).stream().map(AuditRecord::action)
                .filter("removal_order.acknowledged"::equals)).hasSize(1);

        List<Http.Response> annexTwo = OrderFixture.parallel(6, () -> feedback(id, 1, received.plus(Duration.ofMinutes(2))));
        assertThat(annexTwo.stream().filter(r -> r.status() == 200)).hasSize(1);
        assertThat(annexTwo.stream().filter(r -> r.status() == 409)).hasSize(5);
        assertThat(audit.trail("removal_order", id).stream().map(AuditRecord::action)
                .filter("removal_order.feedback_given"::equals)).hasSize(1);

        var turn = new java.util.concurrent.atomic.AtomicInteger();
        List<Http.Response> race = OrderFixture.parallel(2, () -> turn.getAndIncrement() == 0
                ? feedback(id, 2, received.plus(Duration.ofMinutes(3))) : forceMajeure(id));
        assertThat(race.stream().filter(r -> r.status() == 200)).as(race.toString()).hasSize(1);
        Http.Response loser = race.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
        assertThat(loser.status()).as(loser.body()).isEqualTo(409);
        String state = as(issuer).get("/api/v1/removal-orders/" + id).json().get("order").get("state").asString();
        assertThat(loser.json().get("state").asString()).isEqualTo(state);
    }
}
