package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * ADR 0020: the inbox and the order list are paged in the database, with the total and links in headers; the
 * administration lists (users, tokens, OAuth clients, organisations), banks, the outbox and register histories too.
 */
class ListPagingIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CompetentAuthorities authorities;

    private HttpResponse<String> get(String token, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theInboxAndTheOrderListArePaged() throws Exception {
        var since = clock.instant().minus(Duration.ofDays(1));
        var org = OrderFixture.authority(authorities, organisations, "SI", EnumSet.of(AuthorityRole.ISSUE), since);
        var issuer = withUserAndToken(org, "si.pages." + org.id().toString().substring(0, 8));
        var hsp = provider("Ljubljana Host", "SI", "sl", "en");
        for (int i = 1; i <= 3; i++) {
            assertThat(http().bearer(issuer.token()).postJson("/api/v1/removal-orders", OrderFixture.order(
                    UUID.fromString(hsp.id()), "en", true, "https://lj.example/" + i)).status()).isEqualTo(201);
        }

        var first = get(hsp.token(), "/api/v1/removal-orders/inbox?size=2");
        assertThat(first.statusCode()).isEqualTo(200);
        var firstPage = JSON.readTree(first.body());
        assertThat(firstPage.size()).isEqualTo(2);
        assertThat(first.headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(first.headers().firstValue("Link")).hasValueSatisfying(l -> assertThat(l)
                .contains("page=1&size=2>; rel=\"next\"", "rel=\"last\""));

        var second = get(hsp.token(), "/api/v1/removal-orders/inbox?page=1&size=2");
        var secondPage = JSON.readTree(second.body());
        assertThat(secondPage.size()).isEqualTo(1);
        assertThat(second.headers().firstValue("Link")).hasValueSatisfying(l -> assertThat(l)
                .contains("rel=\"prev\"").doesNotContain("rel=\"next\""));
        assertThat(secondPage.get(0).get("order").get("id").asString())
                .isNotIn(firstPage.get(0).get("order").get("id").asString(), firstPage.get(1).get("order").get("id").asString());

        var unbounded = get(hsp.token(), "/api/v1/removal-orders/inbox?size=100000");
        assertThat(unbounded.statusCode()).isEqualTo(400);

        // The authority also sees orders of other tests concerning its Member State (R34), so the total is
        // compared with the whole list rather than with the three orders issued here.
        int all = JSON.readTree(get(issuer.token(), "/api/v1/removal-orders?size=500").body()).size();
        assertThat(all).isGreaterThanOrEqualTo(3);
        var list = get(issuer.token(), "/api/v1/removal-orders?size=1");
        assertThat(JSON.readTree(list.body()).size()).isEqualTo(1);
        assertThat(list.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(all));
    }

    @Test
    void theAdministrationListsBanksOutboxAndHistoriesArePaged() throws Exception {
        var hsp = provider("Paged Host", "SI", "sl", "en");
        for (int i = 1; i <= 3; i++) {
            tokens.issue(hsp.admin(), hsp.organisation().id(), "integration " + i, java.util.Set.of(eu.vigil.identity.Role.OPERATOR), null);
        }
        String org = "/api/v1/organisations/" + hsp.id();
        for (String path : new String[] {org + "/tokens", org + "/users", org + "/oauth-clients", "/api/v1/organisations",
                "/api/v1/banks", "/api/v1/providers/" + hsp.id() + "/outbox", "/api/v1/providers/" + hsp.id() + "/history"}) {
            var one = get(hsp.token(), path + "?size=1");
            assertThat(one.statusCode()).as(path + " " + one.body()).isEqualTo(200);
            assertThat(JSON.readTree(one.body()).size()).as(path).isLessThanOrEqualTo(1);
            assertThat(one.headers().firstValue("X-Total-Count")).as(path).isPresent();
            assertThat(get(hsp.token(), path + "?size=100000").statusCode()).as(path).isEqualTo(400);
        }
        var tokenPage = get(hsp.token(), org + "/tokens?size=2");
        assertThat(JSON.readTree(tokenPage.body()).size()).isEqualTo(2);
        assertThat(tokenPage.headers().firstValue("X-Total-Count")).hasValue("4");
    }
}
