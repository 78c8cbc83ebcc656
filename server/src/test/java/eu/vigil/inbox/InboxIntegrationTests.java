package eu.vigil.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.vigil.client.ApiModel;
import eu.vigil.client.VigilClient;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.referral.ReferralFixture;
import eu.vigil.testing.IntegrationTest;

/**
 * The provider's one queue over real HTTP and PostgreSQL: referrals (and, once their features contribute, orders and
 * notices) in one list told apart, on the page and at {@code GET /api/v1/inbox}; the SDK reads it and answers a
 * referral.
 */
class InboxIntegrationTests extends IntegrationTest {

    private static String unique(String path) {
        return "https://queue.example/" + path + "/" + UUID.randomUUID();
    }

    @Test
    void theProviderSeesAReferralAsNonBindingAndAnswersItThroughTheSdk() {
        var europol = tenant(OrganisationKind.EUROPOL, null, "EU IRU queue");
        var host = provider("Queue Host", "IE", "en");
        String a = unique("a"), b = unique("b");
        String id = http().bearer(europol.token()).postJson("/api/v1/referrals", ReferralFixture.referral(host, a, b))
                .json().get("referral").get("id").asString();

        var api = http().bearer(host.token()).get("/api/v1/inbox");
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        var entry = api.json().valueStream().filter(e -> e.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(entry.get("kind").asString()).isEqualTo("REFERRAL");
        assertThat(entry.get("binding").asBoolean()).isFalse();
        assertThat(entry.get("label").asString()).isEqualTo("Non-binding referral");
        assertThat(entry.get("due").asString()).isEqualTo("REQUESTED_RESPONSE");
        assertThat(entry.get("api").asString()).isEqualTo("/api/v1/referrals/" + id);
        assertThat(http().bearer(host.token()).get("/api/v1/inbox?kind=ORDER").body()).doesNotContain(id);
        var badKind = http().bearer(host.token()).get("/api/v1/inbox?kind=MEMO");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body()).contains("kind");

        VigilClient sdk = new VigilClient("http://localhost:" + port, host.token());
        var queued = sdk.inbox().stream().filter(e -> e.id().toString().equals(id)).findFirst().orElseThrow();
        assertThat(queued.isReferral()).isTrue();
        assertThat(queued.binding()).isFalse();
        var referral = sdk.referral(queued.id());
        assertThat(referral.binding()).isFalse();
        assertThat(referral.items()).hasSize(2);
        var answered = sdk.answerReferral(queued.id(), List.of(ApiModel.ReferralAnswer.removed(1),
                ApiModel.ReferralAnswer.notActioned(2, "Counter-speech quoting the video, allowed by our policy")));
        assertThat(answered.state()).isEqualTo("ANSWERED");
        assertThat(answered.outcome()).isEqualTo("PARTLY_ACTIONED");
        assertThat(answered.items().get(0).feedback().action()).isEqualTo("REMOVED");
        assertThat(sdk.inbox()).as("an answered referral leaves the queue").noneMatch(e -> e.id().toString().equals(id));

        String other = http().bearer(europol.token()).postJson("/api/v1/referrals", ReferralFixture.referral(host,
                unique("c"))).json().get("referral").get("id").asString();
        var browser = http();
        browser.login(host.username(), PASSWORD);
        var page = browser.get("/inbox");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Inbox: orders, referrals and notices").doesNotContain(id)
                .contains("data-case-id=\"" + other + "\"").contains("Non-binding").contains("no legal deadline");
    }

    @Test
    void onlyProvidersHaveAQueue() {
        var authority = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Queue authority");
        assertThat(http().bearer(authority.token()).get("/api/v1/inbox").status()).isEqualTo(403);
        var browser = http();
        browser.login(authority.username(), PASSWORD);
        assertThat(browser.get("/inbox").status()).isEqualTo(403);
    }
}
