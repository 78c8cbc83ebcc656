package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import eu.vigil.testing.Told;
import tools.jackson.databind.JsonNode;

/**
 * Information to content providers (Art. 11, issue 11 build 3 and defect 12) over real HTTP: the addressee records
 * when it informed the content provider, which opens the content provider's 48 hours to request scrutiny (Art. 4(4))
 * and tells the issuer and the host Member State's authority; the time is checked (not in the future, not before the
 * order was received) and informing is refused while non-disclosure is in force (Art. 11(3)); the provider is
 * reminded once when non-disclosure ends; Art. 11(2) requests are recorded and answered.
 */
class InformingContentProvidersIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    NonDisclosureEndReminders reminders;
    @Autowired
    JdbcClient jdbc;

    private Tenant issuer;
    private Tenant host;
    private Tenant hsp;

    private Tenant authority(String ms, AuthorityRole role) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(role),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "art11." + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A cross-border order from PT to a provider in HR, whose host authority scrutinises. */
    private String crossBorderOrder() {
        issuer = authority("PT", AuthorityRole.ISSUE);
        host = authority("HR", AuthorityRole.SCRUTINISE);
        hsp = provider("Zagreb Host", "HR", "hr", "en");
        return issue(OrderFixture.order(UUID.fromString(hsp.id()), "en", true, "https://zagreb.example/v/1"));
    }

    /** An order within one Member State (no Art. 4 scrutiny), with non-disclosure until {@code until} if not null. */
    private String domesticOrder(String ms, String language, LocalDate until) {
        issuer = authority(ms, AuthorityRole.ISSUE);
        hsp = provider("Art11 Host " + ms, ms, language);
        var base = OrderFixture.order(UUID.fromString(hsp.id()), language, true, "https://art11.example/" + ms);
        return issue(until == null ? base : OrderFixture.withNonDisclosure(base, until));
    }

    private String issue(IssueRequest request) {
        var r = as(issuer).postJson("/api/v1/removal-orders", request);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("order").get("id").asString();
    }

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private static String path(String id, String tail) {
        return "/api/v1/removal-orders/" + id + tail;
    }

    private Instant receivedAt(String id) {
        return Instant.parse(as(hsp).get(path(id, "")).json().get("order").get("receivedAt").asString());
    }

    private void removed(String id) {
        var done = as(hsp).postJson(path(id, "/feedback"), Map.of("items", List.of(
                Map.of("position", 1, "action", "REMOVED", "actionAt", receivedAt(id).plusSeconds(30).toString()))));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    private Http.Response inform(String id, Instant at) {
        return as(hsp).postJson(path(id, "/content-provider-information"),
                at == null ? Map.of("channel", "E_MAIL") : Map.of("channel", "E_MAIL", "informedAt", at.toString()));
    }

    private JsonNode record(Tenant t, String id) {
        var r = as(t).get(path(id, "/content-provider-information"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theInformationStartsTheContentProvidersFortyEightHoursAndTheIssuerAndHostAreTold() {
        String id = crossBorderOrder();
        clock.advance(Duration.ofMinutes(2));
        removed(id);
        assertThat(as(issuer).postJson(path(id, "/content-provider-information"), Map.of("channel", "E_MAIL")).status())
                .as("only the addressee informs its content provider").isEqualTo(403);
        Instant informedAt = clock.instant().minusSeconds(20).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        var r = as(hsp).postJson(path(id, "/content-provider-information"), Map.of("channel", "NOTICE_ON_SERVICE",
                "informedAt", informedAt.toString(), "note", "Notice shown in place of the video"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(Instant.parse(r.json().get("scrutinyRequestUntil").asString()))
                .isEqualTo(informedAt.plus(Duration.ofHours(48)));

        JsonNode seen = record(issuer, id);
        assertThat(seen.get("informed")).hasSize(1);
        assertThat(seen.get("informed").get(0).get("channel").asString()).isEqualTo("NOTICE_ON_SERVICE");
        assertThat(seen.get("nonDisclosureInForce").asBoolean()).isFalse();
        var told = new Told(jdbc, clock);
        assertThat(told.notifications(issuer, id)).contains(ContentProviderInformed.TYPE);
        assertThat(told.notifications(host, id)).contains(ContentProviderInformed.TYPE);
        assertThat(told.texts(host, ContentProviderInformed.TYPE, id)).singleElement().asString()
                .contains("may request scrutiny until " + informedAt.plus(Duration.ofHours(48)));
        assertThat(told.notifications(hsp, id)).as("authorities only").doesNotContain(ContentProviderInformed.TYPE);

        var again = inform(id, null);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("reason").asString()).isEqualTo("ALREADY_INFORMED");
        var item = as(hsp).postJson(path(id, "/content-provider-information"), Map.of("channel", "E_MAIL", "position", 1));
        assertThat(item.status()).as("the whole order was already informed").isEqualTo(422);
    }

    @Test
    void theInformationDateIsNeitherInTheFutureNorBeforeTheOrderWasReceived() {
        String id = domesticOrder("LV", "lv", null);
        clock.advance(Duration.ofMinutes(2));
        removed(id);

        var future = inform(id, clock.instant().plusSeconds(60));
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertThat(future.isProblem()).isTrue();
        assertThat(future.body()).contains("informedAt").contains("future");

        var early = inform(id, receivedAt(id).minusSeconds(1));
        assertThat(early.status()).as(early.body()).isEqualTo(400);
        assertThat(early.body()).contains("informedAt").contains("before the order was received");

        var noChannel = as(hsp).postJson(path(id, "/content-provider-information"), Map.of("note", "x"));
        assertThat(noChannel.status()).isEqualTo(400);
        assertThat(noChannel.body()).contains("channel");

        var ok = inform(id, null);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().has("scrutinyRequestUntil")).as("no Art. 4 scrutiny of a domestic order").isFalse();
    }

    @Test
    void nothingIsInformedOfBeforeTheRemoval() {
        String id = domesticOrder("EE", "et", null);
        var early = inform(id, null);
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.json().get("reason").asString()).isEqualTo("NOTHING_REMOVED");
    }

    @Test
    void informingIsRefusedWhileNonDisclosureIsInForceAndTheProviderIsRemindedOnceWhenItEnds() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String id = domesticOrder("LT", "lt", today.plusDays(1));
        var told = new Told(jdbc, clock);
        told.withWebhook(hsp);
        clock.advance(Duration.ofMinutes(2));
        removed(id);

        var silent = inform(id, null);
        assertThat(silent.status()).as(silent.body()).isEqualTo(409);
        assertThat(silent.isProblem()).isTrue();
        assertThat(silent.json().get("reason").asString()).isEqualTo("NON_DISCLOSURE_IN_FORCE");
        var request = as(hsp).postJson(path(id, "/content-provider-requests"), Map.of("asked", "COPY_OF_ORDER"));
        assertThat(request.status()).as("a request may arrive meanwhile").isEqualTo(201);
        String rid = request.json().get("id").asString();
        var answer = as(hsp).postJson(path(id, "/content-provider-requests/" + rid + "/answer"), Map.of());
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("reason").asString()).isEqualTo("NON_DISCLOSURE_IN_FORCE");
        assertThat(record(hsp, id).get("nonDisclosureInForce").asBoolean()).isTrue();

        Instant ends = today.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(Instant.parse(record(hsp, id).get("mayInformFrom").asString())).isEqualTo(ends);
        clock.advance(Duration.between(clock.instant(), ends).minusSeconds(1));
        reminders.remind();
        assertThat(told.notifications(hsp, id)).as("the end date itself is still silent")
                .doesNotContain(NonDisclosureEnded.TYPE);
        var lastSecond = inform(id, clock.instant());
        assertThat(lastSecond.status()).isEqualTo(409);

        clock.advance(Duration.ofSeconds(1));
        reminders.remind();
        reminders.remind();
        assertThat(told.notifications(hsp, id).stream().filter(NonDisclosureEnded.TYPE::equals)).hasSize(1);
        assertThat(told.webhooks(hsp, id).stream().filter(NonDisclosureEnded.TYPE::equals)).hasSize(1);
        assertThat(told.payloads(hsp, NonDisclosureEnded.TYPE, id)).singleElement().asString()
                .contains(today.plusDays(1).toString());
        assertThat(record(hsp, id).get("nonDisclosureEndReminderAt").isNull()).isFalse();

        assertThat(inform(id, ends.minusSeconds(1)).status()).as("informing on a silent day stays refused").isEqualTo(409);
        var informed = inform(id, ends);
        assertThat(informed.status()).as(informed.body()).isEqualTo(201);
        assertThat(as(hsp).postJson(path(id, "/content-provider-requests/" + rid + "/answer"), Map.of()).status())
                .isEqualTo(200);
        reminders.remind();
        assertThat(told.notifications(hsp, id).stream().filter(NonDisclosureEnded.TYPE::equals)).hasSize(1);
    }

    @Test
    void requestsForTheReasonsOrACopyAreRecordedAndAnsweredAndOpenOnesShown() {
        String id = domesticOrder("HR", "hr", null); // not MT: RegisterImportIntegrationTests needs MT without issuing authority
        clock.advance(Duration.ofMinutes(2));
        Instant received = receivedAt(id);
        String requests = path(id, "/content-provider-requests");

        var future = as(hsp).postJson(requests, Map.of("asked", "REASONS", "receivedAt", clock.instant().plusSeconds(5).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("receivedAt");
        var early = as(hsp).postJson(requests, Map.of("asked", "REASONS", "receivedAt", received.minusSeconds(5).toString()));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("receivedAt");
        assertThat(as(hsp).postJson(requests, Map.of("details", "why?")).body()).contains("asked");
        assertThat(as(issuer).postJson(requests, Map.of("asked", "REASONS")).status()).isEqualTo(403);

        Instant at = received.plusSeconds(60);
        var r = as(hsp).postJson(requests, Map.of("asked", "REASONS_AND_COPY", "receivedAt", at.toString(),
                "details", "Asked by e-mail for the reasons and a copy"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String rid = r.json().get("id").asString();
        assertThat(record(issuer, id).get("openRequests").asLong()).isEqualTo(1);

        String answer = path(id, "/content-provider-requests/" + rid + "/answer");
        var beforeRequest = as(hsp).postJson(answer, Map.of("answeredAt", at.minusSeconds(1).toString()));
        assertThat(beforeRequest.status()).isEqualTo(400);
        assertThat(beforeRequest.body()).contains("answeredAt");
        var answered = as(hsp).postJson(answer, Map.of("note", "Reasons and copy sent"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("answeredAt").isNull()).isFalse();
        var twice = as(hsp).postJson(answer, Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("reason").asString()).isEqualTo("REQUEST_ANSWERED");
        assertThat(record(hsp, id).get("openRequests").asLong()).isZero();
        assertThat(as(hsp).postJson(path(id, "/content-provider-requests/" + UUID.randomUUID() + "/answer"), Map.of())
                .status()).isEqualTo(404);
    }

    @Test
    void theOrderPageHasTheSectionAndOnlyTheAddresseeGetsTheForms() {
        String id = domesticOrder("SI", "sl", null);
        clock.advance(Duration.ofMinutes(2));
        removed(id);
        var page = http();
        page.login(hsp.username(), PASSWORD);
        assertThat(page.get("/orders/" + id).body()).contains("/orders/" + id + "/content-provider");
        String section = "/orders/" + id + "/content-provider";
        assertThat(page.get(section).body()).contains("cp-information").contains("content-provider-information");

        String future = clock.instant().plus(java.time.Duration.ofDays(2)).atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0).toString();
        var bad = page.postForm(section, "/orders/" + id + "/content-provider-information",
                "channel=E_MAIL&informedAt=" + future);
        assertThat(bad.location()).as("back to the section's page").endsWith(section);
        assertThat(page.follow(bad).body()).contains("cp-errors").contains(">Informed at (your local time, empty for now)</a>");
        var ok = page.postForm(section, "/orders/" + id + "/content-provider-information", "channel=POST&note=letter");
        assertThat(ok.status()).isEqualTo(302);
        assertThat(page.get(section).body()).contains("letter").doesNotContain("cp-errors");

        var issuerPage = http();
        issuerPage.login(issuer.username(), PASSWORD);
        assertThat(issuerPage.get(section).body()).contains("letter").doesNotContain("content-provider-requests\"");
    }
}
