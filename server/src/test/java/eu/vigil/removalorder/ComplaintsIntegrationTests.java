package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import eu.vigil.testing.Told;

/**
 * R25 and issue 11 (defects 7 and 14): Art. 10 complaints concern removals under specific measures, are due in
 * fourteen days, need reasons and redress to be rejected, are decided once (concurrent decisions serialised) and
 * told to the role-(c) authority of the host Member State; complaints against removal orders are refused, and the
 * ones recorded before stay readable and decidable.
 */
class ComplaintsIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private Tenant authority(String ms, AuthorityRole role, String label) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(role),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, label + "." + org.id().toString().substring(0, 8));
    }

    private String removal(Tenant hsp, String url) {
        var r = http().bearer(hsp.token()).postJson("/api/v1/specific-measure-removals", Map.of("url", url,
                "action", "DISABLED", "specificMeasure", "User flag reviewed by a moderator (Art. 5(2)(b), 5(3))"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private String complaint(Tenant hsp, String removal, String reference) {
        var r = http().bearer(hsp.token()).postJson("/api/v1/specific-measure-removals/" + removal + "/complaints",
                Map.of("complainantReference", reference, "grounds", "The post is a news report on the attack"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    void aComplaintAboutARemovalUnderSpecificMeasuresIsDueInTwoWeeksAndItsOutcomeIsToldToTheOverseer() {
        var hsp = provider("Cluj Host", "RO", "ro");
        var overseer = authority("RO", AuthorityRole.SPECIFIC_MEASURES, "ro.c");
        var issuer = authority("RO", AuthorityRole.ISSUE, "ro.a");
        var other = provider("Iasi Host", "RO", "ro");
        String url = "https://cluj.example/p/" + UUID.randomUUID();

        assertThat(http().bearer(issuer.token()).postJson("/api/v1/specific-measure-removals", Map.of("url", url,
                "action", "REMOVED", "specificMeasure", "x")).status()).as("providers record their removals").isEqualTo(403);
        var incomplete = http().bearer(hsp.token()).postJson("/api/v1/specific-measure-removals", Map.of("url", "cluj"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("url").contains("action").contains("specificMeasure");
        String removal = removal(hsp, url);

        assertThat(http().bearer(overseer.token()).get("/api/v1/specific-measure-removals").body()).contains(url);
        assertThat(http().bearer(issuer.token()).get("/api/v1/specific-measure-removals").body()).doesNotContain(url);
        assertThat(http().bearer(other.token()).get("/api/v1/specific-measure-removals").body()).doesNotContain(url);
        assertThat(http().bearer(other.token()).postJson("/api/v1/specific-measure-removals/" + removal + "/complaints",
                Map.of("complainantReference", "C-1", "grounds", "x")).status()).isEqualTo(404);
        assertThat(http().bearer(overseer.token()).postJson("/api/v1/specific-measure-removals/" + removal + "/complaints",
                Map.of("complainantReference", "C-1", "grounds", "x")).status()).as("the authority only reads").isEqualTo(403);

        var filed = http().bearer(hsp.token()).postJson("/api/v1/specific-measure-removals/" + removal + "/complaints",
                Map.of("complainantReference", "TICKET-5512", "grounds", "The video documents the attack for a news outlet"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String complaint = filed.json().get("id").asString();
        assertThat(filed.json().get("removalId").asString()).isEqualTo(removal);
        Instant received = Instant.parse(filed.json().get("receivedAt").asString());
        assertThat(Instant.parse(filed.json().get("dueAt").asString())).isEqualTo(received.plus(Duration.ofDays(14)));
        assertThat(http().bearer(overseer.token()).get("/api/v1/specific-measure-removals/" + removal + "/complaints")
                .body()).contains("TICKET-5512");

        var providerPage = http();
        providerPage.login(hsp.username(), PASSWORD);
        assertThat(providerPage.postForm("/specific-measure-removals", "/specific-measure-removals/" + removal + "/complaints",
                "complainantReference=TICKET-5513&grounds=Satire").status()).isEqualTo(302);
        assertThat(providerPage.get("/specific-measure-removals").body()).contains(url).contains("TICKET-5512")
                .contains("TICKET-5513");
        var overseerPage = http();
        overseerPage.login(overseer.username(), PASSWORD);
        assertThat(overseerPage.get("/specific-measure-removals").body()).contains("TICKET-5512")
                .doesNotContain("/specific-measure-removals/" + removal + "/complaints\"");

        clock.advance(Duration.ofDays(14).minusSeconds(1));
        sweep.sweep();
        assertThat(actions(removal)).doesNotContain("complaint.overdue");
        clock.advance(Duration.ofSeconds(1));
        sweep.sweep();
        assertThat(actions(removal)).contains("complaint.overdue");

        var noRedress = http().bearer(hsp.token()).postJson("/api/v1/complaints/" + complaint + "/outcome",
                Map.of("outcome", "REJECTED", "reasons", "The post glorifies the attack"));
        assertThat(noRedress.status()).isEqualTo(400);
        assertThat(noRedress.body()).contains("redressInformation");
        var rejected = http().bearer(hsp.token()).postJson("/api/v1/complaints/" + complaint + "/outcome", Map.of(
                "outcome", "REJECTED", "reasons", "The post glorifies the attack",
                "redressInformation", "You may bring the matter before the Tribunalul Cluj."));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("outcome").asString()).isEqualTo("REJECTED");
        var again = http().bearer(hsp.token()).postJson("/api/v1/complaints/" + complaint + "/outcome",
                Map.of("outcome", "REINSTATED", "reasons", "changed our mind"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("reason").asString()).isEqualTo("COMPLAINT_DECIDED");
        assertThat(again.json().get("state").asString()).isEqualTo("REJECTED");

        Told told = new Told(jdbc, clock);
        assertThat(told.notifications(overseer, removal)).contains(ComplaintDecided.TYPE);
        assertThat(told.texts(overseer, ComplaintDecided.TYPE, removal)).singleElement().asString()
                .contains("REJECTED").contains("after the two weeks");
        assertThat(told.notifications(issuer, removal)).doesNotContain(ComplaintDecided.TYPE);
    }

    @Test
    void twoDecisionsOfOneComplaintAtOnceStoreOneAndRefuseTheOther() throws Exception {
        var hsp = provider("Timisoara Host", "RO", "ro");
        String removal = removal(hsp, "https://timisoara.example/v/" + UUID.randomUUID());
        String complaint = complaint(hsp, removal, "RACE-1");
        var turn = new java.util.concurrent.atomic.AtomicInteger();
        List<Http.Response> race = OrderFixture.parallel(2, () -> http().bearer(hsp.token()).postJson(
                "/api/v1/complaints/" + complaint + "/outcome", turn.getAndIncrement() == 0
                        ? Map.of("outcome", "REINSTATED", "reasons", "Journalistic context")
                        : Map.of("outcome", "REJECTED", "reasons", "Glorification", "redressInformation", "Court of Timis")));
        assertThat(race.stream().filter(r -> r.status() == 200)).as(race.toString()).hasSize(1);
        Http.Response loser = race.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
        assertThat(loser.status()).as(loser.body()).isEqualTo(409);
        assertThat(loser.contentType()).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        String stored = jdbc.sql("select outcome from complaint where id = ?").param(UUID.fromString(complaint))
                .query(String.class).single();
        assertThat(loser.json().get("state").asString()).isEqualTo(stored);
        assertThat(audit.trail("specific_measure_removal", removal).stream()
                .filter(a -> a.action().equals(ComplaintDecided.TYPE))).hasSize(1);
    }

    @Test
    void aComplaintAgainstARemovalOrderIsRefusedAndOldOnesStayReadableAndDecidable() {
        var issuer = authority("RO", AuthorityRole.ISSUE, "ro.compl");
        var hsp = provider("Bucharest Host", "RO", "ro");
        String id = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", OrderFixture.order(
                UUID.fromString(hsp.id()), "ro", true)).json().get("order").get("id").asString();

        var refused = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + id + "/complaints", Map.of(
                "position", 1, "complainantReference", "TICKET-5512", "grounds", "The video documents the attack"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("reason").asString()).isEqualTo(Complaints.NOT_AN_ART_10_REMOVAL);
        assertThat(refused.json().get("detail").asString()).contains("Art. 9").contains("Art. 4");
        assertThat(http().bearer(hsp.token()).get("/api/v1/removal-orders/" + id + "/complaints").body())
                .doesNotContain("TICKET-5512");

        UUID old = UUID.randomUUID();
        Instant received = clock.instant();
        jdbc.sql("""
                insert into complaint (id, order_id, position, provider_id, complainant_reference, grounds, received_at, due_at)
                values (?,?,?,?,?,?,?,?)""").params(old, UUID.fromString(id), 1, UUID.fromString(hsp.id()), "LEGACY-7",
                "Recorded before issue 11", Timestamp.from(received), Timestamp.from(received.plus(Duration.ofDays(14))))
                .update();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into complaint (id, provider_id, complainant_reference, grounds, received_at, due_at)
                values (?,?,?,?,?,?)""").params(UUID.randomUUID(), UUID.fromString(hsp.id()), "NOTHING", "x",
                Timestamp.from(received), Timestamp.from(received)).update()).as("a complaint concerns something").hasMessageContaining("complaint_concerns_one");
        assertThat(http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id + "/complaints").body()).contains("LEGACY-7");

        var providerPage = http();
        providerPage.login(hsp.username(), PASSWORD);
        String page = providerPage.get("/orders/" + id).body();
        assertThat(page).contains("LEGACY-7").contains("complaints-note").doesNotContain("action=\"/orders/" + id + "/complaints\"");
        assertThat(providerPage.postForm("/orders/" + id, "/orders/" + id + "/complaints/" + old + "/outcome",
                "outcome=REINSTATED&reasons=Restored").status()).isEqualTo(302);
        assertThat(http().bearer(hsp.token()).get("/api/v1/removal-orders/" + id + "/complaints").body())
                .contains("REINSTATED");
        assertThat(audit.trail("removal_order", id).stream().map(AuditRecord::action)).contains(ComplaintDecided.TYPE);
    }

    private List<String> actions(String removal) {
        return audit.trail("specific_measure_removal", removal).stream().map(AuditRecord::action).toList();
    }
}
