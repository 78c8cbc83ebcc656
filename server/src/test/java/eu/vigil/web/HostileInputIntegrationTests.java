package eu.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Role;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Input that used to break the server: NUL and control characters (answered as a 409 "conflict"), broken multipart
 * bodies (500), and empty or broken bodies whose problem documents quoted Java method signatures.
 */
class HostileInputIntegrationTests extends IntegrationTest {

    private static final Pattern LEAK = Pattern.compile("java\\.|eu\\.vigil|Exception|tools\\.jackson|\\w+\\.\\w+\\(");

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private Http admin() {
        return http().bearer(tokens.issue(platformAdmin(), platformAdmin().organisationId(), "hostile input",
                java.util.Set.of(Role.ADMIN, Role.OPERATOR), null).token());
    }

    private static void assertFieldError(Http.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.isProblem()).as(r.body()).isTrue();
        assertThat(r.json().get("type").asString()).endsWith("/validation");
        List<String> fields = new java.util.ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).as(r.body()).contains(field);
    }

    private static void assertNoLeak(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.isProblem()).as(r.body()).isTrue();
        assertThat(LEAK.matcher(r.json().get("detail").asString()).find()).as(r.body()).isFalse();
        assertThat(LEAK.matcher(r.body()).find()).as(r.body()).isFalse();
    }

    // --- NUL and control characters --------------------------------------------------------------------------

    @Test
    void nulInAQueryParameterOfAGetIsA400NamingTheParameter() {
        var reader = tenant(OrganisationKind.EUROPOL, null, "Nul Reader");
        var r = as(reader).get("/api/v1/providers?q=abc%00def");
        assertFieldError(r, "q");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("U+0000");
        assertFieldError(as(reader).get("/api/v1/audit?action=x%00x"), "action");
        assertFieldError(as(reader).get("/api/v1/audit?action=x%1Bx"), "action");
    }

    @Test
    void nulInJsonStringsIsA400NamingTheField() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Nul Banker");
        assertFieldError(as(authority).postJson("/api/v1/banks", Map.of("name", "bad\u0000name", "purpose", "tests",
                "signalTypes", List.of("PDQ"), "sharing", "PRIVATE")), "name");
        assertFieldError(admin().postJson("/api/v1/providers", """
                {"name":"Nul Hosting","sizeClass":"SMALL","offersServicesInEu":true,"mainEstablishment":"NL",
                 "contactPoints":[{"channel":"EMAIL","address":"tco@nul\\u0000.example","languages":["nl"],"available247":true}]}"""),
                "contactPoints[0].address");
        assertFieldError(as(authority).postJson("/api/v1/banks", Map.of("name", "ok", "purpose", "tests",
                "signalTypes", List.of("PDQ\u0000"), "sharing", "PRIVATE")), "signalTypes[0]");
    }

    @Test
    void nulInAFormFieldIsA400() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Nul Former");
        Http browser = http();
        browser.login(authority.username(), PASSWORD);
        var r = browser.postForm("/banks", "/banks", "name=bad%00name&purpose=tests&signalTypes=PDQ");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("name").doesNotContain("conflicts with data recorded meanwhile");
    }

    @Test
    void aDataExceptionOfTheDatabaseIsA400NotAConflict() {
        // The bank import reads its own CSV, so a NUL in a cell reaches PostgreSQL, which refuses it (SQLSTATE 22021).
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Nul Importer");
        var bank = as(authority).postJson("/api/v1/banks", Map.of("name", "Nul import " + UUID.randomUUID(),
                "purpose", "tests", "signalTypes", List.of("MD5"), "sharing", "PRIVATE"));
        assertThat(bank.status()).as(bank.body()).isEqualTo(201);
        var r = as(authority).post("/api/v1/banks/" + bank.json().get("id").asString() + "/import", "text/csv",
                "signal_type,value,labels,source_kind,source_id\nMD5,0123456789abcdef0123456789abcdef,,MANUAL,a\u0000b\n");
        assertThat(r.status()).as(r.body()).isNotIn(409, 500);
        assertThat(r.body()).doesNotContain("conflicts with data recorded meanwhile");
    }

    // --- broken multipart ------------------------------------------------------------------------------------

    private static final String BROKEN = "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\nsignal_type,value\r\nMD5,0123";

    private static final String OTHER_BOUNDARY = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; "
            + "filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\nsignal_type,value\r\n--xyz--\r\n";

    @Test
    void brokenMultipartBodiesAreA400Problem() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Multipart Sender");
        var bank = as(authority).postJson("/api/v1/banks", Map.of("name", "Multipart " + UUID.randomUUID(),
                "purpose", "tests", "signalTypes", List.of("MD5"), "sharing", "PRIVATE"));
        String bankImport = "/api/v1/banks/" + bank.json().get("id").asString() + "/import";
        for (String body : List.of(BROKEN, OTHER_BOUNDARY)) {
            for (String contentType : List.of("multipart/form-data; boundary=abc", "multipart/form-data")) {
                for (String path : List.of(bankImport, "/api/v1/match")) {
                    var r = as(authority).post(path, contentType, body);
                    assertThat(r.status()).as(path + " " + contentType + ": " + r.body()).isEqualTo(400);
                    assertThat(r.isProblem()).isTrue();
                    assertNoLeak(r);
                }
            }
        }
        var provider = provider("Multipart Host", "DE", "de");
        var r = put(provider.token(), "/api/v1/removal-orders/" + UUID.randomUUID() + "/items/1/preserved-copy",
                "multipart/form-data; boundary=abc", BROKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertNoLeak(r);
        var register = admin().post("/api/v1/authorities/import", "multipart/form-data; boundary=abc", BROKEN);
        assertThat(register.status()).as(register.body()).isBetween(400, 499);
        assertThat(register.isProblem()).isTrue();
    }

    private Http.Response put(String token, String path, String contentType, String body) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + path)).header("Content-Type", contentType)
                    .header("Authorization", "Bearer " + token)
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Http.Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type"), java.util.Optional.empty(), "");
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- empty and broken bodies -----------------------------------------------------------------------------

    @Test
    void anEmptyRegisterImportSaysTheFileIsEmpty() {
        for (String contentType : List.of("text/csv", "application/json")) {
            var r = admin().post("/api/v1/authorities/import", contentType, "");
            assertFieldError(r, "file");
            assertThat(r.json().get("errors").get(0).get("message").asString()).contains("empty");
            assertNoLeak(r);
        }
        var broken = admin().post("/api/v1/authorities/import", "application/json", "[{\"code\":");
        assertFieldError(broken, "file");
        assertNoLeak(broken);
    }

    @Test
    void emptyAndBrokenBodiesNeverQuoteImplementationDetails() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Body Breaker");
        Http admin = admin();
        List<Http.Response> answers = List.of(
                admin.post("/api/v1/providers", "application/json", ""),
                admin.post("/api/v1/providers", "application/json", "{\"name\": "),
                admin.post("/api/v1/providers", "application/json", "{\"name\":\"x\",\"sizeClass\":\"GIANT\"}"),
                admin.post("/api/v1/providers", "application/json", "{\"offersServicesInEu\":\"maybe\"}"),
                admin.post("/api/v1/providers", "application/json", "[1,2]"),
                as(authority).post("/api/v1/removal-orders", "application/json", ""),
                as(authority).post("/api/v1/removal-orders", "application/json", "{\"reasons\":[\"NOPE\"]}"),
                as(authority).post("/api/v1/removal-orders", "application/json", "{\"items\":{}}"),
                as(authority).post("/api/v1/banks", "application/json", "{\"name\":"),
                as(authority).post("/api/v1/banks", "application/json", ""),
                as(authority).post("/api/v1/match", "application/json", "{\"signals\":7}"),
                as(authority).get("/api/v1/audit?size=lots"));
        for (Http.Response r : answers) {
            assertNoLeak(r);
        }
        assertThat(answers.get(2).json().get("detail").asString()).contains("sizeClass").contains("SMALL");
        assertThat(answers.get(0).json().get("detail").asString()).contains("missing");
    }

    // --- names -----------------------------------------------------------------------------------------------

    @Test
    void bidiAndControlCharactersInNamesAreRefusedNamingTheField() {
        Http admin = admin();
        assertFieldError(admin.postJson("/api/v1/providers", """
                {"name":"Evil\\u202Egnitsoh","sizeClass":"SMALL","offersServicesInEu":true,"mainEstablishment":"NL",
                 "contactPoints":[{"channel":"EMAIL","address":"tco@evil.example","languages":["nl"],"available247":true}]}"""),
                "name");
        assertFieldError(admin.postJson("/api/v1/providers", """
                {"name":"Overseas","sizeClass":"SMALL","offersServicesInEu":true,
                 "legalRepresentative":{"name":"Rep\\u200F Ltd","memberState":"IE","address":"Dublin"},
                 "contactPoints":[{"channel":"EMAIL","address":"tco@\\u2066evil.example","languages":["en"],"available247":true}]}"""),
                "legalRepresentative.name");
        assertFieldError(admin.postJson("/api/v1/providers", """
                {"name":"Overseas","sizeClass":"SMALL","offersServicesInEu":true,"mainEstablishment":"NL",
                 "contactPoints":[{"channel":"EMAIL","address":"tco@\\u2066evil.example","languages":["nl"],"available247":true}]}"""),
                "contactPoints[0].address");
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bidi Banker");
        assertFieldError(as(authority).postJson("/api/v1/banks", Map.of("name", "Bank \u2067x", "purpose", "tests",
                "signalTypes", List.of("PDQ"), "sharing", "PRIVATE")), "name");
        assertFieldError(as(authority).postJson("/api/v1/banks", Map.of("name", "Bank\u0085x", "purpose", "tests",
                "signalTypes", List.of("PDQ"), "sharing", "PRIVATE")), "name");
        assertFieldError(as(authority).postJson("/api/v1/organisations/" + authority.id() + "/users", Map.of(
                "username", "bidi." + UUID.randomUUID().toString().substring(0, 6), "displayName", "Anna\u061C Schmidt",
                "password", "a long enough password", "roles", List.of("OPERATOR"))), "displayName");
        assertFieldError(as(authority).postJson("/api/v1/organisations/" + authority.id() + "/users", Map.of(
                "username", "tab." + UUID.randomUUID().toString().substring(0, 6), "displayName", "Anna\tSchmidt",
                "password", "a long enough password", "roles", List.of("OPERATOR"))), "displayName");
        // A right-to-left name without formatting characters is a name like any other.
        var rtl = as(authority).postJson("/api/v1/banks", Map.of("name", "بنك " + UUID.randomUUID(), "purpose",
                "tests", "signalTypes", List.of("PDQ"), "sharing", "PRIVATE"));
        assertThat(rtl.status()).as(rtl.body()).isEqualTo(201);
    }

    @Test
    void organisationsAndRegisterEntriesRefuseBidiNames() {
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(eu.vigil.shared.InvalidInput.class,
                () -> organisations.register(eu.vigil.audit.Auditor.system("test"),
                        new eu.vigil.identity.OrganisationId(UUID.randomUUID()), OrganisationKind.COMMISSION,
                        "Commission\u202D", null));
        assertThat(refused.errors()).extracting(eu.vigil.shared.InvalidInput.FieldError::field).containsExactly("name");
        var r = admin().post("/api/v1/authorities/import", "application/json", """
                [{"code":"DE-BIDI-%s","member_state":"DE","name":"Amt\\u202E","valid_from":"2024-01-01"}]"""
                .formatted(UUID.randomUUID().toString().substring(0, 6)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("errors").get(0).get("column").asString()).isEqualTo("name");
        assertThat(r.json().get("created").asInt()).isZero();
    }
}
