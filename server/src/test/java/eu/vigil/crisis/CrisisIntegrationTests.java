package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A crisis case over real HTTP and PostgreSQL (issue 13, R39–R42): an opted-in provider raises the alert, only
 * Europol's coordinator moves it through every phase and always with a reason, each step is audited and reaches
 * every participant; situation reports reset the reminder, a missed one reminds the coordinator once; a closed
 * crisis without review is flagged after the review period; external activations are linked once.
 */
class CrisisIntegrationTests extends IntegrationTest {

    @Autowired
    CrisisSweep sweep;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private static Map<String, String> step(String step, String reason) {
        return reason == null ? Map.of("step", step) : Map.of("step", step, "reason", reason);
    }

    private int notifications(Tenant t, String kind, String crisisId) {
        return jdbc.sql("select count(*) from notification where organisation_id = ?::uuid and kind = ? and subject_id = ?")
                .params(t.id(), kind, crisisId).query(Integer.class).single();
    }

    private Tenant optedIn(String label) {
        Tenant p = provider(label, "NL", "nl", "en");
        var in = as(p).putJson("/api/v1/crisis-participation", Map.of("contactName", "Night desk",
                "contactEmail", "crisis@" + p.id().substring(0, 8) + ".example", "contactPhone", "+31 20 555 0101"));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        return p;
    }

    @Test
    void aCrisisWalksEveryPhaseMovedOnlyByTheCoordinatorWithReasonsAndEveryoneIsTold() {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Crisis");
        Tenant authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "NL", "Politie Crisis");
        Tenant outsider = provider("Not In Protocol", "NL", "nl");
        Tenant streamer = optedIn("Stream Host");
        Tenant other = optedIn("Video Host");

        var refused = as(outsider).postJson("/api/v1/crises", Map.of("title", "x", "observation", "y"));
        assertThat(refused.status()).as("a provider that did not opt in takes no part").isEqualTo(403);
        var bad = as(streamer).postJson("/api/v1/crises", Map.of("title", " "));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("title").contains("observation");

        var raised = as(streamer).postJson("/api/v1/crises", Map.of("title", "Livestreamed attack",
                "observation", "A live stream of an attack at a shopping centre is being re-uploaded."));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("id").get("value").asString();
        assertThat(raised.json().get("phase").asString()).isEqualTo("ALERT");
        for (Tenant t : List.of(europol, authority, other, streamer)) {
            assertThat(notifications(t, "crisis.alert_raised", id)).as(t.username()).isEqualTo(1);
        }
        assertThat(notifications(outsider, "crisis.alert_raised", id)).isZero();

        String steps = "/api/v1/crises/" + id + "/steps";
        assertThat(as(authority).postJson(steps, step("ACTIVATE", "spreading")).status())
                .as("a Member State authority does not activate").isEqualTo(403);
        assertThat(as(streamer).postJson(steps, step("ACTIVATE", "spreading")).status()).isEqualTo(403);
        assertThat(as(europol).postJson(steps, step("ACTIVATE", " ")).status()).as("a reason is required").isEqualTo(400);
        assertThat(as(europol).postJson(steps, step("CLOSE", "x")).status()).as("not from ALERT").isEqualTo(409);

        for (String[] s : new String[][] {{"ASSESS", "ASSESSMENT"}, {"ACTIVATE", "ACTIVE"},
                {"DE_ESCALATE", "DE_ESCALATION"}, {"RE_ESCALATE", "ACTIVE"}, {"DE_ESCALATE", "DE_ESCALATION"},
                {"CLOSE", "CLOSED"}, {"RECORD_REVIEW", "POST_CRISIS_REVIEW"}}) {
            var moved = as(europol).postJson(steps, step(s[0], "Coordinator: " + s[0].toLowerCase()));
            assertThat(moved.status()).as(s[0] + ": " + moved.body()).isEqualTo(200);
            assertThat(moved.json().get("phase").asString()).isEqualTo(s[1]);
        }
        assertThat(notifications(other, "crisis.activated", id)).isEqualTo(1);
        assertThat(notifications(authority, "crisis.closed", id)).isEqualTo(1);
        assertThat(as(europol).postJson(steps, step("ACTIVATE", "again")).status()).isEqualTo(409);

        JsonNode board = as(authority).get("/api/v1/crises/" + id).json();
        assertThat(board.get("steps")).hasSize(7);
        assertThat(board.get("steps").get(1).get("reason").asString()).isEqualTo("Coordinator: activate");
        assertThat(board.get("crisis").get("review").asString()).isEqualTo("Coordinator: record_review");
        assertThat(board.get("offered")).as("a participant is offered no step").isEmpty();
        List<String> trail = audit.trail("crisis_case", id).stream().map(AuditRecord::action).toList();
        assertThat(trail).containsSubsequence("crisis.alert_raised", "crisis.assessed", "crisis.activated",
                "crisis.de_escalated", "crisis.re_escalated", "crisis.de_escalated", "crisis.closed", "crisis.reviewed");
        assertThat(as(outsider).get("/api/v1/crises/" + id).status()).isEqualTo(403);
    }

    @Test
    void participantsAcknowledgeReportAndTheCoordinatorIsRemindedOnceOfAMissingReport() {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Sitrep");
        Tenant provider = optedIn("Sitrep Host");
        String id = as(provider).postJson("/api/v1/crises", Map.of("title", "Manifesto", "observation", "A manifesto PDF"))
                .json().get("id").get("value").asString();
        String base = "/api/v1/crises/" + id;
        assertThat(as(provider).postJson(base + "/acknowledgement", Map.of()).status()).as("not yet activated")
                .isEqualTo(409);
        as(europol).postJson(base + "/steps", step("ACTIVATE", "Criteria met"));
        var ack = as(provider).postJson(base + "/acknowledgement", Map.of());
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.json().get("first").asBoolean()).isTrue();
        assertThat(as(provider).postJson(base + "/acknowledgement", Map.of()).json().get("first").asBoolean()).isFalse();
        JsonNode board = as(europol).get(base).json();
        assertThat(board.get("roster").toString()).contains(provider.id());
        assertThat(board.get("waiting").toString()).doesNotContain(provider.id()).contains(europol.id());

        clock.advance(Duration.ofMinutes(90));
        assertThat(as(provider).postJson(base + "/situation-reports", Map.of("text", "Removed 14 copies")).status())
                .isEqualTo(201);
        clock.advance(Duration.ofMinutes(100));
        sweep.sweep();
        assertThat(notifications(europol, "crisis.report_overdue", id)).as("the report reset the interval").isZero();
        clock.advance(Duration.ofMinutes(21));
        sweep.sweep();
        sweep.sweep();
        assertThat(notifications(europol, "crisis.report_overdue", id)).as("reminded once").isEqualTo(1);
        assertThat(notifications(provider, "crisis.report_overdue", id)).as("only the coordinator").isZero();

        var link = Map.of("kind", "GIFCT_INCIDENT", "externalId", "CIP-2026-07", "incidentType", "Content Incident Protocol");
        assertThat(as(provider).postJson(base + "/external-activations", link).status()).isEqualTo(201);
        as(provider).postJson(base + "/external-activations", link);
        assertThat(as(europol).get(base).json().get("links")).hasSize(1);
    }

    @Test
    void aClosedCrisisWithoutItsReviewIsFlaggedAfterTheReviewPeriod() {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Review");
        Tenant provider = optedIn("Review Host");
        String id = as(provider).postJson("/api/v1/crises", Map.of("title", "Halle", "observation", "Stream"))
                .json().get("id").get("value").asString();
        String steps = "/api/v1/crises/" + id + "/steps";
        as(europol).postJson(steps, step("ACTIVATE", "Criteria met"));
        as(europol).postJson(steps, step("CLOSE", "Spread contained"));
        clock.advance(Duration.ofDays(30).minusSeconds(1));
        sweep.sweep();
        assertThat(notifications(europol, "crisis.review_overdue", id)).isZero();
        clock.advance(Duration.ofSeconds(1));
        sweep.sweep();
        sweep.sweep();
        assertThat(notifications(europol, "crisis.review_overdue", id)).isEqualTo(1);
        assertThat(as(europol).get("/api/v1/crises/" + id).json().get("reviewFlagged").asBoolean()).isTrue();
        as(europol).postJson(steps, step("RECORD_REVIEW", "Lessons: faster hash sharing"));
        assertThat(as(europol).get("/api/v1/crises/" + id).json().get("reviewFlagged").asBoolean()).isFalse();
    }
}
