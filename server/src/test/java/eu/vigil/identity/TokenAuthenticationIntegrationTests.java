package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.vigil.testing.IntegrationTest;

/** API tokens and OAuth2 client credentials over real HTTP. */
class TokenAuthenticationIntegrationTests extends IntegrationTest {

    @Test
    void requestWithoutCredentialsGetsProblemJson401() {
        var r = http().get("/api/v1/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("type").asString()).isEqualTo("https://vigil.example.eu/problems/unauthenticated");
    }

    @Test
    void apiTokenAuthenticatesAsItsOrganisationUntilRevoked() {
        var hsp = provider("Token Test Host", "DE", "de");
        var me = http().bearer(hsp.token()).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("organisationId").asString()).isEqualTo(hsp.id());
        assertThat(me.json().get("credential").asString()).isEqualTo("API_TOKEN");

        var issued = http().bearer(hsp.token()).postJson("/api/v1/organisations/" + hsp.id() + "/tokens",
                Map.of("name", "second", "roles", List.of("VIEWER")));
        assertThat(issued.status()).isEqualTo(201);
        String second = issued.json().get("secret").asString();
        assertThat(second).startsWith("vgl_");
        String tokenId = issued.json().get("token").get("id").asString();
        var listed = http().bearer(hsp.token()).get("/api/v1/organisations/" + hsp.id() + "/tokens");
        assertThat(listed.body()).doesNotContain(second).contains("\"prefix\"");
        assertThat(http().bearer(second).get("/api/v1/me").status()).isEqualTo(200);

        assertThat(http().bearer(hsp.token()).delete("/api/v1/tokens/" + tokenId).status()).isEqualTo(200);
        var after = http().bearer(second).get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.isProblem()).isTrue();
    }

    @Test
    void tokenCannotCarryMoreRolesThanItsCreator() {
        var hsp = provider("Role Cap Host", "FR", "fr");
        var viewer = http().bearer(hsp.token()).postJson("/api/v1/organisations/" + hsp.id() + "/tokens",
                Map.of("name", "viewer", "roles", List.of("VIEWER"))).json().get("secret").asString();
        var refused = http().bearer(viewer).postJson("/api/v1/organisations/" + hsp.id() + "/tokens",
                Map.of("name", "escalate", "roles", List.of("ADMIN")));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void clientCredentialsGrantIssuesOneHourTokenThatExpiresWithTheClock() {
        var hsp = provider("OAuth Host", "NL", "nl", "en");
        var registered = http().bearer(hsp.token()).postJson("/api/v1/organisations/" + hsp.id() + "/oauth-clients",
                Map.of("name", "ticketing", "roles", List.of("OPERATOR")));
        assertThat(registered.status()).isEqualTo(201);
        String clientId = registered.json().get("client").get("clientId").asString();
        String secret = registered.json().get("clientSecret").asString();

        var wrong = http().post("/oauth2/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=" + clientId + "&client_secret=nope");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("error").asString()).isEqualTo("invalid_client");

        var missingGrant = http().post("/oauth2/token", "application/x-www-form-urlencoded", "client_id=" + clientId);
        assertThat(missingGrant.status()).isEqualTo(400);
        assertThat(missingGrant.json().get("error").asString()).isEqualTo("unsupported_grant_type");
        var granted = http().basic(clientId, secret).post("/oauth2/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials");
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.cacheControl()).hasValue("no-store");
        assertThat(granted.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(granted.json().get("expires_in").asLong()).isEqualTo(3600);
        String access = granted.json().get("access_token").asString();
        var me = http().bearer(access).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("credential").asString()).isEqualTo("OAUTH_CLIENT");
        assertThat(me.json().get("organisationId").asString()).isEqualTo(hsp.id());

        clock.advance(Duration.ofMinutes(61));
        try {
            assertThat(http().bearer(access).get("/api/v1/me").status()).isEqualTo(401);
        } finally {
            clock.advance(Duration.ofMinutes(-61));
        }
        assertThat(http().bearer(access).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(http().bearer(hsp.token()).delete("/api/v1/oauth-clients/" + clientId).status()).isEqualTo(200);
        assertThat(http().bearer(access).get("/api/v1/me").status()).isEqualTo(401);
    }
}
