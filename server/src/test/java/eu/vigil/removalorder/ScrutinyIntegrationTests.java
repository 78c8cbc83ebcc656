package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import eu.vigil.testing.Told;
import tools.jackson.databind.JsonNode;

/** Cross-border scrutiny with the clock moved across 48 h and 72 h (R16-R20). */
class ScrutinyIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DeadlineSweep sweep;
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Tenant issuer;
    private Tenant host;
    private Tenant hsp;

    private String crossBorderOrder() {
        var since = clock.instant().minus(Duration.ofDays(1));
        issuer = withUserAndToken(OrderFixture.authority(authorities, organisations, "LU", EnumSet.of(AuthorityRole.ISSUE), since),
                "lu.issuer." + java.util.UUID.randomUUID().toString().substring(0, 8));
        host = withUserAndToken(OrderFixture.authority(authorities, organisations, "SK", EnumSet.of(AuthorityRole.SCRUTINISE), since),
                "sk.scrutiny." + java.util.UUID.randomUUID().toString().substring(0, 8));
        hsp = provider("Bratislava Host", "SK", "sk", "en");
        var r = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(java.util.UUID.fromString(hsp.id()), "en", true));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private String path(String id, String tail) {
        return "/api/v1/removal-orders/" + id + tail;
    }

    @Test
    void providerRequestWithin48HoursThenDecisionWithNoticeWithin72Hours() {
        String id = crossBorderOrder();
        var europol = tenant(eu.vigil.identity.OrganisationKind.EUROPOL, null, "Europol R20");
        clock.advance(Duration.ofHours(47));
        var requested = as(hsp).postJson(path(id, "/scrutiny-request"), Map.of("reasons", "The video is news reporting"));
        assertThat(requested.status()).as(requested.body()).isEqualTo(200);
        JsonNode scrutiny = requested.json().get("scrutiny");
        Instant requestedAt = Instant.parse(scrutiny.get("requestedAt").asString());
        assertThat(Instant.parse(scrutiny.get("decisionDueAt").asString())).isEqualTo(requestedAt.plus(Duration.ofHours(72)));
        assertThat(as(hsp).postJson(path(id, "/scrutiny-request"), Map.of("reasons", "again")).status()).isEqualTo(422);

        var noNotice = as(host).postJson(path(id, "/scrutiny/decision"), Map.of("outcome", "INFRINGEMENT", "reasons", "x"));
        assertThat(noNotice.status()).isEqualTo(422);
        assertThat(noNotice.json().get("reason").asString()).isEqualTo("NOTICE_OF_INTENTION_MISSING");
        assertThat(as(issuer).postJson(path(id, "/scrutiny/notice-of-intention"), Map.of("notice", "x")).status())
                .as("only the host authority scrutinises").isEqualTo(403);

        clock.advance(Duration.ofHours(71));
        assertThat(as(host).postJson(path(id, "/scrutiny/notice-of-intention"),
                Map.of("notice", "We intend to find that the order infringes freedom of information.")).status()).isEqualTo(200);
        sweep.sweep();
        assertThat(as(host).get(path(id, "")).json().get("scrutinyDecisionOverdue").asBoolean()).isFalse();
        clock.advance(Duration.ofHours(1));
        sweep.sweep();
        assertThat(as(issuer).get(path(id, "")).json().get("scrutinyDecisionOverdue").asBoolean()).isTrue();
        assertThat(audit.trail("removal_order", id).stream().map(AuditRecord::action)).contains("scrutiny.decision_overdue");

        var decided = as(host).postJson(path(id, "/scrutiny/decision"),
                Map.of("outcome", "INFRINGEMENT", "reasons", "Journalistic reporting protected by Art. 1(3)."));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("order").get("state").asString()).isEqualTo("NO_LEGAL_EFFECT");
        Instant decidedAt = Instant.parse(decided.json().get("scrutiny").get("decidedAt").asString());
        assertThat(Instant.parse(decided.json().get("scrutiny").get("reinstatementDueAt").asString()))
                .isEqualTo(decidedAt.plus(Duration.ofHours(1)));
        assertThat(as(issuer).get(path(id, "")).json().get("order").get("state").asString()).isEqualTo("NO_LEGAL_EFFECT");
        assertThat(as(hsp).get("/api/v1/notifications").body()).contains("scrutiny.decided").contains("infringement found");
        assertThat(as(issuer).get("/api/v1/notifications").body()).contains("scrutiny.decided");
        String copyRecipient = as(issuer).get(path(id, "")).json().get("order").get("scrutinyCopy").get("authorityId").asString();
        assertThat(jdbc.sql("select count(*) from notification where organisation_id = ?::uuid and kind = 'removal_order.copied_to_host'"
                + " and subject_id = ?").params(copyRecipient, id).query(Integer.class).single())
                .as("the host Member State's scrutiny authority got the copy").isEqualTo(1);
        assertThat(as(europol).get("/api/v1/notifications").body()).as("R20: Europol is told").contains("scrutiny.decided")
                .contains(id);

        clock.advance(Duration.ofMinutes(61));
        sweep.sweep();
        assertThat(as(hsp).get(path(id, "")).json().get("reinstatementOverdue").asBoolean()).isTrue();
        assertThat(as(hsp).postJson(path(id, "/reinstatement"), "{}").status()).isEqualTo(200);
        assertThat(as(hsp).get(path(id, "")).json().get("reinstatementOverdue").asBoolean()).isFalse();
    }

    @Test
    void providerRequestAfter48HoursIsRejectedWithTheDeadline() {
        String id = crossBorderOrder();
        clock.advance(Duration.ofHours(48).plusSeconds(1));
        var late = as(hsp).postJson(path(id, "/scrutiny-request"), Map.of("reasons", "too late"));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("reason").asString()).isEqualTo("SCRUTINY_REQUEST_TOO_LATE");
        assertThat(late.json().get("detail").asString()).contains("48 hours");
    }

    @Test
    void ownInitiativeScrutinyOnlyWithinTheSeventyTwoHourWindow() {
        String id = crossBorderOrder();
        assertThat(as(host).get(path(id, "")).json().get("scrutinyWindowOpen").asBoolean()).isTrue();
        clock.advance(Duration.ofHours(72));
        assertThat(as(host).get(path(id, "")).json().get("scrutinyWindowOpen").asBoolean()).as("closed").isFalse();
        var late = as(host).postJson(path(id, "/scrutiny"), Map.of("initiatedBy", "OWN_INITIATIVE"));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("reason").asString()).isEqualTo("SCRUTINY_WINDOW_CLOSED");
    }

    @Test
    void ownInitiativeScrutinyWithoutInfringementLeavesTheOrderInForce() {
        String id = crossBorderOrder();
        clock.advance(Duration.ofHours(10));
        var started = as(host).postJson(path(id, "/scrutiny"), Map.of("initiatedBy", "OWN_INITIATIVE"));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        as(host).postJson(path(id, "/scrutiny/notice-of-intention"), Map.of("notice", "No infringement intended."));
        var decided = as(host).postJson(path(id, "/scrutiny/decision"), Map.of("outcome", "NO_INFRINGEMENT",
                "reasons", "The content is terrorist content under Art. 2(7)(a)."));
        assertThat(decided.json().get("order").get("state").asString()).isNotEqualTo("NO_LEGAL_EFFECT");
    }

    @Test
    void aScrutinyStartedOnAProvidersRequestReachesTheIssuerAndTheHostAuthority() {
        String id = crossBorderOrder();
        var told = new Told(jdbc, clock);
        assertThat(as(hsp).postJson(path(id, "/scrutiny-request"), Map.of("reasons", "Satire, not incitement")).status())
                .isEqualTo(200);
        assertThat(told.notifications(host, id)).contains("scrutiny.started");
        assertThat(told.texts(issuer, "scrutiny.started", id)).singleElement().asString().contains("request of the provider");
        assertThat(told.notifications(hsp, id)).as("the requester is not told of its own request")
                .doesNotContain("scrutiny.started");
    }

    @Test
    void anOwnInitiativeScrutinyAndItsNoticeReachTheOtherParties() {
        String id = crossBorderOrder();
        var told = new Told(jdbc, clock);
        told.withWebhook(hsp);
        assertThat(as(host).postJson(path(id, "/scrutiny"), Map.of("initiatedBy", "OWN_INITIATIVE")).status()).isEqualTo(200);
        assertThat(told.notifications(hsp, id)).contains("scrutiny.started");
        assertThat(told.webhooks(hsp, id)).contains("scrutiny.started");
        assertThat(told.payloads(hsp, "scrutiny.started", id)).singleElement().asString()
                .contains("\"initiatedBy\":\"OWN_INITIATIVE\"").contains("\"href\":\"/api/v1/removal-orders/" + id);
        assertThat(told.notifications(issuer, id)).contains("scrutiny.started");

        as(host).postJson(path(id, "/scrutiny/notice-of-intention"), Map.of("notice", "We intend to find no infringement."));
        assertThat(told.texts(issuer, "scrutiny.notice_of_intention", id)).singleElement().asString()
                .contains("We intend to find no infringement.");
    }

    @Test
    void aDecisionWithoutInfringementStillReachesTheProviderTheIssuerAndEuropol() {
        String id = crossBorderOrder();
        var europol = tenant(eu.vigil.identity.OrganisationKind.EUROPOL, null, "Europol Art 4(6)");
        var told = new Told(jdbc, clock);
        told.withWebhook(hsp);
        as(host).postJson(path(id, "/scrutiny"), Map.of("initiatedBy", "OWN_INITIATIVE"));
        as(host).postJson(path(id, "/scrutiny/notice-of-intention"), Map.of("notice", "No infringement intended."));
        assertThat(as(host).postJson(path(id, "/scrutiny/decision"), Map.of("outcome", "NO_INFRINGEMENT",
                "reasons", "Terrorist content under Art. 2(7)(a).")).status()).isEqualTo(200);

        assertThat(told.texts(hsp, "scrutiny.decided", id)).singleElement().asString().contains("no infringement");
        assertThat(told.payloads(hsp, "scrutiny.decided", id)).singleElement().asString()
                .contains("\"outcome\":\"NO_INFRINGEMENT\"");
        assertThat(told.notifications(issuer, id)).contains("scrutiny.decided");
        assertThat(told.notifications(europol, id)).as("Art. 4(6) and 14: Europol, whatever the outcome")
                .containsExactly("scrutiny.decided");
        assertThat(told.notifications(host, id)).doesNotContain("scrutiny.decided");
    }

    @Test
    void theProvidersAndAContentProvidersOwnRequestsJoinAnOwnInitiativeScrutinyAndAreAnsweredByItsDecision() {
        String id = crossBorderOrder();
        var told = new Told(jdbc, clock);
        clock.advance(Duration.ofHours(10));
        assertThat(as(host).postJson(path(id, "/scrutiny"), Map.of("initiatedBy", "OWN_INITIATIVE")).status()).isEqualTo(200);
        clock.advance(Duration.ofHours(20));

        var joined = as(hsp).postJson(path(id, "/scrutiny-request"), Map.of("reasons", "Documentary about the attack"));
        assertThat(joined.status()).as("defect 8: no SCRUTINY_EXISTS " + joined.body()).isEqualTo(200);
        JsonNode scrutiny = joined.json().get("scrutiny");
        assertThat(scrutiny.get("initiatedBy").asString()).isEqualTo("OWN_INITIATIVE");
        JsonNode request = scrutiny.get("joinedRequests").get(0);
        assertThat(request.get("party").asString()).isEqualTo("PROVIDER");
        assertThat(request.get("reasons").asString()).isEqualTo("Documentary about the attack");
        Instant requestedAt = Instant.parse(request.get("requestedAt").asString());
        assertThat(Instant.parse(scrutiny.get("decisionDueAt").asString()))
                .as("Art. 4(4): 72 hours after the request, later than the own-initiative window")
                .isEqualTo(requestedAt.plus(Duration.ofHours(72)));
        assertThat(told.texts(host, "scrutiny.request_joined", id)).singleElement().asString().contains("request of the provider");
        assertThat(told.notifications(issuer, id)).contains("scrutiny.request_joined");

        var again = as(hsp).postJson(path(id, "/scrutiny-request"), Map.of("reasons", "again"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("reason").asString()).isEqualTo("SCRUTINY_ALREADY_REQUESTED");

        clock.advance(Duration.ofMinutes(5));
        var contentProvider = as(host).postJson(path(id, "/scrutiny"), Map.of("initiatedBy", "CONTENT_PROVIDER",
                "reasons", "I am the journalist who made it", "contentProviderInformedAt", clock.instant().toString()));
        assertThat(contentProvider.status()).as(contentProvider.body()).isEqualTo(200);
        assertThat(contentProvider.json().get("scrutiny").get("joinedRequests").get(1).get("party").asString())
                .isEqualTo("CONTENT_PROVIDER");
        assertThat(told.notifications(hsp, id)).contains("scrutiny.request_joined");

        Http page = http();
        page.login(hsp.username(), PASSWORD);
        assertThat(page.get("/orders/" + id).body()).contains("joined-request").contains("Documentary about the attack")
                .doesNotContain("id=\"join-scrutiny\"");

        as(host).postJson(path(id, "/scrutiny/notice-of-intention"), Map.of("notice", "No infringement intended."));
        assertThat(as(host).postJson(path(id, "/scrutiny/decision"), Map.of("outcome", "NO_INFRINGEMENT",
                "reasons", "Propaganda, not reporting.")).status()).isEqualTo(200);
        assertThat(told.notifications(hsp, id)).as("the requester gets the answer").contains("scrutiny.decided");
        var afterDecision = as(host).postJson(path(id, "/scrutiny"), Map.of("initiatedBy", "CONTENT_PROVIDER",
                "reasons", "late", "contentProviderInformedAt", clock.instant().toString()));
        assertThat(afterDecision.json().get("reason").asString()).isEqualTo("SCRUTINY_DECIDED");
    }

    @Test
    void domesticOrdersAreNotScrutinised() {
        var since = clock.instant().minus(Duration.ofDays(1));
        var domestic = withUserAndToken(OrderFixture.authority(authorities, organisations, "SI", EnumSet.of(AuthorityRole.ISSUE,
                AuthorityRole.SCRUTINISE), since), "si.both." + java.util.UUID.randomUUID().toString().substring(0, 8));
        var local = provider("Ljubljana Host", "SI", "sl");
        String id = as(domestic).postJson("/api/v1/removal-orders", OrderFixture.order(java.util.UUID.fromString(local.id()),
                "sl", true)).json().get("order").get("id").asString();
        var r = as(local).postJson(path(id, "/scrutiny-request"), Map.of("reasons", "x"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("reason").asString()).isEqualTo("NOT_CROSS_BORDER");
    }
}
