package eu.vigil.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.DeadlineSweep;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.removalorder.Preservation;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * R43, R44, R46: the Art. 21 monitoring data, the Art. 8 report and the DSA Art. 15 metrics reconcile with the records
 * of a seeded year ({@link TransparencyYear}), including orders across both daylight-saving switches and the year
 * boundary.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransparencyYearIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    Preservation preservation;
    @Autowired
    JdbcClient jdbc;

    TransparencyYear year;
    Tenant commission;
    Instant before;

    @BeforeAll
    void seed() {
        before = clock.instant();
        clock.set(Instant.parse("2024-12-01T00:00:00Z"));
        Instant since = Instant.parse("2024-11-01T00:00:00Z");
        var lu = withUserAndToken(OrderFixture.authority(authorities, organisations, "LU", EnumSet.of(AuthorityRole.ISSUE,
                AuthorityRole.PENALTIES, AuthorityRole.SPECIFIC_MEASURES), since), "lu." + UUID.randomUUID().toString().substring(0, 8));
        var mt = withUserAndToken(OrderFixture.authority(authorities, organisations, "ES", EnumSet.of(AuthorityRole.ISSUE),
                since), "mt." + UUID.randomUUID().toString().substring(0, 8));
        year = new TransparencyYear(http(), clock, lu, mt, provider("Lux Cloud", "LU", "fr"),
                provider("Valletta Media", "ES", "es"), provider("Dublin Files", "IE", "en"));
        commission = tenant(OrganisationKind.COMMISSION, null, "Commission monitoring");
        year.seed(jdbc, preservation, sweep);
    }

    @AfterAll
    void restoreClock() {
        clock.set(before.isAfter(clock.instant()) ? before : clock.instant());
    }

    private JsonNode monitoring(Tenant viewer) {
        var r = http().bearer(viewer.token()).get("/api/v1/transparency/monitoring?year=" + TransparencyYear.YEAR);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static int figure(JsonNode data, String figure, String ms) {
        for (JsonNode row : data.get("figures")) {
            if (row.get("figure").asString().equals(figure)) {
                JsonNode v = row.get("byMemberState").get(ms);
                return v == null ? 0 : v.asInt();
            }
        }
        throw new AssertionError("no figure " + figure);
    }

    @Test
    void theCommissionSeesEveryMemberStatesFiguresCountedFromTheRecords() {
        JsonNode data = monitoring(commission);
        Map<String, Integer> lu = Map.ofEntries(Map.entry("ORDERS_ISSUED", 4), Map.entry("ORDERS_CROSS_BORDER", 2),
                Map.entry("ITEMS_REMOVED", 5), Map.entry("ITEMS_REMOVED_WITHIN_HOUR", 3), Map.entry("EXPOSURE_DECISIONS", 1),
                Map.entry("SPECIFIC_MEASURE_ITEMS", 1), Map.entry("SPECIFIC_MEASURES_REPORTS", 1),
                Map.entry("ACCESS_REQUESTS", 1), Map.entry("REVIEW_PROCEEDINGS", 2), Map.entry("REVIEW_DECISIONS", 1),
                Map.entry("REVIEW_ANNULMENTS", 0), Map.entry("EXPOSURE_REVIEW_DECISIONS", 1),
                Map.entry("PENALTY_DECISIONS", 1), Map.entry("PENALTY_FINES", 1), Map.entry("PENALTY_OTHER", 0));
        lu.forEach((f, n) -> assertThat(figure(data, f, "LU")).as("LU " + f).isEqualTo(n));
        assertThat(figure(data, "ORDERS_ISSUED", "ES")).as("O4 and O5, issued 31 Dec 23:30 UTC").isEqualTo(2);
        assertThat(figure(data, "ITEMS_REMOVED", "ES")).isEqualTo(1);
        assertThat(figure(data, "ITEMS_REMOVED_WITHIN_HOUR", "ES")).as("55 minutes across the switch to winter time")
                .isEqualTo(1);
        assertThat(figure(data, "SCRUTINY_DECISIONS", "IE")).as("scrutiny counts for the host Member State").isEqualTo(1);
        assertThat(figure(data, "SCRUTINY_INFRINGEMENTS", "IE")).isEqualTo(0);
        JsonNode speed = data.get("speed").get("LU");
        assertThat(speed.get("items").asInt()).isEqualTo(5);
        assertThat(speed.get("medianMinutes").asDouble()).as("median of 15, 30, 50, 90, 240").isCloseTo(50.0, within(0.01));
        assertThat(speed.get("shareWithinHour").asDouble()).isCloseTo(0.6, within(0.001));
        assertThat(data.get("speed").get("ES").get("medianMinutes").asDouble()).isCloseTo(55.0, within(0.01));
        assertThat(data.get("memberStates").toString()).contains("LU", "ES", "IE");
    }

    @Test
    void everyFigureIsTheNumberOfItsRecordsAndTheRecordsAreTheSeededOnes() {
        JsonNode data = monitoring(commission);
        for (MonitoringFigure f : MonitoringFigure.values()) {
            for (String ms : List.of("LU", "ES", "IE")) {
                var r = http().bearer(commission.token()).get("/api/v1/transparency/monitoring/records?year="
                        + TransparencyYear.YEAR + "&memberState=" + ms + "&figure=" + f.name());
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                assertThat(r.json().size()).as(ms + " " + f).isEqualTo(figure(data, f.name(), ms));
            }
        }
        var orders = http().bearer(commission.token()).get("/api/v1/transparency/monitoring/records?year=2025"
                + "&memberState=LU&figure=ORDERS_ISSUED").json();
        List<String> ids = new java.util.ArrayList<>();
        orders.forEach(o -> ids.add(o.get("id").asString()));
        assertThat(ids).as("O0 of 31 December 2024 23:59 UTC is last year's").containsExactlyElementsOf(year.luOrders)
                .doesNotContain(year.o0);
        var items = http().bearer(commission.token()).get("/api/v1/transparency/monitoring/records?year=2025"
                + "&memberState=LU&figure=ITEMS_REMOVED").json();
        List<Double> minutes = new java.util.ArrayList<>();
        items.forEach(i -> minutes.add(i.get("minutes").asDouble()));
        assertThat(minutes).as("received 01:40 CET, removed 03:30 CEST: 50 minutes").containsExactly(15.0, 50.0, 30.0, 90.0, 240.0);
        var last = http().bearer(commission.token()).get("/api/v1/transparency/monitoring?year=2024").json();
        assertThat(figure(last, "ORDERS_ISSUED", "LU")).as("O0 alone in 2024").isEqualTo(1);
        assertThat(figure(last, "ITEMS_REMOVED", "LU")).as("its item, removed on 1 January, with its order").isEqualTo(1);
    }

    @Test
    void anAuthoritySeesItsOwnMemberStateOnlyAndProvidersNone() {
        JsonNode own = monitoring(year.mt);
        assertThat(own.get("memberStates").toString()).isEqualTo("[\"ES\"]");
        assertThat(figure(own, "ORDERS_ISSUED", "ES")).isEqualTo(2);
        assertThat(http().bearer(year.mt.token()).get("/api/v1/transparency/monitoring/records?year=2025&memberState=LU"
                + "&figure=ORDERS_ISSUED").status()).isEqualTo(403);
        assertThat(http().bearer(year.luProvider.token()).get("/api/v1/transparency/monitoring?year=2025").status())
                .isEqualTo(403);
        var bad = http().bearer(commission.token()).get("/api/v1/transparency/monitoring/records?year=2025&memberState=LU"
                + "&figure=NONSENSE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("figure");
        assertThat(http().bearer(commission.token()).get("/api/v1/transparency/monitoring?year=2019").status()).isEqualTo(400);
    }

    @Test
    void theDashboardCountsOrdersPerMonthTheDistributionAndComplianceFromTheSameRecords() {
        var r = http().bearer(year.lu.token()).get("/api/v1/transparency/monitoring/dashboard?year=2025");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode d = r.json();
        assertThat(d.get("ordersPerMonth").size()).as("an authority's own Member State only").isEqualTo(1);
        assertThat(d.get("ordersPerMonth").get("LU").toString()).as("Jan, Mar (DST day), Jun, Nov")
                .isEqualTo("[1,0,1,0,0,1,0,0,0,0,1,0]");
        JsonNode removal = d.get("removal");
        assertThat(removal.get("items").asInt()).isEqualTo(5);
        assertThat(removal.get("withinHour").asInt()).isEqualTo(3);
        assertThat(removal.get("later").asInt()).as("240 minutes").isEqualTo(1);
        assertThat(removal.get("bins").get(1).asInt()).as("15 minutes").isEqualTo(1);
        assertThat(removal.get("bins").get(3).asInt()).as("30 minutes").isEqualTo(1);
        assertThat(removal.get("bins").get(5).asInt()).as("50 minutes").isEqualTo(1);
        assertThat(removal.get("bins").get(9).asInt()).as("90 minutes").isEqualTo(1);
        assertThat(removal.get("medianMinutes").asDouble()).isCloseTo(50.0, within(0.01));
        JsonNode malta = http().bearer(year.mt.token()).get("/api/v1/transparency/monitoring/dashboard?year=2025").json();
        assertThat(malta.get("ordersPerMonth").get("ES").toString()).as("Oct (DST day), Dec 31 23:30 UTC")
                .isEqualTo("[0,0,0,0,0,0,0,0,0,1,0,1]");
        assertThat(malta.get("compliance").get(0).get("impossibility").get("FORCE_MAJEURE").asInt()).isEqualTo(1);
        JsonNode compliance = d.get("compliance");
        JsonNode lux = null;
        for (JsonNode c : compliance) {
            if (c.get("provider").asString().startsWith("Lux Cloud")) {
                lux = c;
            }
        }
        assertThat(compliance.size()).as("Lux Cloud and Dublin Files").isEqualTo(2);
        assertThat(lux.get("orders").asInt()).as("O1, O3").isEqualTo(2);
        assertThat(lux.get("inTime").asInt()).isEqualTo(1);
        assertThat(lux.get("overdue").asInt()).isEqualTo(1);
    }

    @Test
    void theArt8ReportCountsTimelinessFromTheTimeOfActionAndThePenalties() {
        var r = http().bearer(year.lu.token()).get("/api/v1/transparency/authority-report?year=2025");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode report = r.json();
        assertThat(report.get("orders").get("issued").asInt()).isEqualTo(4);
        assertThat(report.get("orders").get("crossBorder").asInt()).isEqualTo(2);
        assertThat(report.get("orders").get("executed").asInt()).isEqualTo(4);
        assertThat(report.get("orders").get("executedInTime").asInt()).as("O3 (90 minutes) and O6 (240) were late").isEqualTo(2);
        JsonNode t = report.get("timeliness");
        assertThat(t.get("itemsActedOn").asInt()).isEqualTo(5);
        assertThat(t.get("withinDeadline").asInt()).isEqualTo(3);
        assertThat(t.get("medianMinutes").asDouble()).isCloseTo(50.0, within(0.01));
        assertThat(report.get("penalties").get("ART_3_3").asInt()).as("the fine, not the decision imposing none")
                .isEqualTo(1);
        assertThat(report.get("review").get("lodged").asInt()).isEqualTo(2);
        assertThat(report.get("review").get("confirmed").asInt()).isEqualTo(1);
        assertThat(report.get("review").get("pending").asInt()).isEqualTo(1);
    }

    @Test
    void theArt15MetricsGiveCountsByContentTypeAndMemberStateWithMedians() {
        var r = http().bearer(year.ieProvider.token()).get("/api/v1/transparency/order-metrics?from=2025-01-01&to=2025-12-31");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode m = r.json();
        assertThat(m.get("rows").size()).isEqualTo(1);
        JsonNode row = m.get("rows").get(0);
        assertThat(row.get("contentType").asString()).isEqualTo("TERRORIST_CONTENT");
        assertThat(row.get("issuingMemberState").asString()).isEqualTo("LU");
        assertThat(row.get("orders").asInt()).isEqualTo(2);
        assertThat(row.get("medianMinutesToAcknowledge").asDouble()).as("5 and 2 minutes").isCloseTo(3.5, within(0.01));
        assertThat(row.get("medianMinutesToEffect").asDouble()).as("50 and 240 minutes").isCloseTo(145.0, within(0.01));
        var malta = http().bearer(year.mtProvider.token()).get("/api/v1/transparency/order-metrics?from=2025-01-01&to=2025-12-31").json();
        assertThat(malta.get("total").get("orders").asInt()).as("O4 and O5 (31 Dec 23:30 UTC)").isEqualTo(2);
        assertThat(malta.get("total").get("givenEffect").asInt()).isEqualTo(1);
        assertThat(malta.get("total").get("medianMinutesToEffect").asDouble()).isCloseTo(55.0, within(0.01));
        var other = http().bearer(year.mtProvider.token()).get("/api/v1/transparency/order-metrics?provider="
                + year.ieProvider.id() + "&from=2025-01-01&to=2025-12-31");
        assertThat(other.status()).isEqualTo(403);
        var backwards = http().bearer(year.mtProvider.token()).get("/api/v1/transparency/order-metrics?from=2025-12-31&to=2025-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("to");
        var commissionView = http().bearer(commission.token()).get("/api/v1/transparency/order-metrics?provider="
                + year.mtProvider.id() + "&from=2026-01-01&to=2026-01-31").json();
        assertThat(commissionView.get("total").get("orders").asInt()).as("nothing received in January 2026").isEqualTo(0);
    }

    @Test
    void thePagesShowTheFiguresWithLinksToTheirRecordsAndExportThem() {
        var page = http();
        page.login(commission.username(), PASSWORD);
        var dashboard = page.get("/monitoring?year=2025");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("/monitoring/records?year=2025&memberState=LU&figure=ORDERS_ISSUED")
                .contains("data:image/png;base64,").contains("table-removal-speed");
        var records = page.get("/monitoring/records?year=2025&memberState=LU&figure=ITEMS_REMOVED");
        assertThat(records.status()).isEqualTo(200);
        assertThat(records.body()).contains("<strong id=\"record-count\">5</strong>");
        var csv = page.get("/monitoring/figures.csv?year=2025");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("ORDERS_ISSUED").contains("LU");
        var own = http();
        own.login(year.lu.username(), PASSWORD);
        var pdf = own.get("/transparency/report.pdf?year=2025");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(own.get("/transparency/report.csv?year=2025").body()).contains("Removal orders issued,4");
        var provider = http();
        provider.login(year.ieProvider.username(), PASSWORD);
        var metrics = provider.get("/transparency/order-metrics?from=2025-01-01&to=banana");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("banana").contains("aria-invalid=\"true\"");
    }
}
