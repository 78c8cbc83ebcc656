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
 * Contact-point drills over real HTTP and PostgreSQL (issue 13, point 2): only Europol's coordinator starts one;
 * every participant is told at once as a drill, acknowledges once, and the drill gives each time to acknowledge, who
 * has not answered, the median and the longest; it creates no crisis case, is audited as a drill and closes by itself
 * after its duration or when the coordinator closes it.
 */
class CrisisDrillIntegrationTests extends IntegrationTest {

    @Autowired
    CrisisDrills drills;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private Tenant optedIn(String label) {
        Tenant p = provider(label, "PT", "pt", "en");
        var in = as(p).putJson("/api/v1/crisis-participation", Map.of("contactName", "Night desk " + label,
                "contactEmail", "drill@" + p.id().substring(0, 8) + ".example", "contactPhone", "+351 21 555 0101"));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        return p;
    }

    private int notifications(Tenant t, String kind, String subject) {
        return jdbc.sql("select count(*) from notification where organisation_id = ?::uuid and kind = ? and subject_id = ?")
                .params(t.id(), kind, subject).query(Integer.class).single();
    }

    private int crisisCases() {
        return jdbc.sql("select count(*) from crisis_case").query(Integer.class).single();
    }

    private static JsonNode reply(JsonNode drill, Tenant t) {
        for (JsonNode r : drill.get("replies")) {
            if (r.get("organisation").asString().equals(t.id())) {
                return r;
            }
        }
        throw new AssertionError(t.username() + " was not told: " + drill);
    }

    @Test
    void everyParticipantIsToldAcknowledgesOnceAndTheDrillGivesTheTimesWithoutACrisisCase() {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Drill");
        Tenant authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "PT", "PJ Drill");
        Tenant fast = optedIn("Fast Host");
        Tenant slow = optedIn("Slow Host");
        Tenant silent = optedIn("Silent Host");
        Tenant outsider = provider("Drill Outsider", "PT", "pt");
        int cases = crisisCases();

        assertThat(as(authority).postJson("/api/v1/crisis-drills", Map.of()).status())
                .as("only Europol's coordinator starts a drill").isEqualTo(403);
        var started = as(europol).postJson("/api/v1/crisis-drills", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().get("id").asString();
        assertThat(started.json().get("reference").asString()).startsWith("DRILL-");
        for (Tenant t : List.of(authority, fast, slow, silent)) {
            assertThat(notifications(t, CrisisDrillEvent.STARTED, id)).as(t.username()).isEqualTo(1);
        }
        assertThat(notifications(outsider, CrisisDrillEvent.STARTED, id)).isZero();
        String text = jdbc.sql("select text from notification where organisation_id = ?::uuid and subject_id = ?")
                .params(fast.id(), id).query(String.class).single();
        assertThat(text).startsWith("DRILL").contains("not a crisis");
        assertThat(reply(started.json(), fast).get("contact").asString()).contains("Night desk Fast Host");

        String ack = "/api/v1/crisis-drills/" + id + "/acknowledgement";
        assertThat(as(outsider).postJson(ack, Map.of()).status()).as("a non-participant is refused").isEqualTo(403);
        clock.advance(Duration.ofSeconds(40));
        var first = as(fast).postJson(ack, Map.of());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("first").asBoolean()).isTrue();
        assertThat(as(fast).postJson(ack, Map.of()).json().get("first").asBoolean()).isFalse();
        clock.advance(Duration.ofSeconds(80));
        as(slow).postJson(ack, Map.of());
        clock.advance(Duration.ofSeconds(60));
        as(authority).postJson(ack, Map.of());

        JsonNode drill = as(europol).get("/api/v1/crisis-drills/" + id).json();
        assertThat(reply(drill, fast).get("secondsToAcknowledge").asLong()).isEqualTo(40);
        assertThat(reply(drill, slow).get("secondsToAcknowledge").asLong()).isEqualTo(120);
        assertThat(reply(drill, authority).get("secondsToAcknowledge").asLong()).isEqualTo(180);
        assertThat(reply(drill, silent).path("acknowledgedAt").isString()).isFalse();
        assertThat(drill.get("medianSeconds").asLong()).isEqualTo(120);
        assertThat(drill.get("maxSeconds").asLong()).isEqualTo(180);
        assertThat(notifications(europol, CrisisDrillEvent.ACKNOWLEDGED, id)).isEqualTo(3);
        JsonNode own = as(slow).get("/api/v1/crisis-drills/" + id).json();
        assertThat(own.get("replies")).as("a provider sees only its own answer").hasSize(1);
        assertThat(as(outsider).get("/api/v1/crisis-drills/" + id).status()).isEqualTo(403);

        assertThat(as(fast).postJson("/api/v1/crisis-drills/" + id + "/closure", Map.of()).status()).isEqualTo(403);
        var closed = as(europol).postJson("/api/v1/crisis-drills/" + id + "/closure", Map.of());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("closedAt").isString()).isTrue();
        assertThat(as(silent).postJson(ack, Map.of()).status()).as("too late").isEqualTo(409);
        assertThat(notifications(silent, CrisisDrillEvent.CLOSED, id)).isEqualTo(1);

        assertThat(crisisCases()).as("a drill is not a crisis case").isEqualTo(cases);
        List<String> trail = audit.trail("crisis_drill", id).stream().map(AuditRecord::action).toList();
        assertThat(trail).containsSubsequence(CrisisDrillEvent.STARTED, CrisisDrillEvent.ACKNOWLEDGED,
                CrisisDrillEvent.CLOSED);
    }

    @Test
    void aDrillClosesByItselfAfterItsDuration() {
        Tenant europol = tenant(OrganisationKind.EUROPOL, null, "Europol Drill Timer");
        Tenant provider = optedIn("Timer Host");
        String id = as(europol).postJson("/api/v1/crisis-drills", Map.of()).json().get("id").asString();
        clock.advance(Duration.ofMinutes(59));
        drills.closeDue();
        assertThat(as(europol).get("/api/v1/crisis-drills/" + id).json().path("closedAt").isString()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        drills.closeDue();
        drills.closeDue();
        assertThat(as(europol).get("/api/v1/crisis-drills/" + id).json().path("closedAt").isString()).isTrue();
        assertThat(notifications(provider, CrisisDrillEvent.CLOSED, id)).as("closed once").isEqualTo(1);
        assertThat(as(provider).postJson("/api/v1/crisis-drills/" + id + "/acknowledgement", Map.of()).status())
                .isEqualTo(409);
    }
}
