package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/** Build 7: an issuing request sent twice (retry, double submit, two clients) makes one order with one clock. */
class IdempotentIssuingIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    DataSource dataSource;

    private Tenant issuer(String ms) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "officer." + org.id().toString().substring(0, 8));
    }

    private Http as(Tenant t, String key) {
        Http http = http().bearer(t.token());
        return key == null ? http : http.header("Idempotency-Key", key);
    }

    private int ordersTo(Tenant provider) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from removal_order where provider_id = ?::uuid",
                Integer.class, provider.id());
    }

    @Test
    void theSameKeyWithTheSameRequestAnswersTheFirstOrderAgain() {
        var issuer = issuer("DE");
        var hsp = provider("Retry Host", "DE", "de");
        String key = UUID.randomUUID().toString();
        var first = as(issuer, key).postJson("/api/v1/removal-orders", OrderFixture.order(UUID.fromString(hsp.id()), "de", true));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        clock.advance(Duration.ofMinutes(3));
        var again = as(issuer, key).postJson("/api/v1/removal-orders", OrderFixture.order(UUID.fromString(hsp.id()), "de", true));

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.location()).isEqualTo(first.location()).endsWith(first.json().get("order").get("id").asString());
        assertThat(again.json().get("order").get("id").asString()).isEqualTo(first.json().get("order").get("id").asString());
        assertThat(again.json().get("dueAt").asString()).as("one clock").isEqualTo(first.json().get("dueAt").asString());
        assertThat(ordersTo(hsp)).isEqualTo(1);
        // Without a key the same request is a new order, as before.
        var unkeyed = as(issuer, null).postJson("/api/v1/removal-orders", OrderFixture.order(UUID.fromString(hsp.id()), "de", true));
        assertThat(unkeyed.status()).isEqualTo(201);
        assertThat(ordersTo(hsp)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndLinksTheFirstOrder() {
        var issuer = issuer("DE");
        var hsp = provider("Reuse Host", "DE", "de");
        String key = "case-4711-order";
        var first = as(issuer, key).postJson("/api/v1/removal-orders", OrderFixture.order(UUID.fromString(hsp.id()), "de", true));
        var other = as(issuer, key).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "de", true, "https://video.example/watch?v=other"));

        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.isProblem()).isTrue();
        assertThat(other.json().get("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(other.json().get("existing").asString()).isEqualTo(first.location());
        assertThat(ordersTo(hsp)).isEqualTo(1);
        // Keys belong to the issuing organisation: another authority's key of the same text is its own.
        var elsewhere = as(issuer("DE"), key).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "de", true, "https://video.example/watch?v=other"));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(201);
        assertThat(ordersTo(hsp)).isEqualTo(2);
    }

    @Test
    void aRefusedRequestGivesItsKeyBackForTheCorrectedOne() {
        var issuer = issuer("DE");
        var hsp = provider("First Contact Host", "DE", "de");
        String key = UUID.randomUUID().toString();
        var refused = as(issuer, key).postJson("/api/v1/removal-orders", OrderFixture.order(UUID.fromString(hsp.id()), "de", false));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("reason").asString()).isEqualTo("PRIOR_INFORMATION_MISSING");
        var corrected = as(issuer, key).postJson("/api/v1/removal-orders", OrderFixture.order(UUID.fromString(hsp.id()), "de", true));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        var malformed = as(issuer, "spaces are not allowed").postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "de", true));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void parallelRequestsWithOneKeyMakeExactlyOneOrder() throws Exception {
        var issuer = issuer("DE");
        var hsp = provider("Parallel Host", "DE", "de");
        String key = UUID.randomUUID().toString();
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Callable<Http.Response> call = () -> {
                    start.await();
                    return as(issuer, key).postJson("/api/v1/removal-orders",
                            OrderFixture.order(UUID.fromString(hsp.id()), "de", true));
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Http.Response> f : answers) {
                Http.Response r = f.get();
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                ids.add(r.json().get("order").get("id").asString());
            }
            assertThat(ids).hasSize(n).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(ordersTo(hsp)).isEqualTo(1);
    }

    @Test
    void aReusedReferenceAnswers409WithALinkToTheExistingOrder() {
        var issuer = issuer("DE");
        var hsp = provider("Reference Host", "DE", "de");
        IssueRequest b = OrderFixture.order(UUID.fromString(hsp.id()), "de", true);
        IssueRequest withReference = new IssueRequest(b.orderType(), b.providerId(), b.language(), b.items(), b.reasons(),
                b.statementOfReasons(), b.representativeName(), b.representativePost(), b.fileNumber(), b.redressBody(),
                b.redressDeadline(), false, null, true, b.emergencyJustification(), false, null, "AZ-2026/17", null);
        var first = as(issuer, null).postJson("/api/v1/removal-orders", withReference);
        var again = as(issuer, null).postJson("/api/v1/removal-orders", withReference);

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).endsWith("/reference-already-used");
        assertThat(again.json().get("reason").asString()).isEqualTo("REFERENCE_ALREADY_USED");
        assertThat(again.json().get("existing").asString()).isEqualTo(first.location());
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(ordersTo(hsp)).isEqualTo(1);
    }

    @Test
    void aDoubleSubmitOfTheIssuingFormMakesOneOrder() {
        var issuer = issuer("DE");
        var hsp = provider("Double Click Host", "DE", "de");
        Http browser = http();
        browser.login(issuer.username(), PASSWORD);
        String page = browser.get("/orders/new").body();
        var token = java.util.regex.Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("hidden submit token").isTrue();
        String form = "orderType=TCO_REMOVAL&providerId=" + hsp.id() + "&language=de&urls=" + enc("https://video.example/v/1")
                + "&reasons=INCITEMENT&statementOfReasons=" + enc("The video glorifies the attack and calls for more.")
                + "&representativeName=" + enc("Anna Schmidt") + "&representativePost=" + enc("Head of unit")
                + "&redressBody=" + enc("Verwaltungsgericht Wiesbaden") + "&redressDeadline=" + enc("one month")
                + "&emergency=true&emergencyJustification=" + enc("Attack announced for tonight")
                + "&idempotencyKey=" + enc(token.group(1)) + "&_csrf=" + enc(Http.csrf(page));

        var first = browser.post("/orders/new", "application/x-www-form-urlencoded", form);
        var second = browser.post("/orders/new", "application/x-www-form-urlencoded", form);

        assertThat(first.status()).as(first.body()).isEqualTo(302);
        assertThat(first.location()).matches(".*/orders/[0-9a-f-]{36}$");
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(ordersTo(hsp)).isEqualTo(1);
        // A new empty form gets a new token.
        assertThat(browser.get("/orders/new").body()).doesNotContain(token.group(1));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
