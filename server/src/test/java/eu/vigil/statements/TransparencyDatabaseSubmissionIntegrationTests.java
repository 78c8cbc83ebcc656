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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import eu.vigil.audit.AuditLog;
import eu.vigil.audit.AuditRecord;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.IssueRequest;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * R47: ready statements of reasons reach the DSA Transparency Database (a local server keeping its contract) exactly
 * once, in batches of at most 100, only a 201 counting as stored; 503s, timeouts, a stopped server and a refused token
 * are retried without loss; a 422 rejects the statements it names until a person fixes them; two senders never send
 * the same statement twice.
 */
class TransparencyDatabaseSubmissionIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    AuditLog audit;
    @Autowired
    TransparencyDatabaseSender sender;
    @Autowired
    TransparencyDatabaseSubmissions submissions;
    @Autowired
    TransparencyDatabaseConnections connections;
    @Autowired
    StatementsOfReasons statements;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    private final List<TransparencyDatabaseTestServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(TransparencyDatabaseTestServer::close);
    }

    private TransparencyDatabaseTestServer server(String token) throws Exception {
        var s = new TransparencyDatabaseTestServer(token);
        servers.add(s);
        return s;
    }

    private Tenant issuer(String ms) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        return withUserAndToken(org, "tdb." + org.id().toString().substring(0, 8));
    }

    /** An order of {@code n} items to the provider, all removed, with their statements drafted (all ready). */
    private String orderWithStatements(Tenant issuer, Tenant hsp, String language, int n, IssueRequest request) {
        var issued = http().bearer(issuer.token()).postJson("/api/v1/removal-orders", request);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String order = issued.json().get("order").get("id").asString();
        List<Map<String, Object>> items = new ArrayList<>();
        IntStream.rangeClosed(1, n).forEach(i -> items.add(Map.of("position", i, "action", "REMOVED",
                "actionAt", clock.instant().toString())));
        var fed = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + order + "/feedback",
                Map.of("items", items, "authorisedPerson", "Trust & Safety lead"));
        assertThat(fed.status()).as(fed.body()).isEqualTo(200);
        var drafted = http().bearer(hsp.token()).postJson("/api/v1/removal-orders/" + order + "/statements-of-reasons",
                Map.of("contentTypes", List.of("VIDEO"), "contentDate", "2026-01-15", "decisionFacts",
                        "Removed under the removal order."));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        assertThat(drafted.json().findValuesAsString("state")).hasSize(n).containsOnly("READY");
        return order;
    }

    private String orderWithStatements(Tenant issuer, Tenant hsp, String language, int n) {
        String[] urls = IntStream.rangeClosed(1, n).mapToObj(i -> "https://" + language + ".example/v/" + i)
                .toArray(String[]::new);
        return orderWithStatements(issuer, hsp, language, n,
                OrderFixture.order(UUID.fromString(hsp.id()), language, true, urls));
    }

    private void connect(Tenant hsp, TransparencyDatabaseTestServer server, String token) {
        var r = http().bearer(hsp.token()).putJson("/api/v1/statements-of-reasons/transparency-database",
                Map.of("baseUrl", server.baseUrl() + "/", "token", token));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private List<Submission> of(Tenant hsp) {
        return submissions.list(hsp.admin(), Optional.empty(), Optional.empty());
    }

    private Map<String, Submission> byPuid(Tenant hsp) {
        return of(hsp).stream().collect(Collectors.toMap(Submission::puid, s -> s));
    }

    @Test
    void everyStatementIsStoredExactlyOnceAcrossA503PeriodAndARestartInBatchesOfAtMost100() throws Exception {
        var issuer = issuer("BE");
        var hsp = provider("Brussels Tube", "BE", "nl");
        String token = "tdb-" + UUID.randomUUID();
        var tdb = server(token);
        String order = orderWithStatements(issuer, hsp, "nl", 135);
        connect(hsp, tdb, token);

        tdb.mode(TransparencyDatabaseTestServer.Mode.UNAVAILABLE);
        sender.sendDue();
        assertThat(of(hsp)).hasSize(135).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(SubmissionState.QUEUED);
            assertThat(s.attempts()).isEqualTo(1);
            assertThat(s.lastStatus()).isEqualTo(503);
            assertThat(s.lastError()).contains("HTTP 503");
            assertThat(s.nextAttemptAt()).isEqualTo(s.lastAttemptAt().plus(Duration.ofSeconds(30)));
        });
        assertThat(tdb.stored()).isEmpty();
        sender.sendDue();
        assertThat(tdb.received()).as("nothing is due before the backoff ends").hasSize(2);

        tdb.stop();
        clock.advance(Duration.ofSeconds(31));
        sender.sendDue();
        assertThat(of(hsp)).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(SubmissionState.QUEUED);
            assertThat(s.attempts()).isEqualTo(2);
            assertThat(s.lastStatus()).isNull();
            assertThat(s.lastError()).startsWith("no answer");
        });

        tdb.start();
        tdb.mode(TransparencyDatabaseTestServer.Mode.NORMAL);
        clock.advance(Duration.ofSeconds(61));
        sender.sendDue();
        Map<String, Submission> done = byPuid(hsp);
        assertThat(done).hasSize(135);
        assertThat(done.values()).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(SubmissionState.SUBMITTED);
            assertThat(s.uuid()).isEqualTo(tdb.stored().get(s.puid()).uuid());
            assertThat(s.permalink()).contains("/statement/");
            assertThat(s.lastError()).isNull();
        });
        assertThat(tdb.storeCounts()).hasSize(135).allSatisfy((puid, count) -> assertThat(count).isEqualTo(1));
        assertThat(tdb.storeCounts().keySet()).allSatisfy(p -> assertThat(p).startsWith("vigil-" + order + "-"));
        var created = tdb.received().stream().filter(r -> r.status() == 201).toList();
        assertThat(created).hasSizeGreaterThanOrEqualTo(2);
        assertThat(tdb.received()).allSatisfy(r -> assertThat(r.puids()).hasSizeLessThanOrEqualTo(100));
        assertThat(created.stream().mapToInt(r -> r.puids().size()).sum()).isEqualTo(135);

        int requests = tdb.received().size();
        clock.advance(Duration.ofHours(2));
        sender.sendDue();
        assertThat(tdb.received()).as("nothing is sent twice").hasSize(requests);

        UUID batch = done.values().iterator().next().batchId();
        assertThat(audit.trail("statement_submission_batch", batch.toString())).extracting(AuditRecord::action)
                .containsExactly(SubmissionAnswered.SUBMITTED);
        var api = http().bearer(hsp.token());
        JsonNode listed = api.get("/api/v1/statements-of-reasons/submissions?state=SUBMITTED&size=500").json();
        assertThat(listed).hasSize(135);
        JsonNode one = api.get("/api/v1/statements-of-reasons/" + listed.get(0).get("statementId").asString()
                + "/submission").json();
        assertThat(one.get("uuid").asString()).isEqualTo(tdb.stored().get(one.get("puid").asString()).uuid());
        assertThat(one.get("attempts").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/statements-of-reasons/submissions?batch=" + batch).json().size()).isBetween(1, 100);
        assertThat(api.get("/api/v1/statements-of-reasons/submissions?state=SENT").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/statements-of-reasons/exports", "application/json", "").body())
                .as("submitted statements are not exported by hand as well").contains("NOTHING_TO_EXPORT");
        var page = http();
        page.login(hsp.username(), PASSWORD);
        assertThat(page.get("/statements").body()).contains(one.get("uuid").asString()).contains("submitted");
    }

    @Test
    void aTimeoutIsRetriedAndALostAnswerIsRecordedFromTheDuplicateAnswerSoEachStatementIsStoredOnce() throws Exception {
        var issuer = issuer("NL");
        var hsp = provider("Utrecht Clips", "NL", "nl");
        String token = "tdb-" + UUID.randomUUID();
        var tdb = server(token);
        orderWithStatements(issuer, hsp, "nl", 3);
        connect(hsp, tdb, token);

        tdb.mode(TransparencyDatabaseTestServer.Mode.HANG);
        sender.sendDue();
        assertThat(of(hsp)).hasSize(3).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(SubmissionState.QUEUED);
            assertThat(s.lastError()).contains("timeout");
        });
        assertThat(tdb.stored()).isEmpty();

        // the database stores the batch but its answer never arrives: a crash between sending and recording looks the same
        tdb.mode(TransparencyDatabaseTestServer.Mode.STORE_THEN_HANG);
        clock.advance(Duration.ofSeconds(31));
        sender.sendDue();
        assertThat(tdb.stored()).hasSize(3);
        assertThat(of(hsp)).allSatisfy(s -> assertThat(s.state()).isEqualTo(SubmissionState.QUEUED));

        tdb.mode(TransparencyDatabaseTestServer.Mode.NORMAL);
        clock.advance(Duration.ofSeconds(61));
        sender.sendDue();
        assertThat(of(hsp)).hasSize(3).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(SubmissionState.SUBMITTED);
            assertThat(s.uuid()).isEqualTo(tdb.stored().get(s.puid()).uuid());
            assertThat(s.lastError()).contains("duplicate puid");
        });
        assertThat(tdb.storeCounts()).hasSize(3).allSatisfy((puid, count) -> assertThat(count).isEqualTo(1));
        assertThat(tdb.received()).extracting(TransparencyDatabaseTestServer.Received::status).contains(422)
                .doesNotContain(201);
    }

    @Test
    void aStatementTheDatabaseRefusesIsRejectedWithItsErrorsUntilAPersonFixesIt() throws Exception {
        var issuer = issuer("LU");
        var hsp = provider("Luxembourg Stream", "LU", "fr");
        String token = "tdb-" + UUID.randomUUID();
        var tdb = server(token);
        String order = orderWithStatements(issuer, hsp, "fr", 3);
        // a statement the database's rules refuse (an older draft without facts, say): its facts are missing
        String broken = "vigil-" + order + "-2";
        String payload = jdbc.sql("select payload from statement_of_reasons where puid = ?").param(broken)
                .query(String.class).single();
        Map<String, Object> withoutFacts = new LinkedHashMap<>(JSON.readValue(payload, Map.class));
        withoutFacts.remove("decision_facts");
        jdbc.sql("update statement_of_reasons set payload = ? where puid = ?")
                .params(JSON.writeValueAsString(withoutFacts), broken).update();
        connect(hsp, tdb, token);

        sender.sendDue();
        Map<String, Submission> after = byPuid(hsp);
        assertThat(after.get(broken).state()).isEqualTo(SubmissionState.REJECTED);
        assertThat(after.get(broken).lastStatus()).isEqualTo(422);
        assertThat(after.get(broken).lastError()).contains("decision_facts").contains("required");
        assertThat(after.values()).filteredOn(s -> !s.puid().equals(broken))
                .allSatisfy(s -> assertThat(s.state()).isEqualTo(SubmissionState.SUBMITTED));
        assertThat(tdb.stored()).hasSize(2).doesNotContainKey(broken);
        assertThat(audit.trail("statement_submission_batch", after.get(broken).batchId().toString()))
                .extracting(AuditRecord::action).containsExactly(SubmissionAnswered.REJECTED);
        var page = http();
        page.login(hsp.username(), PASSWORD);
        assertThat(page.get("/statements").body()).contains("rejected").contains("The decision facts field is required.");

        clock.advance(Duration.ofHours(2));
        sender.sendDue();
        assertThat(byPuid(hsp).get(broken).state()).as("a rejected statement waits for a person").isEqualTo(SubmissionState.REJECTED);

        String id = after.get(broken).statementId().toString();
        var fixed = http().bearer(hsp.token()).postJson("/api/v1/statements-of-reasons/" + id + "/review",
                Map.of("decisionFacts", "Removed under the removal order."));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(byPuid(hsp).get(broken).state()).isEqualTo(SubmissionState.QUEUED);
        sender.sendDue();
        assertThat(byPuid(hsp).get(broken).state()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(byPuid(hsp).get(broken).uuid()).isEqualTo(tdb.stored().get(broken).uuid());
        var late = http().bearer(hsp.token()).postJson("/api/v1/statements-of-reasons/" + id + "/review",
                Map.of("decisionFacts", "late edit"));
        assertThat(late.body()).contains("ALREADY_SUBMITTED");
    }

    @Test
    void aRefusedTokenKeepsTheStatementsQueuedAndOnlyTheProvidersAdministratorSetsTheConnection() throws Exception {
        var issuer = issuer("AT");
        var hsp = provider("Graz Video", "AT", "de");
        String token = "tdb-" + UUID.randomUUID();
        var tdb = server(token);
        String path = "/api/v1/statements-of-reasons/transparency-database";
        var api = http().bearer(hsp.token());
        assertThat(api.get(path).status()).isEqualTo(404);

        var bad = api.putJson(path, Map.of("baseUrl", "ftp://tdb.example", "token", " "));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("baseUrl", "token");
        assertThat(api.putJson(path, Map.of("baseUrl", "https://user:pw@tdb.example", "token", "x")).body())
                .contains("baseUrl");
        for (String internal : List.of("https://169.254.169.254", "http://10.0.0.5:8080", "https://[::1]",
                "https://192.168.1.1")) {
            var refused = api.putJson(path, Map.of("baseUrl", internal, "token", "a-good-token-1234"));
            assertThat(refused.status()).as(internal + " is not a public address (ADR 0017)").isEqualTo(400);
            assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("baseUrl");
        }
        assertThat(api.get(path).status()).as("nothing stored").isEqualTo(404);
        assertThat(http().bearer(issuer.token()).putJson(path, Map.of("baseUrl", tdb.baseUrl(), "token", token)).status())
                .as("not a provider").isEqualTo(403);
        String operator = tokens.issue(hsp.admin(), hsp.organisation().id(), "operator",
                Set.of(eu.vigil.identity.Role.OPERATOR), null).token();
        assertThat(http().bearer(operator).putJson(path, Map.of("baseUrl", tdb.baseUrl(), "token", token)).status())
                .as("an operator is not an administrator").isEqualTo(403);

        orderWithStatements(issuer, hsp, "de", 2);
        var set = api.putJson(path, Map.of("baseUrl", tdb.baseUrl(), "token", "wrong-token-0000"));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("tokenSet").asBoolean()).isTrue();
        assertThat(set.json().get("tokenEnding").asString()).isEqualTo("0000");
        assertThat(set.body()).doesNotContain("wrong-token");
        assertThat(api.get(path).body()).doesNotContain("wrong-token");

        sender.sendDue();
        assertThat(of(hsp)).hasSize(2).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(SubmissionState.QUEUED);
            assertThat(s.lastStatus()).isEqualTo(401);
            assertThat(s.lastError()).contains("token");
        });
        assertThat(tdb.stored()).isEmpty();

        connect(hsp, tdb, token);
        clock.advance(Duration.ofSeconds(31));
        sender.sendDue();
        assertThat(of(hsp)).allSatisfy(s -> assertThat(s.state()).isEqualTo(SubmissionState.SUBMITTED));
        assertThat(tdb.stored()).hasSize(2);
        assertThat(audit.trail("tdb_connection", hsp.id()).toString()).doesNotContain(token).doesNotContain("wrong-token");
    }

    @Test
    void statementsOfAnOrderUnderNonDisclosureAreNotSubmittedUntilItEnds() throws Exception {
        var issuer = issuer("IE");
        var hsp = provider("Cork Pics", "IE", "en");
        String token = "tdb-" + UUID.randomUUID();
        var tdb = server(token);
        LocalDate until = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(10);
        orderWithStatements(issuer, hsp, "en", 1, OrderFixture.withNonDisclosure(
                OrderFixture.order(UUID.fromString(hsp.id()), "en", true, "https://en.example/secret"), until));
        String open = orderWithStatements(issuer, hsp, "en", 1);
        connect(hsp, tdb, token);
        sender.sendDue();
        assertThat(of(hsp)).extracting(Submission::puid).containsExactly("vigil-" + open + "-1");
        assertThat(tdb.stored()).containsOnlyKeys("vigil-" + open + "-1");

        clock.advance(Duration.ofDays(11));
        sender.sendDue();
        assertThat(of(hsp)).hasSize(2).allSatisfy(s -> assertThat(s.state()).isEqualTo(SubmissionState.SUBMITTED));
    }

    @Test
    void twoSendersRunningAtOnceNeverSendTheSameStatementTwice() throws Exception {
        var issuer = issuer("DK");
        var hsp = provider("Aarhus Share", "DK", "da");
        String token = "tdb-" + UUID.randomUUID();
        var tdb = server(token);
        orderWithStatements(issuer, hsp, "da", 230);
        connect(hsp, tdb, token);
        tdb.delay(Duration.ofMillis(300));
        var second = new TransparencyDatabaseSender(jdbc, clock, tx, events, statements, connections, Duration.ofSeconds(2));

        var a = CompletableFuture.supplyAsync(sender::sendDue);
        var b = CompletableFuture.supplyAsync(second::sendDue);
        int posted = a.join() + b.join();
        assertThat(posted).isGreaterThanOrEqualTo(3);

        assertThat(of(hsp)).hasSize(230).allSatisfy(s -> assertThat(s.state()).isEqualTo(SubmissionState.SUBMITTED));
        Map<String, Long> sent = tdb.received().stream().flatMap(r -> r.puids().stream())
                .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        assertThat(sent).hasSize(230).allSatisfy((puid, times) -> assertThat(times).as(puid).isEqualTo(1L));
        assertThat(tdb.received()).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
    }

    @Test
    void theProviderSetsTheConnectionOnItsPageAndARefusedFormKeepsWhatWasTyped() throws Exception {
        var hsp = provider("Aalborg Forum", "DK", "da");
        var page = http();
        page.login(hsp.username(), PASSWORD);
        assertThat(page.get("/statements").body()).contains("id=\"tdb-form\"").contains("not connected");

        var refused = page.postForm("/statements", "/statements/transparency-database",
                "baseUrl=gopher%3A%2F%2Ftdb.example%2Fapi&tokenSecret=");
        assertThat(refused.status()).isEqualTo(302);
        String shown = page.follow(refused).body();
        assertThat(shown).as("the fields named by their labels, the typed address kept")
                .contains("<a href=\"#baseUrl\">Address of the Transparency Database</a>: an https://")
                .contains("<a href=\"#tokenSecret\">API token</a>: enter the API token the database issued")
                .contains("value=\"gopher://tdb.example/api\"");
        var typedToken = page.postForm("/statements", "/statements/transparency-database",
                "baseUrl=ftp%3A%2F%2Ftdb.example&tokenSecret=typed-secret-1234");
        assertThat(page.follow(typedToken).body()).as("a typed token is never shown back").doesNotContain("typed-secret")
                .contains("value=\"ftp://tdb.example\"");

        var saved = page.postForm("/statements", "/statements/transparency-database",
                "baseUrl=http%3A%2F%2F127.0.0.1%3A9&tokenSecret=page-token-secret-9876");
        assertThat(saved.status()).isEqualTo(302);
        String html = page.get("/statements").body();
        // 127.0.0.1 is the one address tests allow besides the public internet (vigil.webhooks.allowed-destinations)
        assertThat(html).contains("http://127.0.0.1:9").contains("9876").doesNotContain("page-token-secret");
        assertThat(connections.of(hsp.admin()).orElseThrow().baseUrl()).isEqualTo("http://127.0.0.1:9");
    }
}
