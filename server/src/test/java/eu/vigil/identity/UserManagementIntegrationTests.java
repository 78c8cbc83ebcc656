package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/** Organisation admins manage their users; people change their own passwords. */
class UserManagementIntegrationTests extends IntegrationTest {

    @Test
    void adminCreatesDisablesAndEnablesAUser() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "ES", "User Admin Authority");
        Http api = http().bearer(authority.token());
        String username = "clerk." + authority.id().substring(0, 8);
        var created = api.postJson("/api/v1/organisations/" + authority.id() + "/users", Map.of("username", username,
                "displayName", "Clerk", "password", "twelve-chars-ok", "roles", List.of("VIEWER")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("twelve-chars-ok").doesNotContain("password");
        String id = created.json().get("id").asString();
        assertThat(http().login(username, "twelve-chars-ok")).isEqualTo("/");

        assertThat(api.postJson("/api/v1/users/" + id + "/disable", "{}").json().get("enabled").asBoolean()).isFalse();
        assertThat(http().login(username, "twelve-chars-ok")).isEqualTo("/login?error=bad");
        assertThat(api.postJson("/api/v1/users/" + id + "/enable", "{}").json().get("enabled").asBoolean()).isTrue();
        assertThat(http().login(username, "twelve-chars-ok")).isEqualTo("/");

        var duplicate = api.postJson("/api/v1/organisations/" + authority.id() + "/users", Map.of("username", username,
                "displayName", "Again", "password", "twelve-chars-ok", "roles", List.of("VIEWER")));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").toString()).contains("already taken");
        var weak = api.postJson("/api/v1/organisations/" + authority.id() + "/users", Map.of("username", "x",
                "displayName", "", "password", "short", "roles", List.of()));
        assertThat(weak.json().get("errors").toString()).contains("username", "displayName", "password", "roles");
    }

    @Test
    void peopleChangeTheirOwnPasswordWithTheCurrentOne() {
        var europol = tenant(OrganisationKind.EUROPOL, null, "Password Changer");
        Http browser = http();
        browser.login(europol.username(), PASSWORD);
        var wrong = browser.postForm("/account", "/account/password", "currentPassword=nope&newPassword=another-long-password");
        assertThat(browser.follow(wrong).body()).contains(">Current password</a>").doesNotContain("nope");
        var ok = browser.postForm("/account", "/account/password",
                "currentPassword=" + PASSWORD + "&newPassword=another-long-password");
        assertThat(ok.body()).contains("id=\"notice\"");
        assertThat(http().login(europol.username(), PASSWORD)).isEqualTo("/login?error=bad");
        assertThat(http().login(europol.username(), "another-long-password")).isEqualTo("/");
        var token = http().bearer(europol.token()).postJson("/api/v1/me/password",
                Map.of("currentPassword", "x", "newPassword", "yyyyyyyyyyyyyy"));
        assertThat(token.status()).as("tokens have no password").isEqualTo(403);
    }

    @Test
    void nonAdminsCannotManageUsers() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "PT", "Viewer Org");
        String viewer = tokens.issue(authority.admin(), authority.organisation().id(), "viewer",
                java.util.Set.of(Role.VIEWER), null).token();
        var r = http().bearer(viewer).get("/api/v1/organisations/" + authority.id() + "/users");
        assertThat(r.status()).isEqualTo(403);
    }
}
