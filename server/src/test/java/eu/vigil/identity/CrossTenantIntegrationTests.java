package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Tenancy: an organisation can neither read nor change another organisation's users, credentials, register
 * entry or audit records — through every endpoint that takes an organisation's resource — and the other
 * organisation's data is unchanged afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantIntegrationTests extends IntegrationTest {

    private Tenant hspA;
    private Tenant hspB;
    private Tenant authorityDe;
    private Tenant authorityFr;
    private String tokenOfB;
    private String clientOfB;
    private String userOfB;

    @BeforeAll
    void tenants() {
        hspA = provider("Alpha Host", "DE", "de", "en");
        hspB = provider("Bravo Host", "FR", "fr");
        authorityDe = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "German Authority");
        authorityFr = tenant(OrganisationKind.COMPETENT_AUTHORITY, "FR", "French Authority");
        userOfB = users.findByUsername(hspB.username()).orElseThrow().id().value().toString();
        tokenOfB = tokens.issue(hspB.admin(), hspB.organisation().id(), "b-integration", Set.of(Role.OPERATOR), null)
                .metadata().id().toString();
        clientOfB = http().bearer(hspB.token()).postJson("/api/v1/organisations/" + hspB.id() + "/oauth-clients",
                Map.of("name", "b-client", "roles", List.of("OPERATOR"))).json().get("client").get("clientId").asString();
    }

    /** method, path (with {B}, {token}, {client} placeholders), JSON body or null, expected status. */
    Stream<Arguments> foreignEndpoints() {
        String provider = """
                {"name":"Hijacked","sizeClass":"SMALL","offersServicesInEu":true,"mainEstablishment":"FR",
                 "contactPoints":[{"channel":"EMAIL","address":"x@evil.example","languages":["fr"],"available247":true}]}""";
        return Stream.of(
                Arguments.of("GET", "/api/v1/organisations/{B}", null, 404),
                Arguments.of("GET", "/api/v1/organisations/{B}/users", null, 404),
                Arguments.of("POST", "/api/v1/organisations/{B}/users",
                        "{\"username\":\"intruder\",\"displayName\":\"I\",\"password\":\"long-enough-password\",\"roles\":[\"ADMIN\"]}", 404),
                Arguments.of("POST", "/api/v1/users/{user}/disable", "{}", 404),
                Arguments.of("POST", "/api/v1/users/{user}/enable", "{}", 404),
                Arguments.of("GET", "/api/v1/organisations/{B}/tokens", null, 404),
                Arguments.of("POST", "/api/v1/organisations/{B}/tokens", "{\"name\":\"x\",\"roles\":[\"ADMIN\"]}", 404),
                Arguments.of("DELETE", "/api/v1/tokens/{token}", null, 404),
                Arguments.of("GET", "/api/v1/organisations/{B}/oauth-clients", null, 404),
                Arguments.of("POST", "/api/v1/organisations/{B}/oauth-clients", "{\"name\":\"x\",\"roles\":[\"ADMIN\"]}", 404),
                Arguments.of("DELETE", "/api/v1/oauth-clients/{client}", null, 404),
                Arguments.of("PUT", "/api/v1/providers/{B}", provider, 403),
                Arguments.of("POST", "/api/v1/providers", provider, 403),
                Arguments.of("POST", "/api/v1/authorities/import", "[]", 403),
                Arguments.of("GET", "/api/v1/audit/verification", null, 403));
    }

    @ParameterizedTest(name = "provider A: {0} {1} -> {3}")
    @MethodSource("foreignEndpoints")
    void providerCannotTouchAnotherProvider(String method, String path, String body, int expected) {
        assertDenied(hspA, hspB, method, path, body, expected);
    }

    @ParameterizedTest(name = "authority DE: {0} {1} -> {3}")
    @MethodSource("foreignEndpoints")
    void authorityCannotTouchAProvider(String method, String path, String body, int expected) {
        assertDenied(authorityDe, hspB, method, path, body, expected);
    }

    @Test
    void authorityOfOneMemberStateCannotManageAnotherAuthority() {
        Http de = http().bearer(authorityDe.token());
        for (String path : List.of("/api/v1/organisations/" + authorityFr.id(),
                "/api/v1/organisations/" + authorityFr.id() + "/users",
                "/api/v1/organisations/" + authorityFr.id() + "/tokens",
                "/api/v1/organisations/" + authorityFr.id() + "/oauth-clients")) {
            var r = de.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(de.get("/api/v1/organisations").body()).contains(authorityDe.id()).doesNotContain(authorityFr.id());
    }

    @Test
    void auditRecordsAreScopedToTheOwnOrganisation() {
        var a = http().bearer(hspA.token()).get("/api/v1/audit?size=500");
        assertThat(a.status()).isEqualTo(200);
        // B's own records (e.g. issuing its token "b-integration") are invisible to A.
        assertThat(a.body()).contains(hspA.id()).doesNotContain("b-integration").doesNotContain("Bravo Host");
        for (var record : a.json().get("items")) {
            assertThat(record.get("organisationId").asString()).isEqualTo(hspA.id());
        }
    }

    @Test
    void deniedAccessIsRecordedInTheAuditLog() {
        http().bearer(hspA.token()).putJson("/api/v1/providers/" + hspB.id(), "{\"name\":\"x\"}");
        var own = http().bearer(hspA.token()).get("/api/v1/audit?action=access.denied").json();
        assertThat(own.get("total").asLong()).isPositive();
    }

    @Test
    void providerPagesRefuseEditingAnotherProvider() {
        Http browser = http();
        assertThat(browser.login(hspA.username(), PASSWORD)).isEqualTo("/");
        assertThat(browser.get("/registry/providers/" + hspB.id() + "/edit").status()).isEqualTo(403);
        assertThat(browser.get("/registry/providers/" + hspA.id() + "/edit").status()).isEqualTo(200);
        var post = browser.postForm("/registry/providers/" + hspA.id() + "/edit", "/registry/providers/" + hspB.id() + "/edit",
                "name=Hijacked&sizeClass=SMALL&offersServicesInEu=true&mainEstablishment=FR&channel=EMAIL&address=x%40evil.example&languages=fr");
        assertThat(post.status()).isEqualTo(403);
    }

    private void assertDenied(Tenant caller, Tenant victim, String method, String path, String body, int expected) {
        String resolved = path.replace("{B}", victim.id()).replace("{token}", tokenOfB).replace("{client}", clientOfB)
                .replace("{user}", userOfB);
        Http http = http().bearer(caller.token());
        var before = providers.current(new eu.vigil.registry.ProviderId(java.util.UUID.fromString(victim.id())));
        var r = switch (method) {
            case "GET" -> http.get(resolved);
            case "DELETE" -> http.delete(resolved);
            case "POST" -> http.postJson(resolved, body);
            case "PUT" -> http.putJson(resolved, body);
            default -> throw new IllegalArgumentException(method);
        };
        assertThat(r.status()).as(method + " " + resolved + ": " + r.body()).isEqualTo(expected);
        assertThat(r.isProblem()).as("problem+json").isTrue();
        // Nothing of the victim changed: its register entry, its token and its client still work as before.
        assertThat(providers.current(new eu.vigil.registry.ProviderId(java.util.UUID.fromString(victim.id()))))
                .isEqualTo(before);
        assertThat(http().bearer(victim.token()).get("/api/v1/me").status()).isEqualTo(200);
        var victimTokens = http().bearer(victim.token()).get("/api/v1/organisations/" + victim.id() + "/tokens").body();
        assertThat(victimTokens).contains(tokenOfB).doesNotContain("\"name\":\"x\"");
        assertThat(http().bearer(victim.token()).get("/api/v1/organisations/" + victim.id() + "/users").body())
                .doesNotContain("intruder");
        assertThat(users.findByUsername(victim.username()).orElseThrow().enabled()).isTrue();
    }
}
