package eu.vigil.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import eu.vigil.audit.Auditor;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * A platform administrator manages the register and its own organisation but cannot create credentials for,
 * or act inside, another organisation; it onboards an organisation by inviting its first administrator, who
 * accepts the single-use link (ADR 0018).
 */
class PlatformAdminConfinementIntegrationTests extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("<code id=\"new-secret\">([^<]+)</code>");

    private Http platform() {
        return http().bearer(tokens.issue(platformAdmin(), platformAdmin().organisationId(), "confinement test",
                Set.of(Role.ADMIN, Role.OPERATOR), null).token());
    }

    @Test
    void platformAdminCannotCreateCredentialsOrUsersInAnotherOrganisation() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Confined Authority");
        Http admin = platform();
        String org = "/api/v1/organisations/" + authority.id();
        var token = admin.postJson(org + "/tokens", Map.of("name", "as bka", "roles", List.of("OPERATOR")));
        assertThat(token.status()).as(token.body()).isEqualTo(403);
        assertThat(token.isProblem()).isTrue();
        var client = admin.postJson(org + "/oauth-clients", Map.of("name", "as bka", "roles", List.of("OPERATOR")));
        assertThat(client.status()).isEqualTo(403);
        var user = admin.postJson(org + "/users", Map.of("username", "intruder." + authority.id().substring(0, 8),
                "displayName", "Intruder", "password", "long-enough-password", "roles", List.of("ADMIN")));
        assertThat(user.status()).isEqualTo(403);
        assertThat(admin.get(org + "/users").status()).isEqualTo(403);
        assertThat(admin.get(org + "/tokens").status()).isEqualTo(403);
        String victim = users.findByUsername(authority.username()).orElseThrow().id().value().toString();
        assertThat(admin.postJson("/api/v1/users/" + victim + "/disable", "{}").status()).isEqualTo(404);
        assertThat(users.findByUsername("intruder." + authority.id().substring(0, 8))).isEmpty();
        // An organisation that has its administrator gets no invitation from the platform either.
        var invite = admin.postJson(org + "/invitations", "{}");
        assertThat(invite.status()).isEqualTo(400);
        assertThat(invite.json().get("errors").toString()).contains("organisation");
        // Its own organisation it still manages.
        var own = admin.postJson("/api/v1/organisations/" + platformAdmin().organisationId() + "/tokens",
                Map.of("name", "own", "roles", List.of("OPERATOR")));
        assertThat(own.status()).isEqualTo(201);
    }

    @Test
    void onboardedProviderGetsItsFirstAdministratorThroughASingleUseInvitation() {
        Http admin = platform();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var provider = admin.postJson("/api/v1/providers", Map.of("name", "Invited Host " + suffix, "services", "hosting",
                "sizeClass", "SMALL", "offersServicesInEu", true, "mainEstablishment", "BE", "contactPoints",
                List.of(Map.of("channel", "EMAIL", "address", "tco@" + suffix + ".example", "languages", List.of("fr"),
                        "available247", true))));
        assertThat(provider.status()).as(provider.body()).isEqualTo(201);
        String id = provider.json().get("id").asString();

        var invited = admin.postJson("/api/v1/organisations/" + id + "/invitations", "{}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String link = invited.json().get("link").asString();
        String secret = invited.json().get("secret").asString();
        assertThat(link).endsWith("/invitations/" + secret);
        String path = link.substring(link.indexOf("/invitations/"));
        assertThat(invited.body()).doesNotContain("tokenDigest");

        Http invitee = http();
        var page = invitee.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Invited Host " + suffix);
        var weak = invitee.postForm(path, path, "username=first." + suffix + "&displayName=First&password=short");
        assertThat(weak.status()).as("bad input leaves the invitation open").isEqualTo(200);
        assertThat(weak.body()).contains("password");
        var accepted = invitee.postForm(path, path,
                "username=first." + suffix + "&displayName=First+Admin&password=" + PASSWORD);
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.location()).contains("/login");

        User first = users.findByUsername("first." + suffix).orElseThrow();
        assertThat(first.organisationId().toString()).isEqualTo(id);
        assertThat(first.roles()).contains(Role.ADMIN);
        Http browser = http();
        assertThat(browser.login("first." + suffix, PASSWORD)).isEqualTo("/");
        assertThat(browser.get("/account").body()).contains("Invited Host " + suffix, "first." + suffix);

        // Single use: the link is gone, through the page and through the API.
        assertThat(http().get(path).status()).isEqualTo(404);
        var again = http().postJson("/api/v1/invitations/accept", Map.of("secret", secret, "username",
                "second." + suffix, "displayName", "Second", "password", PASSWORD));
        assertThat(again.status()).isEqualTo(404);
        assertThat(users.findByUsername("second." + suffix)).isEmpty();
        assertThat(admin.postJson("/api/v1/organisations/" + id + "/invitations", "{}").status())
                .as("the organisation has its administrator now").isEqualTo(400);
    }

    @Test
    void invitationsAreAcceptedOnceThroughTheApiAndExpire() {
        Http admin = platform();
        var org = organisations.register(Auditor.system("test"), new OrganisationId(UUID.randomUUID()),
                OrganisationKind.EUROPOL, "Invited Europol " + UUID.randomUUID().toString().substring(0, 8), null);
        String secret = admin.postJson("/api/v1/organisations/" + org.id() + "/invitations", "{}").json().get("secret")
                .asString();
        String suffix = org.id().toString().substring(0, 8);
        var first = http().postJson("/api/v1/invitations/accept", Map.of("secret", secret, "username", "eu1." + suffix,
                "displayName", "One", "password", PASSWORD));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var second = http().postJson("/api/v1/invitations/accept", Map.of("secret", secret, "username", "eu2." + suffix,
                "displayName", "Two", "password", PASSWORD));
        assertThat(second.status()).isEqualTo(404);
        assertThat(second.isProblem()).isTrue();

        var other = organisations.register(Auditor.system("test"), new OrganisationId(UUID.randomUUID()),
                OrganisationKind.COMMISSION, "Invited Commission " + suffix, null);
        String late = admin.postJson("/api/v1/organisations/" + other.id() + "/invitations", "{}").json().get("secret")
                .asString();
        clock.advance(Invitations.LIFETIME.plusMinutes(1));
        try {
            assertThat(http().postJson("/api/v1/invitations/accept", Map.of("secret", late, "username",
                    "late." + suffix, "displayName", "Late", "password", PASSWORD)).status()).isEqualTo(404);
        } finally {
            clock.advance(Invitations.LIFETIME.plusMinutes(1).negated());
        }
        var foreign = http().bearer(tenant(OrganisationKind.EUROPOL, null, "Not Platform").token())
                .postJson("/api/v1/organisations/" + other.id() + "/invitations", "{}");
        assertThat(foreign.status()).as("only the platform invites").isEqualTo(403);
    }

    @Test
    void aNewInvitationEndsTheEarlierLinkOfTheSameOrganisation() {
        Http admin = platform();
        var org = organisations.register(Auditor.system("test"), new OrganisationId(UUID.randomUUID()),
                OrganisationKind.EUROPOL, "Reinvited Europol " + UUID.randomUUID().toString().substring(0, 8), null);
        String first = admin.postJson("/api/v1/organisations/" + org.id() + "/invitations", "{}").json().get("secret")
                .asString();
        String second = admin.postJson("/api/v1/organisations/" + org.id() + "/invitations", "{}").json().get("secret")
                .asString();
        String suffix = org.id().toString().substring(0, 8);
        assertThat(http().get("/invitations/" + first).status()).as("the earlier link is over").isEqualTo(404);
        assertThat(http().postJson("/api/v1/invitations/accept", Map.of("secret", first, "username", "old." + suffix,
                "displayName", "Old", "password", PASSWORD)).status()).isEqualTo(404);
        assertThat(http().postJson("/api/v1/invitations/accept", Map.of("secret", second, "username", "new." + suffix,
                "displayName", "New", "password", PASSWORD)).status()).isEqualTo(201);
    }

    @Test
    void platformAdminInvitesThroughTheOrganisationPage() {
        var org = organisations.register(Auditor.system("test"), new OrganisationId(UUID.randomUUID()),
                OrganisationKind.COMMISSION, "Paged Commission " + UUID.randomUUID().toString().substring(0, 8), null);
        Http browser = http();
        assertThat(browser.login("admin", "test-admin-password")).isEqualTo("/");
        var page = browser.get("/account");
        assertThat(page.body()).contains(org.name());
        var invited = browser.postForm("/account", "/account/invitations", "organisation=" + org.id());
        var m = LINK.matcher(invited.body());
        assertThat(m.find()).as(invited.body()).isTrue();
        String path = m.group(1).substring(m.group(1).indexOf("/invitations/"));
        assertThat(http().get(path).body()).contains(org.name());
    }
}
