package eu.vigil.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.referral.ReferralFixture;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.IntegrationTest;
import eu.vigil.testing.Told;
import tools.jackson.databind.JsonNode;

/**
 * DSA notices over real HTTP and PostgreSQL (R55, R56): the Art. 16(2) elements, the waiver only for child sexual
 * abuse, acknowledgement of receipt, priority for a listed trusted flagger inside its area of expertise and not
 * outside it, one provider queue with orders first, and the statement of reasons drafted from the decision with the
 * source type of the notice's origin.
 */
class NoticeIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CompetentAuthorities authorities;

    private static final Map<String, Object> STATEMENT = Map.of("contentTypes", List.of("TEXT", "IMAGE"),
            "contentDate", "2026-11-30");

    private Tenant hotline() {
        return tenant(OrganisationKind.NOTIFIER, "NL", "Hotline");
    }

    private void list(Tenant flagger, String memberState, String areas) {
        var commission = tenant(OrganisationKind.COMMISSION, null, "Commission flaggers");
        var loaded = http().bearer(commission.token()).post("/api/v1/trusted-flaggers", "text/csv",
                NoticeFixture.listCsv(flagger, memberState, areas));
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(200);
        assertThat(loaded.json().get("accepted").asInt()).isEqualTo(1);
    }

    private JsonNode submit(Tenant sender, Map<String, Object> body) {
        var sent = http().bearer(sender.token()).postJson("/api/v1/notices", body);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json().get("notice");
    }

    @Test
    void aTrustedFlaggerIsPrioritisedInsideItsAreaOfExpertiseAndNotOutsideIt() {
        var flagger = hotline();
        var host = provider("Notice Host", "NL", "nl", "en");
        list(flagger, "NL", "trafficking-in-human-beings");
        new Told(jdbc, clock).withWebhook(host);

        JsonNode outside = submit(flagger, NoticeFixture.notice(host, "DRUG_SALE_OFFER", NoticeFixture.unique("drugs")));
        assertThat(outside.get("binding").asBoolean()).isFalse();
        assertThat(outside.get("label").asString()).contains("Non-binding notice");
        assertThat(outside.get("prioritised").asBoolean()).isFalse();
        assertThat(outside.get("priorityReason").asString()).contains("outside");
        clock.advance(Duration.ofMinutes(1));
        JsonNode inside = submit(flagger, NoticeFixture.with(NoticeFixture.notice(host, "EXPLOITATION_ADVERTISEMENT",
                NoticeFixture.unique("escort")), "explanation", "Advertisement of a minor for sexual services."));
        assertThat(inside.get("prioritised").asBoolean()).isTrue();
        assertThat(inside.get("trustedFlagger").asString()).isEqualTo(flagger.organisation().name());
        assertThat(inside.has("acknowledgedAt")).isTrue();

        var told = new Told(jdbc, clock);
        String insideId = inside.get("id").asString();
        assertThat(told.notifications(host, insideId)).contains("notice.received");
        assertThat(told.notifications(flagger, insideId)).contains("notice.acknowledged");
        assertThat(told.payloads(host, "notice.received", insideId)).singleElement().asString()
                .contains("\"binding\":false").contains("\"prioritised\":true");

        var queue = http().bearer(host.token()).get("/api/v1/inbox?kind=NOTICE").json().valueStream()
                .map(e -> e.get("id").asString()).toList();
        assertThat(queue).containsSubsequence(insideId, outside.get("id").asString());
    }

    @Test
    void theQueueHoldsTheOrderFirstThenThePrioritisedNoticeThenTheReferralAndTheOtherNotice() {
        var flagger = hotline();
        var host = provider("Queue Notice Host", "NL", "nl", "en");
        list(flagger, "NL", "DRUG_SALE_OFFER");
        var europol = tenant(OrganisationKind.EUROPOL, null, "EU IRU notices");
        String referral = http().bearer(europol.token()).postJson("/api/v1/referrals",
                ReferralFixture.referral(host, NoticeFixture.unique("ref"))).json().get("referral").get("id").asString();
        clock.advance(Duration.ofMinutes(1));
        String plain = submit(tenant(OrganisationKind.NOTIFIER, "BE", "Other hotline"), NoticeFixture.notice(host,
                "DRUG_COURIER_RECRUITMENT", NoticeFixture.unique("couriers"))).get("id").asString();
        String prioritised = submit(flagger, NoticeFixture.notice(host, "DRUG_SALE_OFFER",
                NoticeFixture.unique("cocaine"))).get("id").asString();
        var org = OrderFixture.authority(authorities, organisations, "NL", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        var issuer = withUserAndToken(org, "noticequeue." + org.id().toString().substring(0, 8));
        var issued = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(host.id()), "nl", true, NoticeFixture.unique("order")));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String order = issued.json().get("order").get("id").asString();

        var entries = http().bearer(host.token()).get("/api/v1/inbox").json().valueStream().toList();
        assertThat(entries.stream().map(e -> e.get("id").asString()).toList())
                .containsExactly(order, prioritised, referral, plain);
        assertThat(entries.get(0).get("binding").asBoolean()).isTrue();
        assertThat(entries.get(1).get("binding").asBoolean()).isFalse();
        assertThat(entries.get(1).get("priority").asBoolean()).isTrue();
        assertThat(entries.get(2).get("priority").asBoolean()).isFalse();
    }

    @Test
    void theNotifiersEmailMayBeWaivedOnlyForChildSexualAbuse() {
        var flagger = hotline();
        var host = provider("Waiver Host", "NL", "nl");
        var drugs = NoticeFixture.notice(host, "DRUG_SALE_OFFER", NoticeFixture.unique("waiver"));
        var refused = http().bearer(flagger.token()).postJson("/api/v1/notices", NoticeFixture.anonymous(drugs));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("reason").asString()).isEqualTo("WAIVER_NOT_ALLOWED");
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("notifierName", "notifierEmail");
        var missing = http().bearer(flagger.token()).postJson("/api/v1/notices", NoticeFixture.with(drugs,
                "notifierEmail", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("notifierEmail").contains("Art. 16(2)(c)");
        var noGoodFaith = http().bearer(flagger.token()).postJson("/api/v1/notices", NoticeFixture.with(drugs,
                "goodFaith", false));
        assertThat(noGoodFaith.status()).isEqualTo(422);
        assertThat(noGoodFaith.body()).contains("GOOD_FAITH_REQUIRED").contains("goodFaith");
        assertThat(http().bearer(flagger.token()).get("/api/v1/notices").json().size())
                .as("nothing refused was stored").isZero();

        JsonNode csa = submit(flagger, NoticeFixture.anonymous(NoticeFixture.with(NoticeFixture.notice(host, "GROOMING",
                NoticeFixture.unique("grooming")), "explanation", "An adult asks a twelve-year-old for pictures.")));
        assertThat(csa.get("notifier").get("waived").asBoolean()).isTrue();
        assertThat(csa.has("acknowledgedAt")).as("no contact details, no acknowledgement").isFalse();
        assertThat(new Told(jdbc, clock).notifications(flagger, csa.get("id").asString()))
                .doesNotContain("notice.acknowledged");
    }

    @Test
    void theProvidersDecisionDraftsTheStatementOfReasonsWithTheSourceTypeOfTheOrigin() {
        var flagger = hotline();
        var host = provider("Decision Host", "NL", "nl");
        list(flagger, "NL", "drug-sales");
        String a = NoticeFixture.unique("a"), b = NoticeFixture.unique("b");
        String id = submit(flagger, NoticeFixture.notice(host, "DRUG_SALE_OFFER", a, b)).get("id").asString();

        var stranger = provider("Other Host", "NL", "nl");
        assertThat(http().bearer(stranger.token()).postJson("/api/v1/notices/" + id + "/decision",
                Map.of("measure", "REMOVED")).status()).isEqualTo(404);
        assertThat(http().bearer(flagger.token()).postJson("/api/v1/notices/" + id + "/decision",
                Map.of("measure", "REMOVED")).status()).isIn(403, 422);
        var noReason = http().bearer(host.token()).postJson("/api/v1/notices/" + id + "/decision", Map.of("items",
                List.of(Map.of("position", 1, "measure", "REMOVED"), Map.of("position", 2, "measure", "NO_ACTION")),
                "groundText", "Opium Act, Art. 2"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("items[1].reason");

        var decided = http().bearer(host.token()).postJson("/api/v1/notices/" + id + "/decision", Map.of("items",
                List.of(Map.of("position", 1, "measure", "REMOVED"), Map.of("position", 2, "measure", "NO_ACTION",
                        "reason", "The page is a harm-reduction forum quoting prices")),
                "groundText", "Opium Act (Opiumwet), Art. 2", "statement", STATEMENT));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("notice").get("state").asString()).isEqualTo("DECIDED");
        JsonNode statements = decided.json().get("statements");
        assertThat(statements.size()).as("one statement for the removed item").isEqualTo(1);
        assertThat(statements.get(0).get("sourceType").asString()).isEqualTo("SOURCE_TRUSTED_FLAGGER");
        assertThat(new Told(jdbc, clock).notifications(flagger, id)).contains("notice.decided");
        var again = http().bearer(host.token()).postJson("/api/v1/notices/" + id + "/decision",
                Map.of("measure", "REMOVED"));
        assertThat(again.status()).isEqualTo(422);

        String plain = submit(tenant(OrganisationKind.COMPETENT_AUTHORITY, "NL", "Politie"), NoticeFixture.notice(host,
                "DRUG_SALE_OFFER", NoticeFixture.unique("c"))).get("id").asString();
        var restricted = http().bearer(host.token()).postJson("/api/v1/notices/" + plain + "/decision", Map.of(
                "measure", "RESTRICTED", "ground", "INCOMPATIBLE_CONTENT", "groundText", "Community rules, section 4",
                "statement", STATEMENT));
        assertThat(restricted.status()).as(restricted.body()).isEqualTo(200);
        assertThat(restricted.json().get("statements").get(0).get("sourceType").asString())
                .isEqualTo("SOURCE_ARTICLE_16");
    }

    @Test
    void theCommissionLoadsItsListFromJsonAndEveryBadRowIsReported() {
        var flagger = hotline();
        var commission = tenant(OrganisationKind.COMMISSION, null, "Commission list");
        String json = """
                [{"name": "%s", "member_state": "NL", "areas_of_expertise": ["child-sexual-abuse"],
                  "organisation_id": "%s", "status": "AWARDED", "status_date": "2024-03-01"},
                 {"name": "Nowhere Watch", "member_state": "XX", "areas_of_expertise": ["drug-sales"],
                  "status": "AWARDED", "status_date": "2024-03-01"},
                 {"name": "Vague Watch", "member_state": "DE", "areas_of_expertise": ["everything"],
                  "status": "AWARDED", "status_date": "2024-03-01"}]
                """.formatted(flagger.organisation().name(), flagger.id());
        var report = http().bearer(commission.token()).post("/api/v1/trusted-flaggers", "application/json", json);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("rows").asInt()).isEqualTo(3);
        assertThat(report.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(report.json().get("errors").valueStream().map(e -> e.get("row").asInt() + ":"
                + e.get("column").asString()).toList()).containsExactly("2:member_state", "3:areas_of_expertise");
        assertThat(http().bearer(flagger.token()).get("/api/v1/trusted-flaggers").body())
                .contains(flagger.organisation().name()).doesNotContain("Vague Watch");

        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Not the Commission");
        assertThat(http().bearer(authority.token()).post("/api/v1/trusted-flaggers", "text/csv",
                NoticeFixture.listCsv(authority, "DE", "drug-sales")).status()).isEqualTo(403);
        var empty = http().bearer(commission.token()).post("/api/v1/trusted-flaggers", "text/csv", "name\n");
        assertThat(empty.status()).as("a file with no good row leaves the list as it was").isIn(200, 400);
        assertThat(http().bearer(flagger.token()).get("/api/v1/trusted-flaggers").body())
                .contains(flagger.organisation().name());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void pagesSendANoticeNameTheRefusedFieldByItsLabelAndLetTheProviderDecide() {
        var flagger = hotline();
        var host = provider("Page Host", "NL", "nl");
        var sender = http();
        sender.login(flagger.username(), PASSWORD);
        assertThat(sender.get("/notices/new").body()).contains("I believe in good faith").contains(host.organisation().name());
        String url = NoticeFixture.unique("page");
        String form = "providerId=" + host.id() + "&category=DRUG_SALE_OFFER&explanation=" + enc("Sells ecstasy pills")
                + "&language=nl&anonymous=on&goodFaith=on&items=" + enc(url);
        var refused = sender.postForm("/notices/new", "/notices", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Only a notice on child sexual abuse offences")
                .contains("Sells ecstasy pills").contains(url);
        var sent = sender.postForm("/notices/new", "/notices", form.replace("&anonymous=on", "")
                + "&notifierName=" + enc("J. de Vries") + "&notifierEmail=" + enc("jdv@hotline.example"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        String page = java.net.URI.create(sent.location()).getPath();
        assertThat(sender.follow(sent).body()).contains("Non-binding").contains(url);

        var provider = http();
        provider.login(host.username(), PASSWORD);
        assertThat(provider.get("/inbox").body()).contains(page);
        var shown = provider.get(page);
        assertThat(shown.body()).contains("J. de Vries").contains("measure-1");
        var decided = provider.postForm(page, page + "/decision", "measure-1=REMOVED&groundText="
                + enc("Opium Act, Art. 2") + "&contentTypes=TEXT&contentDate=2026-11-29");
        assertThat(decided.status()).as(decided.body()).isEqualTo(302);
        assertThat(provider.follow(decided).body()).contains("id=\"decision-1\">Removed").contains("SOURCE_ARTICLE_16").doesNotContain("name=\"measure-1\"");
    }
}
