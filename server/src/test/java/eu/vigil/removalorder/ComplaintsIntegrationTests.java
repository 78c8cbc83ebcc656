package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.IntegrationTest;

/** R25: complaints tracked with a 14-day outcome deadline; rejections need reasons and redress. */
class ComplaintsIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    AuditLog audit;

    @Test
    void complaintIsDueInFourteenDaysAndARejectionNeedsRedress() {
        var since = clock.instant().minus(Duration.ofDays(1));
        var org = OrderFixture.authority(authorities, organisations, "RO", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(org, "ro.compl." + org.id().toString().substring(0, 8));
        var hsp = provider("Bucharest Host", "RO", "ro");
        String id = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", OrderFixture.order(
                java.util.UUID.fromString(hsp.id()), "ro", true)).json().get("order").get("id").asString();

        assertThat(http().bearer(issuer.token()).postJson("/api/v1/removal-orders/" + id + "/complaints",
                Map.of("complainantReference", "C-1", "grounds", "x")).status()).as("providers record complaints").isEqualTo(403);
        var filed = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + id + "/complaints", Map.of(
                "position", 1, "complainantReference", "TICKET-5512", "grounds", "The video documents the attack for a news outlet"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String complaint = filed.json().get("id").asString();
        java.time.Instant received = java.time.Instant.parse(filed.json().get("receivedAt").asString());
        assertThat(java.time.Instant.parse(filed.json().get("dueAt").asString())).isEqualTo(received.plus(Duration.ofDays(14)));
        assertThat(http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id + "/complaints").body()).contains("TICKET-5512");
        var providerPage = http();
        providerPage.login(hsp.username(), PASSWORD);
        assertThat(providerPage.postForm("/orders/" + id, "/orders/" + id + "/complaints",
                "complainantReference=TICKET-5513&grounds=Satire").status()).isEqualTo(302);
        assertThat(providerPage.get("/orders/" + id).body()).contains("TICKET-5512").contains("TICKET-5513");

        clock.advance(Duration.ofDays(14).minusSeconds(1));
        sweep.sweep();
        assertThat(audit.trail("removal_order", id).stream().map(AuditRecord::action)).doesNotContain("complaint.overdue");
        clock.advance(Duration.ofSeconds(1));
        sweep.sweep();
        assertThat(audit.trail("removal_order", id).stream().map(AuditRecord::action)).contains("complaint.overdue");

        var noRedress = http().bearer(hsp.token()).postJson("/api/v1/complaints/" + complaint + "/outcome",
                Map.of("outcome", "REJECTED", "reasons", "The order is final"));
        assertThat(noRedress.status()).isEqualTo(400);
        assertThat(noRedress.body()).contains("redressInformation");
        var rejected = http().bearer(hsp.token()).postJson("/api/v1/complaints/" + complaint + "/outcome", Map.of(
                "outcome", "REJECTED", "reasons", "The content incites violence; the order stands",
                "redressInformation", "You may challenge the order before the Tribunalul București within 30 days."));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(http().bearer(hsp.token()).postJson("/api/v1/complaints/" + complaint + "/outcome",
                Map.of("outcome", "REINSTATED", "reasons", "changed our mind")).status()).isEqualTo(422);
    }
}
