package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import eu.vigil.audit.Auditor;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Disabling a person ends its open sessions on their very next request (even if the person is enabled again
 * before that request), and stops every token and OAuth2 client the person made, directly or through one of
 * its own credentials (ADR 0018).
 */
class DisabledUserIntegrationTests extends IntegrationTest {

    private static final Pattern SECRET = Pattern.compile("<code id=\"new-secret\">([^<]+)</code>");

    @Test
    void disablingEndsTheSessionAndStopsTheUsersCredentials() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "AT", "Disable Authority");
        String username = "leaver." + authority.id().substring(0, 8);
        User leaver = users.createUnchecked(Auditor.system("test"), authority.organisation().id(),
                new Users.NewUser(username, "Leaver", null, PASSWORD, Set.of(Role.ADMIN, Role.OPERATOR)));
        Http session = http();
        assertThat(session.login(username, PASSWORD)).isEqualTo("/");
        Http idle = http();
        assertThat(idle.login(username, PASSWORD)).isEqualTo("/");

        // Through the page, the person mints a token; with it, a second token and an OAuth2 client.
        var page = session.postForm("/account", "/account/tokens", "name=mine&roles=OPERATOR&roles=ADMIN");
        var m = SECRET.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        String own = m.group(1);
        String minted = http().bearer(own).postJson("/api/v1/organisations/" + authority.id() + "/tokens",
                Map.of("name", "minted", "roles", List.of("OPERATOR"))).json().get("secret").asString();
        var client = http().bearer(own).postJson("/api/v1/organisations/" + authority.id() + "/oauth-clients",
                Map.of("name", "client", "roles", List.of("OPERATOR"))).json();
        String clientId = client.get("client").get("clientId").asString();
        String clientSecret = client.get("clientSecret").asString();
        String access = exchange(clientId, clientSecret).json().get("access_token").asString();
        for (String token : List.of(own, minted, access)) {
            assertThat(http().bearer(token).get("/api/v1/me").status()).isEqualTo(200);
        }

        var disabled = http().bearer(authority.token()).postJson("/api/v1/users/" + leaver.id().value() + "/disable", "{}");
        assertThat(disabled.status()).isEqualTo(200);

        var after = session.get("/account");
        assertThat(after.status()).as("the open session ends at once").isEqualTo(302);
        assertThat(after.location()).endsWith("/login");
        assertThat(session.get("/account").status()).as("and stays ended").isEqualTo(302);
        for (String token : List.of(own, minted, access)) {
            assertThat(http().bearer(token).get("/api/v1/me").status()).as(token.substring(0, 5)).isEqualTo(401);
        }
        var mint = http().bearer(own).postJson("/api/v1/organisations/" + authority.id() + "/tokens",
                Map.of("name", "after", "roles", List.of("OPERATOR")));
        assertThat(mint.status()).as("cannot mint").isEqualTo(401);
        assertThat(exchange(clientId, clientSecret).status()).as("its client cannot get access tokens").isEqualTo(401);
        assertThat(http().login(username, PASSWORD)).isEqualTo("/login?error=bad");

        // Enabled again: its credentials work again, but sessions opened before the disabling stay ended.
        http().bearer(authority.token()).postJson("/api/v1/users/" + leaver.id().value() + "/enable", "{}");
        assertThat(idle.get("/account").status()).as("a session idle during the disabling").isEqualTo(302);
        assertThat(http().bearer(minted).get("/api/v1/me").status()).isEqualTo(200);
        Http fresh = http();
        assertThat(fresh.login(username, PASSWORD)).isEqualTo("/");
        assertThat(fresh.get("/account").status()).isEqualTo(200);
    }

    @Test
    void serviceIdentityTokensAreOwnedByTheServiceNotThePerson() {
        var provider = tenant(OrganisationKind.HOSTING_SERVICE_PROVIDER, "SE", "Service Host");
        var byToken = http().bearer(provider.token()).postJson("/api/v1/organisations/" + provider.id() + "/tokens",
                Map.of("name", "ci", "roles", List.of("OPERATOR"), "serviceIdentity", "ci pipeline"));
        assertThat(byToken.status()).as("only people name a service identity").isEqualTo(403);
        var issued = tokens.issue(provider.admin(), provider.organisation().id(), "ci", Set.of(Role.OPERATOR), null,
                "ci pipeline");
        assertThat(issued.metadata().serviceIdentity()).isEqualTo("ci pipeline");
        assertThat(issued.metadata().ownerUserId()).isNull();
        users.setEnabled(secondAdmin(provider), users.findByUsername(provider.username()).orElseThrow().id(), false);
        assertThat(http().bearer(provider.token()).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(http().bearer(issued.token()).get("/api/v1/me").status()).isEqualTo(200);
    }

    /** A second administrator of the tenant's organisation, to disable the first. */
    private Actor secondAdmin(Tenant t) {
        String name = "second." + t.id().substring(0, 8);
        User second = users.createUnchecked(Auditor.system("test"), t.organisation().id(),
                new Users.NewUser(name, "Second", null, PASSWORD, Set.of(Role.ADMIN)));
        return new Actor(second.id().value(), name, name, Credential.PASSWORD, t.organisation().id(),
                t.organisation().name(), t.organisation().kind(), null, Set.of(Role.ADMIN));
    }

    private Http.Response exchange(String clientId, String secret) {
        return http().header("X-Forwarded-For", "192.0.2." + (int) (Math.random() * 250 + 1))
                .post("/oauth2/token", "application/x-www-form-urlencoded",
                        "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret);
    }
}
