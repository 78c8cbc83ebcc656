package eu.vigil.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest.Tenant;
import eu.vigil.testing.MutableClock;

/**
 * A seeded year of records (2025, UTC) for the transparency reports, written in time order through the API with the
 * clock set to each moment, so every figure the tests read has records they know of:
 * <ul>
 * <li>Luxembourg (authority {@link #lu}) issues O0 at 2024-12-31 23:59 (last year), O1 at 2025-01-01 00:00 (this
 * year), O2 across the switch to summer time (2025-03-30 00:40 UTC = 01:40 CET, removed 01:30 UTC = 03:30 CEST: 50
 * minutes, not 110), O3 with two items (30 and 90 minutes: executed late) and O6 (240 minutes); O2 and O6 go to a
 * provider in Ireland (cross-border);</li>
 * <li>Spain (authority {@link #mt}) issues O4 across the switch back to winter time (2025-10-26 00:30 UTC, removed
 * 55 minutes later) and O5 at 2025-12-31 23:30 UTC, answered with an Annex III notice of force majeure;</li>
 * <li>appeals: O1 lodged and pending, O3 lodged and confirmed; a fine and a decision imposing nothing against the
 * Luxembourg provider; an access request of Luxembourg to O3's preserved copy; an exposure decision in Luxembourg
 * with one specific-measures report, one item removed under specific measures and a review decision; Ireland's
 * scrutiny of O2 finding no infringement.</li>
 * </ul>
 * Minutes from receipt to action, Luxembourg: 15, 50, 30, 90, 240 (median 50, three within the hour); Spain: 55.
 */
final class TransparencyYear {

    static final int YEAR = 2025;

    final Tenant lu;
    final Tenant mt;
    final Tenant luProvider;
    final Tenant mtProvider;
    final Tenant ieProvider;
    final List<String> luOrders = new ArrayList<>();
    final List<String> mtOrders = new ArrayList<>();
    String o0;
    String o3;
    String o5;

    private final Http http;
    private final MutableClock clock;

    /** The parties, created with the clock at {@code 2024-12-01}; call {@link #seed} next. */
    TransparencyYear(Http http, MutableClock clock, Tenant lu, Tenant mt, Tenant luProvider, Tenant mtProvider,
            Tenant ieProvider) {
        this.http = http;
        this.clock = clock;
        this.lu = lu;
        this.mt = mt;
        this.luProvider = luProvider;
        this.mtProvider = mtProvider;
        this.ieProvider = ieProvider;
    }

    void seed(JdbcClient jdbc, eu.vigil.removalorder.Preservation preservation, eu.vigil.removalorder.DeadlineSweep sweep) {
        // lu also holds role (d): it decides penalties against the Luxembourg provider
        o0 = issue(lu, luProvider, "fr", "2024-12-31T23:59:00Z", 1);
        String o1 = issue(lu, luProvider, "fr", "2025-01-01T00:00:00Z", 1);
        luOrders.add(o1);
        at("2025-01-01T00:15:00Z");
        feedback(luProvider, o1, 1, "REMOVED");
        at("2025-01-01T00:20:00Z");
        feedback(luProvider, o0, 1, "REMOVED");
        at("2025-01-10T09:00:00Z");
        ok(http.bearer(lu.token()).postJson("/api/v1/removal-orders/" + o1 + "/appeal",
                Map.of("lodgedAt", clock.instant().toString(), "court", "Tribunal administratif")));

        String o2 = issue(lu, ieProvider, "en", "2025-03-30T00:40:00Z", 1);
        luOrders.add(o2);
        at("2025-03-30T00:45:00Z");
        ok(http.bearer(ieProvider.token()).postJson("/api/v1/removal-orders/" + o2 + "/acknowledgement", Map.of()));
        at("2025-03-30T01:30:00Z");
        feedback(ieProvider, o2, 1, "REMOVED");

        o3 = issue(lu, luProvider, "fr", "2025-06-10T09:00:00Z", 2);
        luOrders.add(o3);
        at("2025-06-10T09:30:00Z");
        feedback(luProvider, o3, 1, "REMOVED");
        at("2025-06-10T10:01:00Z");
        sweep.sweep();
        at("2025-06-10T10:30:00Z");
        feedback(luProvider, o3, 2, "DISABLED");
        at("2025-06-12T08:00:00Z");
        preservation.upload(luProvider.admin(), new eu.vigil.removalorder.RemovalOrderId(UUID.fromString(o3)), 1,
                "text/plain", "preserved copy".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        preservation.access(lu.admin(), new eu.vigil.removalorder.RemovalOrderId(UUID.fromString(o3)), 1,
                eu.vigil.removalorder.PreservedItem.Purpose.REVIEW);
        at("2025-06-20T09:00:00Z");
        ok(http.bearer(lu.token()).postJson("/api/v1/removal-orders/" + o3 + "/appeal",
                Map.of("lodgedAt", clock.instant().toString(), "court", "Tribunal administratif")));
        at("2025-08-10T09:00:00Z");
        penalties();
        at("2025-09-01T09:00:00Z");
        ok(http.bearer(lu.token()).postJson("/api/v1/removal-orders/" + o3 + "/appeal/outcome", Map.of("confirmed", true)));

        String o4 = issue(mt, mtProvider, "es", "2025-10-26T00:30:00Z", 1);
        mtOrders.add(o4);
        at("2025-10-26T01:25:00Z");
        feedback(mtProvider, o4, 1, "REMOVED");

        String o6 = issue(lu, ieProvider, "en", "2025-11-05T10:00:00Z", 1);
        luOrders.add(o6);
        at("2025-11-05T10:02:00Z");
        ok(http.bearer(ieProvider.token()).postJson("/api/v1/removal-orders/" + o6 + "/acknowledgement", Map.of()));
        at("2025-11-05T14:00:00Z");
        feedback(ieProvider, o6, 1, "REMOVED");

        o5 = issue(mt, mtProvider, "es", "2025-12-31T23:30:00Z", 1);
        mtOrders.add(o5);
        at("2025-12-31T23:40:00Z");
        ok(http.bearer(mtProvider.token()).postJson("/api/v1/removal-orders/" + o5 + "/impossibility", Map.of(
                "reason", "FORCE_MAJEURE", "details", "Data centre flooded", "authorisedPerson", "Ops")));
        records(jdbc, o2);
        at("2026-01-15T12:00:00Z");
    }

    /** Records of parties this fixture does not drive through the API, inserted as their modules would store them. */
    private void records(JdbcClient jdbc, String o2) {
        UUID exposure = UUID.randomUUID();
        jdbc.sql("""
                insert into exposure_case (id, provider_id, member_state, raised_at, final_orders, decided_at, exposed,
                    decision_reasons, decided_by, decided_by_organisation, review_requested_at, review_decided_at, review_outcome)
                values (?, ?, 'LU', ?, 2, ?, true, 'two final orders in twelve months', 'judge', ?, ?, ?, 'CONFIRMED')""")
                .params(exposure, UUID.fromString(luProvider.id()), ts("2025-02-01T10:00:00Z"), ts("2025-02-20T10:00:00Z"),
                        UUID.fromString(lu.id()), ts("2025-04-01T10:00:00Z"), ts("2025-05-15T10:00:00Z"))
                .update();
        jdbc.sql("insert into specific_measures_report (case_id, due_at, submitted_at, summary) values (?,?,?,?)")
                .params(exposure, ts("2025-05-20T10:00:00Z"), ts("2025-05-10T10:00:00Z"), "hash matching and human review")
                .update();
        jdbc.sql("""
                insert into specific_measure_removal (id, provider_id, member_state, url, action, acted_at, specific_measure,
                    exposure_case_id, recorded_at, recorded_by) values (?, ?, 'LU', ?, 'REMOVED', ?, 'hash matching', ?, ?, 'test')""")
                .params(UUID.randomUUID(), UUID.fromString(luProvider.id()), "https://lux.example/p/1",
                        ts("2025-07-01T10:00:00Z"), exposure, ts("2025-07-01T10:05:00Z"))
                .update();
        jdbc.sql("""
                insert into scrutiny (order_id, initiated_by, requested_at, decision_due_at, decided_at, outcome, decided_by)
                values (?, 'PROVIDER', ?, ?, ?, 'NO_INFRINGEMENT', 'Irish authority')""")
                .params(UUID.fromString(o2), ts("2025-03-31T10:00:00Z"), ts("2025-04-03T10:00:00Z"), ts("2025-04-02T10:00:00Z"))
                .update();
    }

    /** Opens two penalty proceedings against the Luxembourg provider and decides them on 2025-08-15: a fine, nothing. */
    private void penalties() {
        List<String> opened = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            var r = http.bearer(lu.token()).postJson("/api/v1/penalty-proceedings", Map.of("providerId",
                    luProvider.id(), "legalBasis", "ART_3_3", "facts", "Order executed late", "orderIds", List.of(o3)));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            opened.add(r.json().get("id").asString());
        }
        at("2025-08-15T09:00:00Z");
        for (int i = 0; i < 2; i++) {
            String sanction = i == 0 ? "FINE" : "NONE";
            var decision = new java.util.HashMap<String, Object>(Map.of("sanction", sanction, "circumstances",
                    "Art. 18(2) factors weighed", "decidedOn", "2025-08-15"));
            if (sanction.equals("FINE")) {
                decision.put("amountEur", "12000");
            }
            ok(http.bearer(lu.token()).postJson("/api/v1/penalty-proceedings/" + opened.get(i) + "/decision", decision));
        }
    }

    private String issue(Tenant issuer, Tenant hsp, String language, String at, int items) {
        at(at);
        String[] urls = new String[items];
        for (int i = 0; i < items; i++) {
            urls[i] = "https://year.example/" + UUID.randomUUID();
        }
        var r = http.bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), language, true, urls));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    private void feedback(Tenant hsp, String order, int position, String action) {
        ok(http.bearer(hsp.token()).postJson("/api/v1/removal-orders/" + order + "/feedback", Map.of("items",
                List.of(Map.of("position", position, "action", action, "actionAt", clock.instant().toString())),
                "authorisedPerson", "T&S")));
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    private static void ok(Http.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
    }

    private static Timestamp ts(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
