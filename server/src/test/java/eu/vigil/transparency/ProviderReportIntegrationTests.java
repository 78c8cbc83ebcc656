package eu.vigil.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.DeadlineSweep;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * R45: a provider's Art. 7 report reconciles with the orders, Annex III notices, removals under specific measures,
 * complaints and scrutiny of the calendar year (UTC) on both sides of the year boundary; the provider writes and
 * publishes it (figures kept from then on); the Commission and the host Member State's authority read it published;
 * everyone else is refused.
 */
class ProviderReportIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;

    private Tenant authority(String ms, AuthorityRole role, String label) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(role),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, label + "." + org.id().toString().substring(0, 8));
    }

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private String issue(Tenant issuer, Tenant hsp, String... urls) {
        var r = as(issuer).postJson("/api/v1/removal-orders", OrderFixture.order(UUID.fromString(hsp.id()), "en", true, urls));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    private void act(Tenant hsp, String order, int position, String action) {
        var r = as(hsp).postJson("/api/v1/removal-orders/" + order + "/feedback", Map.of("items",
                List.of(Map.of("position", position, "action", action, "actionAt", clock.instant().toString())),
                "authorisedPerson", "T&S"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private String removal(Tenant hsp, String action) {
        var r = as(hsp).postJson("/api/v1/specific-measure-removals", Map.of("url", "https://ba.example/p/" + UUID.randomUUID(),
                "action", action, "actedAt", clock.instant().toString(),
                "specificMeasure", "Hash matching against previously removed material (Art. 5(2)(a))"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private String complaint(Tenant hsp, String removal) {
        var r = as(hsp).postJson("/api/v1/specific-measure-removals/" + removal + "/complaints",
                Map.of("complainantReference", "C-" + UUID.randomUUID().toString().substring(0, 6),
                        "grounds", "The post is a news report on the attack"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    private void ok(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private JsonNode figures(Tenant hsp, int year) {
        var r = as(hsp).get("/api/v1/transparency/provider-report?year=" + year);
        ok(r);
        return r.json().get("figures");
    }

    /** Moves the clock forward to the last minutes of a year (the next 31 December 23:50 UTC). */
    private int toEndOfYear() {
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        Instant end = LocalDate.of(year, 12, 31).atTime(23, 50).toInstant(ZoneOffset.UTC);
        if (!end.isAfter(now)) {
            year++;
            end = LocalDate.of(year, 12, 31).atTime(23, 50).toInstant(ZoneOffset.UTC);
        }
        clock.set(end);
        return year;
    }

    @Test
    void theFiguresReconcileWithTheRecordsOnEitherSideOfTheYearBoundaryAndArePublishedAsTheyWere() {
        int year = toEndOfYear();
        var issuer = authority("LU", AuthorityRole.ISSUE, "lu.art7");
        var host = authority("SK", AuthorityRole.SCRUTINISE, "sk.art7");
        var hsp = provider("Bratislava Art7 Host", "SK", "sk", "en");
        String twoItems = issue(issuer, hsp, "https://ba.example/v/1", "https://ba.example/v/2");
        String impossible = issue(issuer, hsp);
        String scrutinised = issue(issuer, hsp);

        clock.advance(Duration.ofMinutes(1));
        ok(as(hsp).postJson("/api/v1/removal-orders/" + impossible + "/impossibility", Map.of(
                "reason", "FORCE_MAJEURE", "details", "Data centre flooded", "authorisedPerson", "Ops")));
        clock.advance(Duration.ofMinutes(1));
        ok(as(hsp).postJson("/api/v1/removal-orders/" + scrutinised + "/scrutiny-request",
                Map.of("reasons", "The video is news reporting")));
        String before = removal(hsp, "REMOVED");
        clock.advance(Duration.ofMinutes(1));
        String complainedBefore = complaint(hsp, before);

        clock.set(LocalDate.of(year, 12, 31).atTime(23, 59).toInstant(ZoneOffset.UTC));
        act(hsp, twoItems, 1, "REMOVED");
        JsonNode live = figures(hsp, year);
        assertThat(live.get("complaints").get("pending").asInt()).isEqualTo(1);
        assertThat(live.get("reviews").get("scrutinyPending").asInt()).isEqualTo(1);

        clock.set(LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        act(hsp, twoItems, 2, "DISABLED");
        String after = removal(hsp, "DISABLED");
        clock.advance(Duration.ofMinutes(5));
        ok(as(host).postJson("/api/v1/removal-orders/" + scrutinised + "/scrutiny/notice-of-intention",
                Map.of("notice", "We intend to find that the order infringes freedom of information.")));
        clock.advance(Duration.ofMinutes(5));
        ok(as(host).postJson("/api/v1/removal-orders/" + scrutinised + "/scrutiny/decision",
                Map.of("outcome", "INFRINGEMENT", "reasons", "Journalistic reporting protected by Art. 1(3).")));
        clock.advance(Duration.ofMinutes(5));
        ok(as(hsp).postJson("/api/v1/removal-orders/" + scrutinised + "/reinstatement", "{}"));
        ok(as(hsp).postJson("/api/v1/complaints/" + complainedBefore + "/outcome",
                Map.of("outcome", "REINSTATED", "reasons", "News reporting, not glorification")));
        String complainedAfter = complaint(hsp, after);
        ok(as(hsp).postJson("/api/v1/complaints/" + complainedAfter + "/outcome", Map.of("outcome", "REJECTED",
                "reasons", "The post glorifies the attack", "redressInformation", "You may go to court in Bratislava.")));

        JsonNode y = figures(hsp, year);
        assertThat(y.get("removals").get("orders").asInt()).isEqualTo(1);
        assertThat(y.get("removals").get("itemsRemoved").asInt()).as("23:59 on 31 December").isEqualTo(1);
        assertThat(y.get("removals").get("itemsDisabled").asInt()).as("00:00 on 1 January is next year").isZero();
        assertThat(y.get("removals").get("specificMeasuresRemoved").asInt()).isEqualTo(1);
        assertThat(y.get("removals").get("specificMeasuresDisabled").asInt()).isZero();
        assertThat(y.get("notExecuted").get("orders").asInt()).isEqualTo(1);
        assertThat(y.get("notExecuted").get("byReason").get("FORCE_MAJEURE").asInt()).isEqualTo(1);
        assertThat(y.get("notExecuted").get("stillNotExecuted").asInt()).isEqualTo(1);
        assertThat(y.get("complaints").get("received").asInt()).isEqualTo(1);
        assertThat(y.get("complaints").get("pending").asInt()).as("decided since").isZero();
        assertThat(y.get("complaints").get("reinstated").asInt()).as("decided next year").isZero();
        assertThat(y.get("reviews").get("scrutinyRequested").asInt()).isEqualTo(1);
        assertThat(y.get("reviews").get("scrutinyInfringement").asInt()).isZero();
        assertThat(y.get("reviews").get("scrutinyPending").asInt()).isZero();
        assertThat(y.get("reinstatements").get("afterReview").asInt()).isZero();
        assertThat(y.get("reinstatements").get("afterComplaint").asInt()).isZero();

        JsonNode next = figures(hsp, year + 1);
        assertThat(next.get("removals").get("orders").asInt()).isEqualTo(1);
        assertThat(next.get("removals").get("itemsRemoved").asInt()).isZero();
        assertThat(next.get("removals").get("itemsDisabled").asInt()).isEqualTo(1);
        assertThat(next.get("removals").get("specificMeasuresDisabled").asInt()).isEqualTo(1);
        assertThat(next.get("notExecuted").get("orders").asInt()).isZero();
        assertThat(next.get("complaints").get("received").asInt()).isEqualTo(1);
        assertThat(next.get("complaints").get("reinstated").asInt()).isEqualTo(1);
        assertThat(next.get("complaints").get("rejected").asInt()).isEqualTo(1);
        assertThat(next.get("reviews").get("scrutinyRequested").asInt()).isZero();
        assertThat(next.get("reviews").get("scrutinyInfringement").asInt()).isEqualTo(1);
        assertThat(next.get("reviews").get("exposureReviewsRequested").asInt()).isZero();
        assertThat(next.get("reinstatements").get("afterReview").asInt()).isEqualTo(1);
        assertThat(next.get("reinstatements").get("afterOwnReview").asInt()).isEqualTo(1);
        assertThat(next.get("reinstatements").get("afterComplaint").asInt()).isEqualTo(1);

        // publication: narrative first, an https address, then kept
        var draft = as(hsp).get("/api/v1/transparency/provider-report?year=" + year).json();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        var missing = as(hsp).postJson("/api/v1/transparency/provider-report/publish?year=" + year,
                Map.of("publicUrl", "http://ba.example/tco"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Public address of the report: give a public https address")
                .contains("Measures to identify and remove terrorist content (point (a)): describe the measures");
        var saved = as(hsp).putJson("/api/v1/transparency/provider-report/narrative?year=" + year, Map.of(
                "identificationMeasures", "Moderators review user flags within the hour.",
                "reappearanceMeasures", "Perceptual hashes of removed videos are matched at upload."));
        ok(saved);
        assertThat(saved.json().get("identificationMeasures").asString()).isEqualTo("Moderators review user flags within the hour.");
        assertThat(as(hsp).postJson("/api/v1/transparency/provider-report/publish?year=" + (year + 1),
                Map.of("publicUrl", "https://ba.example/tco")).json().get("reason").asString()).isEqualTo("YEAR_NOT_ENDED");

        var commission = tenant(OrganisationKind.COMMISSION, null, "Commission Art 7");
        assertThat(as(commission).get("/api/v1/transparency/provider-report?year=" + year + "&provider=" + hsp.id()).status())
                .as("a draft is the provider's own").isEqualTo(404);

        var published = as(hsp).postJson("/api/v1/transparency/provider-report/publish?year=" + year,
                Map.of("publicUrl", "https://ba.example/tco/" + year));
        ok(published);
        assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("figures").get("removals")).isEqualTo(y.get("removals"));
        var edit = as(hsp).putJson("/api/v1/transparency/provider-report/narrative?year=" + year,
                Map.of("identificationMeasures", "changed"));
        assertThat(edit.status()).isEqualTo(422);
        assertThat(edit.json().get("reason").asString()).isEqualTo("REPORT_PUBLISHED");
        assertThat(as(hsp).postJson("/api/v1/transparency/provider-report/publish?year=" + year,
                Map.of("publicUrl", "https://ba.example/other")).json().get("reason").asString()).isEqualTo("REPORT_PUBLISHED");

        // a removal recorded late for the published year changes neither the published figures; the draft is live
        clock.set(LocalDate.of(year + 1, 1, 1).atTime(1, 0).toInstant(ZoneOffset.UTC));
        var late = as(hsp).postJson("/api/v1/specific-measure-removals", Map.of("url", "https://ba.example/late",
                "action", "REMOVED", "actedAt", LocalDate.of(year, 12, 31).atTime(23, 59, 30).toInstant(ZoneOffset.UTC).toString(),
                "specificMeasure", "Hash matching"));
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        removal(hsp, "REMOVED");
        assertThat(figures(hsp, year).get("removals").get("specificMeasuresRemoved").asInt()).as("kept as published").isEqualTo(1);
        assertThat(figures(hsp, year + 1).get("removals").get("specificMeasuresRemoved").asInt()).as("live").isEqualTo(1);

        // readers
        var read = as(commission).get("/api/v1/transparency/provider-report?year=" + year + "&provider=" + hsp.id());
        ok(read);
        assertThat(read.json().get("publicUrl").asString()).isEqualTo("https://ba.example/tco/" + year);
        var skPenalties = authority("SK", AuthorityRole.PENALTIES, "sk.art7d");
        ok(as(skPenalties).get("/api/v1/transparency/provider-report?year=" + year + "&provider=" + hsp.id()));
        assertThat(as(issuer).get("/api/v1/transparency/provider-report?year=" + year + "&provider=" + hsp.id()).status())
                .as("an authority of another Member State").isEqualTo(403);
        var other = provider("Kosice Art7 Host", "SK", "sk");
        assertThat(as(other).get("/api/v1/transparency/provider-report?year=" + year + "&provider=" + hsp.id()).status())
                .isEqualTo(403);
        assertThat(as(other).putJson("/api/v1/transparency/provider-report/narrative?year=" + year,
                Map.of("identificationMeasures", "x")).status()).as("its own draft").isEqualTo(200);
        var europol = tenant(OrganisationKind.EUROPOL, null, "Europol Art 7");
        assertThat(as(europol).get("/api/v1/transparency/provider-report?year=" + year + "&provider=" + hsp.id()).status())
                .isEqualTo(403);
        assertThat(as(commission).putJson("/api/v1/transparency/provider-report/narrative?year=" + year,
                Map.of("identificationMeasures", "x")).status()).isEqualTo(403);
        assertThat(as(hsp).get("/api/v1/transparency/provider-report?year=2021").status()).isEqualTo(400);

        var list = http();
        list.login(commission.username(), PASSWORD);
        assertThat(list.get("/transparency/provider?year=" + year).body()).contains("id=\"art7-published-list\"")
                .contains("provider=" + hsp.id());
        String csv = list.get("/transparency/provider/report.csv?year=" + year + "&provider=" + hsp.id()).body();
        assertThat(csv).contains("c,orderItemsRemoved,1").contains("c,ordersNotExecuted.FORCE_MAJEURE,1")
                .contains("g,reinstatedAfterComplaint,0").contains("b,reappearanceMeasures,Perceptual hashes");
        var pdf = list.get("/transparency/provider/report.pdf?year=" + year + "&provider=" + hsp.id());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void theProviderWritesAndPublishesOnThePagesAndARefusedFormKeepsWhatWasTyped() {
        var hsp = provider("Nitra Art7 Host", "SK", "sk");
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear() - 1;
        var page = http();
        page.login(hsp.username(), PASSWORD);
        assertThat(page.get("/").body()).contains("id=\"nav-art7\"");
        String path = "/transparency/provider?year=" + year;
        var shown = page.get(path);
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(shown.body()).contains("id=\"art7-figures\"").contains("id=\"art7-narrative\"").contains("id=\"art7-sources\"");

        var saved = page.postForm(path, "/transparency/provider/narrative", "year=" + year
                + "&identificationMeasures=" + enc("Flags reviewed by moderators") + "&reappearanceMeasures=" + enc("Hash matching"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(page.get(path).body()).contains("Flags reviewed by moderators");

        var refused = page.postForm(path, "/transparency/provider/publish", "year=" + year + "&publicUrl=" + enc("ftp://nitra.example/r"));
        assertThat(refused.status()).as("post-redirect-get").isEqualTo(302);
        String again = page.follow(refused).body();
        assertThat(again).contains("href=\"#publicUrl\"").contains("give a public https address")
                .contains("value=\"ftp://nitra.example/r\"");

        var done = page.postForm(path, "/transparency/provider/publish", "year=" + year + "&publicUrl=" + enc("https://nitra.example/r"));
        assertThat(done.status()).isEqualTo(302);
        String published = page.get(path).body();
        assertThat(published).contains("id=\"art7-published\"").doesNotContain("id=\"art7-narrative\"");
        var refusedEdit = page.postForm(path, "/transparency/provider/narrative", "year=" + year + "&identificationMeasures=x");
        assertThat(page.follow(refusedEdit).body()).contains("a published report is not edited");
        var json = page.get("/transparency/provider/report.json?year=" + year);
        assertThat(json.json().get("state").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void reviewsOfExposureDecisionsTheProviderRequestedAreCountedWithTheirOutcome() {
        var issuer = authority("LV", AuthorityRole.ISSUE, "lv.art7");
        var supervisor = authority("LV", AuthorityRole.SPECIFIC_MEASURES, "lv.art7c");
        var hsp = provider("Riga Art7 Host", "LV", "lv", "en");
        String first = issue(issuer, hsp);
        issue(issuer, hsp);
        Instant appealEnds = Instant.parse(as(issuer).get("/api/v1/removal-orders/" + first + "/finality").json()
                .get("appealDeadline").asString());
        clock.set(appealEnds.plusSeconds(1));
        sweep.sweep();
        String caseId = null;
        for (JsonNode c : as(supervisor).get("/api/v1/exposure-cases").json()) {
            if (c.get("providerId").asString().equals(hsp.id())) {
                caseId = c.get("id").asString();
            }
        }
        assertThat(caseId).as("two final orders raise an exposure case").isNotNull();
        String path = "/api/v1/exposure-cases/" + caseId;
        ok(as(supervisor).postJson(path + "/decision", Map.of("exposed", true, "reasons", "Two final orders in 12 months")));
        int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
        assertThat(figures(hsp, year).get("reviews").get("exposureReviewsRequested").asInt()).isZero();

        ok(as(hsp).postJson(path + "/review-request", Map.of("text", "We deployed hash matching")));
        JsonNode requested = figures(hsp, year).get("reviews");
        assertThat(requested.get("exposureReviewsRequested").asInt()).isEqualTo(1);
        assertThat(requested.get("exposureReviewsPending").asInt()).isEqualTo(1);
        assertThat(requested.get("exposureReviewsDecided").asInt()).isZero();
        ok(as(supervisor).postJson(path + "/review-outcome", Map.of("text", "Decision maintained")));
        JsonNode decided = figures(hsp, year).get("reviews");
        assertThat(decided.get("exposureReviewsDecided").asInt()).isEqualTo(1);
        assertThat(decided.get("exposureReviewsPending").asInt()).isZero();

        ok(as(hsp).postJson(path + "/review-request", Map.of("text", "No final order for a year")));
        ok(as(supervisor).postJson(path + "/end", Map.of("text", "Measures effective")));
        JsonNode ended = figures(hsp, year).get("reviews");
        assertThat(ended.get("exposureEndedOnRequest").asInt()).isEqualTo(1);
        assertThat(ended.get("exposureReviewsPending").asInt()).isZero();
        assertThat(ended.get("exposureReviewsRequested").asInt()).as("the case keeps its last request only (see the notes)")
                .isEqualTo(1);
        assertThat(ended.get("scrutinyRequested").asInt()).isZero();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
