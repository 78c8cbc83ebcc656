package eu.vigil.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.IssueRequest;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * R33: statements of reasons for the Transparency Database are screened for personal data and held for a person's
 * review; exports hold at most 100, never a held statement, never one of an order under non-disclosure.
 */
class StatementsOfReasonsIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    AuditLog audit;

    private Tenant issuer(String ms) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "sor." + org.id().toString().substring(0, 8));
    }

    private String issue(Tenant issuer, IssueRequest request) {
        var r = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", request);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    private void act(Tenant hsp, String order, Map<Integer, String> actions) {
        List<Map<String, Object>> items = new ArrayList<>();
        actions.forEach((position, action) -> items.add(Map.of("position", position, "action", action,
                "actionAt", clock.instant().toString())));
        var r = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + order + "/feedback",
                Map.of("items", items, "authorisedPerson", "Trust & Safety lead"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static Map<String, Object> draft(String facts) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("contentTypes", List.of("VIDEO"));
        d.put("contentDate", "2026-01-15");
        d.put("contentLanguage", "ar");
        d.put("decisionFacts", facts);
        return d;
    }

    private Http.Response draftFor(Tenant hsp, String order, Map<String, Object> draft) {
        return http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + order + "/statements-of-reasons", draft);
    }

    private IssueRequest withReasons(IssueRequest base, String reasons, boolean nonDisclosure, LocalDate until) {
        return new IssueRequest(base.orderType(), base.providerId(), base.language(), base.items(), base.reasons(), reasons,
                base.representativeName(), base.representativePost(), base.fileNumber(), base.redressBody(),
                base.redressDeadline(), nonDisclosure, until, base.emergency(), base.emergencyJustification(), false, null,
                null, List.of());
    }

    @Test
    void statementsAreDraftedFromTheOrderHeldWhenTheyNamePeopleAndExportedOnlyWhenClean() {
        var issuer = issuer("SK");
        var hsp = provider("Bratislava Video", "SK", "sk");
        UUID provider = UUID.fromString(hsp.id());
        String clean = issue(issuer, OrderFixture.order(provider, "sk", true, "https://v.example/1", "https://v.example/2",
                "https://v.example/3"));

        assertThat(draftFor(hsp, clean, draft(null)).body()).as("nothing acted on yet").contains("NOTHING_TO_STATE");
        act(hsp, clean, Map.of(1, "REMOVED", 2, "DISABLED"));
        var missing = draftFor(hsp, clean, Map.of("contentDate", "2026-01-15"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("contentTypes");

        var drafted = draftFor(hsp, clean, draft(null));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonNode statements = drafted.json();
        assertThat(statements).hasSize(2);
        JsonNode removed = statements.get(0).get("payload");
        assertThat(statements.get(0).get("state").asString()).isEqualTo("READY");
        assertThat(removed.get("decision_visibility").get(0).asString()).isEqualTo("DECISION_VISIBILITY_CONTENT_REMOVED");
        assertThat(removed.get("category").asString()).isEqualTo("STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY");
        assertThat(removed.get("category_specification").get(0).asString()).isEqualTo("KEYWORD_TERRORIST_CONTENT");
        assertThat(removed.get("source_type").asString()).isEqualTo("SOURCE_TYPE_OTHER_NOTIFICATION");
        assertThat(removed.get("puid").asString()).isEqualTo("vigil-" + clean + "-1");
        assertThat(removed.get("content_language").asString()).isEqualTo("AR");
        assertThat(removed.get("application_date").asString())
                .isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
        assertThat(removed.get("decision_facts").asString()).contains("competent authority of SK");
        assertThat(removed.has("territorial_scope")).isFalse();
        JsonNode disabled = statements.get(1).get("payload");
        assertThat(disabled.get("decision_visibility").get(0).asString()).isEqualTo("DECISION_VISIBILITY_CONTENT_DISABLED");
        assertThat(disabled.get("territorial_scope")).as("disabled in all Member States").hasSize(27);
        assertThat(draftFor(hsp, clean, draft(null)).body()).as("one statement per item").contains("NOTHING_TO_STATE");

        String named = issue(issuer, withReasons(OrderFixture.order(provider, "sk", true, "https://v.example/4"),
                "Recruitment video narrated by Ahmed Karimi, who gives his number +421 905 123 456 to volunteers.", false, null));
        act(hsp, named, Map.of(1, "REMOVED"));
        JsonNode held = draftFor(hsp, named, draft("Reported to us by jana.kovac@example.sk")).json().get(0);
        assertThat(held.get("state").asString()).isEqualTo("HELD_FOR_REVIEW");
        assertThat(held.get("findings").findValuesAsString("kind")).containsExactly("EMAIL", "PHONE", "PERSONAL_NAME");
        String heldId = held.get("id").asString();
        AuditRecord heldRecord = audit.trail("statement_of_reasons", heldId).getFirst();
        assertThat(heldRecord.action()).isEqualTo("statement_of_reasons.held");
        assertThat(heldRecord.details().toString()).contains("EMAIL").doesNotContain("jana.kovac").doesNotContain("Karimi");

        var export = http().bearer(hsp.token()).post("/api/v1/statements-of-reasons/exports", "application/json", "");
        assertThat(export.status()).as(export.body()).isEqualTo(201);
        assertThat(export.json().get("count").asInt()).isEqualTo(2);
        var body = http().bearer(hsp.token()).get(export.json().get("href").asString());
        assertThat(body.json().get("statements")).hasSize(2);
        assertThat(body.body()).contains("vigil-" + clean + "-1", "vigil-" + clean + "-2").doesNotContain(named);
        var again = http().bearer(hsp.token()).post("/api/v1/statements-of-reasons/exports", "application/json", "");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("NOTHING_TO_EXPORT").contains("reviewed first");

        String review = "/api/v1/statements-of-reasons/" + heldId + "/review";
        assertThat(http().bearer(hsp.token()).postJson(review, Map.of("confirmNoPersonalData", true)).status())
                .as("a confirmation needs a reason").isEqualTo(400);
        var stillHeld = http().bearer(hsp.token()).postJson(review, Map.of("decisionFacts", "Reported to us by a user."));
        assertThat(stillHeld.json().get("state").asString()).as("the explanation still names a person").isEqualTo("HELD_FOR_REVIEW");
        var cleaned = http().bearer(hsp.token()).postJson(review, Map.of("illegalContentExplanation",
                "Recruitment video narrated by a member of the group, who gives a phone number to volunteers."));
        assertThat(cleaned.json().get("state").asString()).isEqualTo("READY");
        assertThat(cleaned.json().get("findings")).isEmpty();
        assertThat(cleaned.json().get("reviewedBy").asString()).isNotBlank();
        var second = http().bearer(hsp.token()).post("/api/v1/statements-of-reasons/exports", "application/json", "");
        assertThat(second.json().get("count").asInt()).isEqualTo(1);
        assertThat(http().bearer(hsp.token()).postJson(review, Map.of("decisionFacts", "late edit")).body())
                .contains("ALREADY_EXPORTED");
        assertThat(audit.trail("statement_of_reasons", heldId)).extracting(AuditRecord::action)
                .contains("statement_of_reasons.held", "statement_of_reasons.reviewed");
    }

    @Test
    void aReviewerMayReleaseWhatIsNotPersonalDataWithAReason() {
        var issuer = issuer("SI");
        var hsp = provider("Ljubljana Pics", "SI", "sl");
        String order = issue(issuer, withReasons(OrderFixture.order(UUID.fromString(hsp.id()), "sl", true),
                "Glorifies the attack and quotes the propaganda leaflet of the group led by Abu Sayyaf.", false, null));
        act(hsp, order, Map.of(1, "REMOVED"));
        String id = draftFor(hsp, order, draft(null)).json().get(0).get("id").asString();
        var released = http().bearer(hsp.token()).postJson("/api/v1/statements-of-reasons/" + id + "/review", Map.of(
                "confirmNoPersonalData", true, "note", "Abu Sayyaf is the name of a listed organisation, not of a person"));
        assertThat(released.json().get("state").asString()).isEqualTo("READY");
        assertThat(released.json().get("findings")).as("the finding stays on record").hasSize(1);
        assertThat(released.json().get("reviewNote").asString()).contains("listed organisation");
        assertThat(http().bearer(hsp.token()).post("/api/v1/statements-of-reasons/exports", "application/json", "").status())
                .isEqualTo(201);
    }

    @Test
    void statementsOfAnOrderUnderNonDisclosureWaitUntilItEnds() {
        var issuer = issuer("LV");
        var hsp = provider("Riga Forum", "LV", "lv");
        LocalDate until = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(42);
        var base = OrderFixture.order(UUID.fromString(hsp.id()), "lv", true);
        String order = issue(issuer, withReasons(base, base.statementOfReasons(), true, until));
        act(hsp, order, Map.of(1, "DISABLED"));
        assertThat(draftFor(hsp, order, draft(null)).json().get(0).get("state").asString()).isEqualTo("READY");
        var refused = http().bearer(hsp.token()).post("/api/v1/statements-of-reasons/exports", "application/json", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("non-disclosure");
        var page = http();
        page.login(hsp.username(), PASSWORD);
        assertThat(page.get("/statements").body()).contains("vigil-" + order + "-1").contains(until.toString());

        clock.advance(Duration.ofDays(43));
        var export = http().bearer(hsp.token()).post("/api/v1/statements-of-reasons/exports", "application/json", "");
        assertThat(export.status()).as(export.body()).isEqualTo(201);
    }

    @Test
    void exportsHoldAtMostOneHundredStatements() {
        var issuer = issuer("LT");
        var hsp = provider("Vilnius Shares", "LT", "lt");
        String[] urls = IntStream.rangeClosed(1, 101).mapToObj(i -> "https://lt.example/p/" + i).toArray(String[]::new);
        String order = issue(issuer, OrderFixture.order(UUID.fromString(hsp.id()), "lt", true, urls));
        Map<Integer, String> all = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 101).forEach(i -> all.put(i, "REMOVED"));
        act(hsp, order, all);
        assertThat(draftFor(hsp, order, draft(null)).json()).hasSize(101);
        var first = http().bearer(hsp.token()).post("/api/v1/statements-of-reasons/exports", "application/json", "");
        assertThat(first.json().get("count").asInt()).isEqualTo(100);
        var second = http().bearer(hsp.token()).post("/api/v1/statements-of-reasons/exports", "application/json", "");
        assertThat(second.json().get("count").asInt()).isEqualTo(1);
        assertThat(http().bearer(hsp.token()).get("/api/v1/statements-of-reasons/exports").json()).hasSize(2);
        assertThat(http().bearer(hsp.token()).get("/api/v1/statements-of-reasons?state=EXPORTED&size=200").json()).hasSize(101);
        assertThat(http().bearer(hsp.token()).get("/api/v1/statements-of-reasons?state=LOST").status()).isEqualTo(400);
    }

    @Test
    void onlyTheProviderSeesAndOnlyItsStaffDraftAndNoStatementForDsaArticle9Orders() {
        var issuer = issuer("EE");
        var hsp = provider("Tallinn Cloud", "EE", "et");
        var other = provider("Tartu Cloud", "EE", "et");
        String order = issue(issuer, OrderFixture.order(UUID.fromString(hsp.id()), "et", true));
        act(hsp, order, Map.of(1, "REMOVED"));
        String id = draftFor(hsp, order, draft(null)).json().get(0).get("id").asString();
        assertThat(http().bearer(other.token()).get("/api/v1/statements-of-reasons/" + id).status()).isEqualTo(404);
        assertThat(draftFor(other, order, draft(null)).status()).isEqualTo(404);
        assertThat(http().bearer(issuer.token()).get("/api/v1/statements-of-reasons").status()).isEqualTo(403);
        var europol = tenant(OrganisationKind.EUROPOL, null, "Europol SoR");
        assertThat(http().bearer(europol.token()).get("/api/v1/statements-of-reasons/" + id).status()).isEqualTo(403);
        var viewer = tokens.issue(hsp.admin(), hsp.organisation().id(), "viewer", Set.of(eu.vigil.identity.Role.VIEWER), null).token();
        assertThat(http().bearer(viewer).get("/api/v1/statements-of-reasons/" + id).status()).isEqualTo(200);
        assertThat(http().bearer(viewer).post("/api/v1/statements-of-reasons/exports", "application/json", "").status())
                .isEqualTo(403);

        var base = OrderFixture.order(UUID.fromString(hsp.id()), "et", true);
        var art9 = new IssueRequest("DSA_ART9", base.providerId(), base.language(), base.items(), Set.of(),
                base.statementOfReasons(), base.representativeName(), base.representativePost(), base.fileNumber(),
                base.redressBody(), base.redressDeadline(), false, null, true, base.emergencyJustification(), false, 180,
                null, List.of("EE"));
        String dsa = issue(issuer, art9);
        act(hsp, dsa, Map.of(1, "REMOVED"));
        var refused = draftFor(hsp, dsa, draft(null));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("NO_STATEMENT_FOR_ART9_ORDERS");
    }

    @Test
    void theProviderReviewsAndExportsOnItsPage() {
        var issuer = issuer("HR"); // not MT: RegisterImportIntegrationTests needs MT without issuing authority
        var hsp = provider("Zagreb Streams", "HR", "hr");
        String order = issue(issuer, OrderFixture.order(UUID.fromString(hsp.id()), "hr", true));
        act(hsp, order, Map.of(1, "REMOVED"));
        var page = http();
        page.login(hsp.username(), PASSWORD);
        var drafted = page.postForm("/statements", "/statements/draft", "order=" + order
                + "&contentTypes=VIDEO&contentTypes=AUDIO&contentDate=2026-02-01&decisionFacts=Flagged+by+%40valletta_watch");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(302);
        String html = page.get("/statements").body();
        assertThat(html).contains("SOCIAL_HANDLE").contains("@valletta_watch");
        String id = http().bearer(hsp.token()).get("/api/v1/statements-of-reasons").json().get(0).get("id").asString();
        assertThat(page.postForm("/statements", "/statements/" + id + "/review",
                "decisionFacts=Flagged+by+a+user&illegalContentExplanation=Glorification+of+the+attack").status()).isEqualTo(302);
        assertThat(page.postForm("/statements", "/statements/export", "").status()).isEqualTo(302);
        String exportId = http().bearer(hsp.token()).get("/api/v1/statements-of-reasons/exports").json().get(0).get("id").asString();
        var download = page.get("/statements/exports/" + exportId + ".json");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).contains("CONTENT_TYPE_AUDIO").contains("Flagged by a user").doesNotContain("valletta_watch");
    }
}
