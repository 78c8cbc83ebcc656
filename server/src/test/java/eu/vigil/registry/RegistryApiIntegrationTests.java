package eu.vigil.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import eu.vigil.identity.OrganisationKind;
import tools.jackson.databind.JsonNode;

/** Registry over the REST API: reference data, historic views, provider CRUD, rules and the overview. */
class RegistryApiIntegrationTests extends IntegrationTest {

    private Http as(Tenant t) {
        return http().bearer(t.token());
    }

    private Http admin() {
        return http().bearer(tokens.issue(platformAdmin(), platformAdmin().organisationId(), "registry test",
                java.util.Set.of(eu.vigil.identity.Role.ADMIN, eu.vigil.identity.Role.OPERATOR), null).token());
    }

    /**
     * Reads the seeded register. Other test classes add authorities to the shared database; they keep away
     * from BE and CY, whose seeded state this test checks.
     */
    @Test
    void listsThe27MemberStatesWithCannotIssueFlagsAndDataQuality() {
        var viewer = tenant(OrganisationKind.EUROPOL, null, "Europol Reader");
        JsonNode states = as(viewer).get("/api/v1/member-states").json();
        assertThat(states.size()).isEqualTo(27);
        assertThat(byCode(states, "DE").get("canIssue").asBoolean()).isTrue();
        assertThat(byCode(states, "NL").get("needsVerification").asBoolean()).isFalse();
        assertThat(byCode(states, "BE").get("canIssue").asBoolean()).as("BE role split unverified").isFalse();
        assertThat(byCode(states, "CY").get("canIssue").asBoolean()).isFalse();
        assertThat(byCode(states, "CY").get("needsVerification").asBoolean()).isTrue();
        assertThat(byCode(states, "AT").get("needsVerification").asBoolean()).isTrue();
        assertThat(byCode(states, "GR").get("languages").toString()).contains("el");
        assertThat(as(viewer).get("/api/v1/languages").json().size()).isEqualTo(24);
    }

    @Test
    void historicViewShowsTheDataValidAtThatDate() {
        var viewer = tenant(OrganisationKind.COMMISSION, null, "Historian");
        JsonNode before = as(viewer).get("/api/v1/authorities?memberState=IE&at=2024-01-01").json().get("items");
        JsonNode after = as(viewer).get("/api/v1/authorities?memberState=IE&at=2025-01-01").json().get("items");
        assertThat(roles(before, "IE-CNAM")).contains("SPECIFIC_MEASURES").doesNotContain("PENALTIES");
        assertThat(roles(after, "IE-CNAM")).contains("SPECIFIC_MEASURES", "PENALTIES");
        JsonNode ie2022 = as(viewer).get("/api/v1/member-states/IE?at=2022-12-31").json();
        assertThat(ie2022.get("canIssue").asBoolean()).as("Garda designated only on 31 May 2023").isFalse();
        assertThat(as(viewer).get("/api/v1/member-states/IE").json().get("canIssue").asBoolean()).isTrue();
        var bad = as(viewer).get("/api/v1/member-states?at=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
    }

    @Test
    void providerLifecycleThroughTheApi() {
        Http admin = admin();
        String body = """
                {"name":"Lifecycle Hosting BV","services":"forums","sizeClass":"MEDIUM","offersServicesInEu":true,
                 "mainEstablishment":"NL",
                 "contactPoints":[{"channel":"EMAIL","address":"tco@lifecycle.example","languages":["nl","en"],"available247":true}]}""";
        var created = admin.postJson("/api/v1/providers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("hostMemberState").asString()).isEqualTo("NL");

        var read = admin.get("/api/v1/providers/" + id);
        assertThat(read.json().get("name").asString()).isEqualTo("Lifecycle Hosting BV");
        assertThat(admin.get("/api/v1/providers?q=lifecycle").json().get("total").asLong()).isEqualTo(1);

        var providerAdmin = users.createUnchecked(eu.vigil.audit.Auditor.system("test"),
                new eu.vigil.identity.OrganisationId(java.util.UUID.fromString(id)),
                new eu.vigil.identity.Users.NewUser("lifecycle.admin." + id.substring(0, 6), "Lifecycle admin", null,
                        PASSWORD, java.util.Set.of(eu.vigil.identity.Role.ADMIN)));
        // Platform admins onboard; once the provider has its own administrator only they amend (R29).
        var refused = admin.putJson("/api/v1/providers/" + id, body);
        assertThat(refused.status()).isEqualTo(403);
        Http own = http();
        assertThat(own.login(providerAdmin.username(), PASSWORD)).isEqualTo("/");
        String token = tokens.issue(new eu.vigil.identity.Actor(providerAdmin.id().value(), providerAdmin.username(),
                "x", eu.vigil.identity.Credential.PASSWORD, providerAdmin.organisationId(), "Lifecycle Hosting BV",
                OrganisationKind.HOSTING_SERVICE_PROVIDER, "NL", java.util.Set.of(eu.vigil.identity.Role.ADMIN)),
                providerAdmin.organisationId(), "ci", java.util.Set.of(eu.vigil.identity.Role.ADMIN), null).token();
        String effective = clock.instant().plus(Duration.ofDays(1)).toString();
        var amended = http().bearer(token).putJson("/api/v1/providers/" + id, body
                .replace("\"nl\",\"en\"", "\"en\",\"nl\",\"de\"").replace("\"mainEstablishment\":\"NL\",",
                        "\"mainEstablishment\":\"NL\",\"effectiveFrom\":\"" + effective + "\","));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        // Still the old version today; the new one from tomorrow.
        assertThat(admin.get("/api/v1/providers/" + id).json().get("acceptedLanguages").toString()).doesNotContain("de");
        assertThat(admin.get("/api/v1/providers/" + id + "?at=" + clock.instant().plus(Duration.ofDays(2)))
                .json().get("acceptedLanguages").toString()).contains("de");
        assertThat(admin.get("/api/v1/providers/" + id + "/history").json().size()).isEqualTo(2);

        var past = http().bearer(token).putJson("/api/v1/providers/" + id, body.replace("\"mainEstablishment\":\"NL\",",
                "\"mainEstablishment\":\"NL\",\"effectiveFrom\":\"2020-01-01T00:00:00Z\","));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("effectiveFrom");
    }

    @Test
    void declarationsMustAcceptALanguageOfTheHostMemberState() {
        var r = admin().postJson("/api/v1/providers", """
                {"name":"Monolingual Ltd","sizeClass":"SMALL","offersServicesInEu":true,"mainEstablishment":"PL",
                 "contactPoints":[{"channel":"EMAIL","address":"a@b.example","languages":["en"],"available247":false}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("type").asString()).endsWith("/validation");
        assertThat(r.json().get("errors").toString()).contains("contactPoints").contains("PL").contains("pl");
    }

    @Test
    void validationNamesEveryBrokenField() {
        var r = admin().postJson("/api/v1/providers", """
                {"name":"","sizeClass":"SMALL","offersServicesInEu":true,"mainEstablishment":"US",
                 "legalRepresentative":{"name":"Rep","memberState":"CH"},
                 "contactPoints":[{"channel":"EMAIL","address":"","languages":["xx"],"available247":false}]}""");
        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("name", "mainEstablishment", "legalRepresentative.memberState",
                "contactPoints[0].address", "contactPoints[0].languages");
    }

    @Test
    void malformedJsonIsAProblemNotAFailure() {
        var r = admin().postJson("/api/v1/providers", "{\"name\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("type").asString()).endsWith("/malformed-request");
        var size = admin().postJson("/api/v1/providers", "{\"name\":\"x\",\"sizeClass\":\"GIANT\"}");
        assertThat(size.status()).isEqualTo(400);
    }

    @Test
    void legalRepresentativeOverviewGroupsByTheRepresentativesMemberState() {
        var nonEu = provider("Overseas Video", null, "en");   // legal representative in IE
        var viewer = tenant(OrganisationKind.COMMISSION, null, "Overview Reader");
        JsonNode overview = as(viewer).get("/api/v1/legal-representatives/overview").json();
        JsonNode ie = null;
        for (JsonNode g : overview.get("member_states")) {
            if (g.get("legal_rep_member_state").asString().equals("IE")) {
                ie = g;
            }
        }
        assertThat(ie).isNotNull();
        assertThat(ie.get("providers").toString()).contains(nonEu.organisation().name());
        var csv = as(viewer).get("/api/v1/legal-representatives/overview.csv");
        assertThat(csv.contentType()).hasValueSatisfying(c -> assertThat(c).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst()).hasValue(
                "legal_rep_member_state,legal_rep_member_state_name,provider_id,provider,main_establishment,"
                        + "legal_representative,legal_rep_address,legal_rep_email,legal_rep_designated_on,contact_24_7,languages");
        assertThat(csv.body()).contains(nonEu.id());
        var eu = provider("Domestic Host", "DE", "de");
        assertThat(as(viewer).get("/api/v1/legal-representatives/overview").body()).doesNotContain(eu.id());
    }

    @Test
    void listsArePaged() {
        var viewer = tenant(OrganisationKind.EUROPOL, null, "Pager");
        JsonNode page = as(viewer).get("/api/v1/authorities?page=0&size=5").json();
        assertThat(page.get("items").size()).isEqualTo(5);
        assertThat(page.get("total").asLong()).isGreaterThan(5);
        assertThat(as(viewer).get("/api/v1/authorities?size=100000").status()).isEqualTo(400);
    }

    private static JsonNode byCode(JsonNode states, String code) {
        for (JsonNode s : states) {
            if (s.get("code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("no " + code);
    }

    private static String roles(JsonNode authorities, String code) {
        for (JsonNode a : authorities) {
            if (a.get("code").asString().equals(code)) {
                return a.get("roles").toString();
            }
        }
        throw new AssertionError("no " + code);
    }
}
