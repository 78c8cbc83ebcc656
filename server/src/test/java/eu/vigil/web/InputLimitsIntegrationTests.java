package eu.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.shared.Limits;
import eu.vigil.testing.IntegrationTest;

/**
 * ADR 0020: every free-text field of the API's request bodies has a length limit, lists a count limit, named in
 * a 400 problem; bodies above the cap are refused with 413 before they are read; the limits are in the OpenAPI
 * schema; page forms are bounded too.
 */
class InputLimitsIntegrationTests extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    eu.vigil.registry.CompetentAuthorities authorities;

    /** Who sends the request. */
    enum Sender { AUTHORITY, PROVIDER }

    private static String chars(int n) {
        return "x".repeat(n);
    }

    private static final String ORDER = "/api/v1/removal-orders/" + UUID.randomUUID();

    static Stream<Arguments> oversized() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> item = Map.of("url", "https://a.example/1");
        List<Map<String, Object>> tooMany = IntStream.range(0, Limits.ITEMS + 1).mapToObj(i -> item).toList();
        return Stream.of(
                Arguments.of(Sender.AUTHORITY, "POST", "/api/v1/removal-orders",
                        Map.of("statementOfReasons", chars(Limits.STATEMENT_OF_REASONS + 1)), "statementOfReasons"),
                Arguments.of(Sender.AUTHORITY, "POST", "/api/v1/removal-orders",
                        Map.of("representativeName", chars(Limits.NAME + 1)), "representativeName"),
                Arguments.of(Sender.AUTHORITY, "POST", "/api/v1/removal-orders",
                        Map.of("items", List.of(Map.of("url", "https://a.example/" + chars(Limits.URL)))), "items[0].url"),
                Arguments.of(Sender.AUTHORITY, "POST", "/api/v1/removal-orders",
                        Map.of("items", List.of(Map.of("url", "https://a.example/", "extraInfo",
                                chars(Limits.ITEM_DETAILS + 1)))), "items[0].extraInfo"),
                Arguments.of(Sender.AUTHORITY, "POST", "/api/v1/removal-orders", Map.of("items", tooMany), "items"),
                Arguments.of(Sender.AUTHORITY, "POST", ORDER + "/clarification",
                        Map.of("clarification", chars(Limits.TEXT + 1)), "clarification"),
                Arguments.of(Sender.AUTHORITY, "POST", ORDER + "/scrutiny",
                        Map.of("reasons", chars(Limits.TEXT + 1)), "reasons"),
                Arguments.of(Sender.AUTHORITY, "POST", ORDER + "/scrutiny/notice-of-intention",
                        Map.of("notice", chars(Limits.TEXT + 1)), "notice"),
                Arguments.of(Sender.AUTHORITY, "POST", ORDER + "/scrutiny/decision",
                        Map.of("outcome", "NO_INFRINGEMENT", "reasons", chars(Limits.TEXT + 1)), "reasons"),
                Arguments.of(Sender.AUTHORITY, "POST", ORDER + "/items/1/preservation-extension",
                        Map.of("proceedingReference", chars(Limits.SHORT_TEXT + 1)), "proceedingReference"),
                Arguments.of(Sender.AUTHORITY, "POST", ORDER + "/appeal", Map.of("court", chars(Limits.SHORT_TEXT + 1)),
                        "court"),
                Arguments.of(Sender.AUTHORITY, "POST", "/api/v1/exposure-cases/" + id + "/decision",
                        Map.of("exposed", true, "reasons", chars(Limits.TEXT + 1)), "reasons"),
                Arguments.of(Sender.AUTHORITY, "POST", "/api/v1/exposure-cases/" + id + "/review-outcome",
                        Map.of("text", chars(Limits.TEXT + 1)), "text"),
                Arguments.of(Sender.AUTHORITY, "POST", "/api/v1/threat-reports",
                        Map.of("memberState", "DE", "description", chars(Limits.TEXT + 1)), "description"),
                Arguments.of(Sender.AUTHORITY, "POST", "/api/v1/investigation-flags",
                        Map.of("kind", "URL", "caseReference", chars(Limits.SHORT_TEXT + 1)), "caseReference"),
                Arguments.of(Sender.PROVIDER, "POST", ORDER + "/acknowledgement",
                        Map.of("providerReference", chars(Limits.SHORT_TEXT + 1)), "providerReference"),
                Arguments.of(Sender.PROVIDER, "POST", ORDER + "/feedback",
                        Map.of("authorisedPerson", chars(Limits.NAME + 1)), "authorisedPerson"),
                Arguments.of(Sender.PROVIDER, "POST", ORDER + "/impossibility",
                        Map.of("reason", "FORCE_MAJEURE", "details", chars(Limits.TEXT + 1)), "details"),
                Arguments.of(Sender.PROVIDER, "POST", ORDER + "/scrutiny-request",
                        Map.of("reasons", chars(Limits.TEXT + 1)), "reasons"),
                Arguments.of(Sender.PROVIDER, "POST", ORDER + "/complaints",
                        Map.of("grounds", chars(Limits.TEXT + 1)), "grounds"),
                Arguments.of(Sender.PROVIDER, "POST", "/api/v1/specific-measure-removals",
                        Map.of("specificMeasure", chars(Limits.TEXT + 1)), "specificMeasure"),
                Arguments.of(Sender.PROVIDER, "POST", "/api/v1/specific-measure-removals/" + id + "/complaints",
                        Map.of("grounds", chars(Limits.TEXT + 1)), "grounds"),
                Arguments.of(Sender.PROVIDER, "POST", "/api/v1/complaints/" + id + "/outcome",
                        Map.of("outcome", "REJECTED", "reasons", chars(Limits.TEXT + 1)), "reasons"),
                Arguments.of(Sender.PROVIDER, "POST", "/api/v1/exposure-cases/" + id + "/reports",
                        Map.of("text", chars(Limits.TEXT + 1)), "text"),
                Arguments.of(Sender.PROVIDER, "POST", ORDER + "/statements-of-reasons",
                        Map.of("decisionFacts", chars(Limits.TEXT + 1)), "decisionFacts"),
                Arguments.of(Sender.PROVIDER, "POST", "/api/v1/statements-of-reasons/" + id + "/review",
                        Map.of("note", chars(Limits.TEXT + 1)), "note"),
                Arguments.of(Sender.PROVIDER, "POST", "/api/v1/banks", Map.of("name", chars(Limits.NAME + 1)), "name"),
                Arguments.of(Sender.PROVIDER, "POST", "/api/v1/banks/some-bank/entries",
                        Map.of("signalType", "URL", "value", chars(Limits.URL + 1)), "value"),
                Arguments.of(Sender.PROVIDER, "POST", "/api/v1/match",
                        Map.of("signals", List.of(Map.of("signalType", "URL", "value", chars(Limits.URL + 1)))),
                        "signals[0].value"),
                Arguments.of(Sender.PROVIDER, "POST", "/api/v1/providers", Map.of("name", chars(Limits.NAME + 1)), "name"),
                Arguments.of(Sender.PROVIDER, "PUT", "/api/v1/providers/" + id + "/webhook",
                        Map.of("url", "https://h.example/" + chars(Limits.URL)), "url"),
                Arguments.of(Sender.PROVIDER, "POST", "/api/v1/organisations/" + id + "/tokens",
                        Map.of("name", chars(Limits.NAME + 1)), "name"));
    }

    @ParameterizedTest(name = "{1} {2} refuses an oversized {4}")
    @MethodSource("oversized")
    void oversizedFieldsAreRefusedNamingTheField(Sender sender, String method, String path, Map<String, Object> body,
            String field) {
        var t = sender == Sender.AUTHORITY ? tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Limits authority")
                : provider("Limits provider", "DE", "de");
        var r = method.equals("PUT") ? http().bearer(t.token()).putJson(path, body)
                : http().bearer(t.token()).postJson(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("type").asString()).isEqualTo("https://vigil.example.eu/problems/validation");
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains(field);
        r.json().get("errors").forEach(e -> {
            if (e.get("field").asString().equals(field)) {
                assertThat(e.get("message").asString()).startsWith("at most ");
            }
        });
    }

    @Test
    void aFifteenMegabyteStatementIsRefusedAtOnceWith413() throws Exception {
        var t = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Huge sender");
        byte[] huge = ("{\"statementOfReasons\":\"" + chars(15 * 1024 * 1024) + "\"}").getBytes();
        long start = System.nanoTime();
        var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/removal-orders")).header("Authorization", "Bearer " + t.token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c).startsWith(
                "application/problem+json"));
        assertThat(r.body()).contains("larger than " + Limits.BODY_BYTES);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aStreamedBodyWithoutLengthIsCutOffAtTheCap() throws Exception {
        var t = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Streaming sender");
        long[] sent = {0};
        long total = 64L * 1024 * 1024;
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent[0] >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - sent[0]);
                for (int i = 0; i < n; i++) {
                    b[off + i] = sent[0] + i < 23 ? (byte) "{\"statementOfReasons\":\"".charAt((int) (sent[0] + i)) : (byte) 'x';
                }
                sent[0] += n;
                return n;
            }
        };
        int status;
        try {
            var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/removal-orders")).header("Authorization", "Bearer " + t.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)).build(),
                    HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            assertThat(r.body()).contains("larger than");
        } catch (IOException e) {
            status = 413; // the server may close the connection while the client is still sending
        }
        assertThat(status).isEqualTo(413);
        assertThat(sent[0]).isLessThan(total);
    }

    @Test
    void theLimitsAreInTheOpenApiSchema() {
        var schemas = http().get("/v3/api-docs").json().get("components").get("schemas");
        var issue = schemas.get("IssueRequest").get("properties");
        assertThat(issue.get("statementOfReasons").get("maxLength").asInt()).isEqualTo(Limits.STATEMENT_OF_REASONS);
        assertThat(issue.get("items").get("maxItems").asInt()).isEqualTo(Limits.ITEMS);
        assertThat(schemas.get("Item").get("properties").get("url").get("maxLength").asInt()).isEqualTo(Limits.URL);
        assertThat(schemas.get("Impossibility").get("properties").get("details").get("maxLength").asInt())
                .isEqualTo(Limits.TEXT);
    }

    @Test
    void pageFormsAreBoundedToo() {
        var org = eu.vigil.removalorder.OrderFixture.authority(authorities, organisations, "DE",
                java.util.EnumSet.of(eu.vigil.registry.AuthorityRole.ISSUE), clock.instant().minus(Duration.ofDays(1)));
        var t = withUserAndToken(org, "de.pages." + org.id().toString().substring(0, 8));
        var browser = http();
        browser.login(t.username(), PASSWORD);
        var r = browser.postForm("/orders/new", "/orders/new", "statementOfReasons="
                + chars(Limits.STATEMENT_OF_REASONS + 1) + "&representativeName=Anna");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("Statement of reasons", "at most " + Limits.STATEMENT_OF_REASONS + " characters");
        String urls = IntStream.rangeClosed(1, Limits.ITEMS + 1).mapToObj(i -> "https://p.example/" + i)
                .reduce((x, y) -> x + "\n" + y).orElseThrow();
        var many = browser.postForm("/orders/new", "/orders/new", "urls=" + java.net.URLEncoder.encode(urls,
                java.nio.charset.StandardCharsets.UTF_8) + "&representativeName=Anna");
        assertThat(many.body()).contains("at most " + Limits.ITEMS + " entries");
    }
}
