package eu.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.IntegrationTest;

/** OpenAPI document, Swagger UI, actuator endpoints and problem documents for errors. */
class ApiSurfaceIntegrationTests extends IntegrationTest {

    @Test
    void openApiDocumentDescribesTheApi() {
        var r = http().get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("openapi").asString()).startsWith("3.");
        assertThat(r.body()).contains("/api/v1/providers", "/api/v1/member-states", "/api/v1/authorities/import",
                "/api/v1/legal-representatives/overview", "/api/v1/organisations/{id}/tokens", "/oauth2/token",
                "/api/v1/audit");
        assertThat(http().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void healthAndPrometheusMetricsAreServed() {
        var health = http().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        var metrics = http().header("Authorization", "Bearer test-scrape-token").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests");
    }

    /** Issue 12, broken point 5: an unknown page showed the framework's "No static resource" message. */
    @Test
    void anUnknownPageSaysSoInTheReadersLanguage() {
        var t = tenant(OrganisationKind.EUROPOL, null, "Lost Reader");
        var browser = http();
        browser.login(t.username(), PASSWORD);
        var missing = browser.get("/orders-typo/123");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").contains("There is no page at /orders-typo/123")
                .doesNotContain("No static resource");
        var french = browser.header("Accept-Language", "fr").get("/nowhere");
        assertThat(french.status()).isEqualTo(404);
        assertThat(french.body()).contains("Page introuvable").contains("l'adresse /nowhere");
    }

    @Test
    void unknownApiPathsAndWrongMethodsAreProblems() {
        var t = tenant(OrganisationKind.EUROPOL, null, "Prober");
        var missing = http().bearer(t.token()).get("/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.json().get("type").asString()).isEqualTo("https://vigil.example.eu/problems/not-found");
        var method = http().bearer(t.token()).delete("/api/v1/member-states");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.isProblem()).isTrue();
        var notFound = http().bearer(t.token()).get("/api/v1/providers/00000000-0000-0000-0000-000000000000");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().get("detail").asString()).contains("not found");
        var badUuid = http().bearer(t.token()).get("/api/v1/providers/not-a-uuid");
        assertThat(badUuid.status()).isEqualTo(400);
        assertThat(badUuid.json().get("type").asString()).endsWith("/malformed-request");
    }

    @Test
    void unknownPagesShowAnErrorPageNotAStackTrace() {
        var t = tenant(OrganisationKind.EUROPOL, null, "Wanderer");
        var browser = http();
        browser.login(t.username(), PASSWORD);
        var r = browser.get("/registry/providers/00000000-0000-0000-0000-000000000000");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("<h1>404").doesNotContain("Exception");
    }
}
