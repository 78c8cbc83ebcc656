package eu.vigil.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.vigil.client.ApiModel;
import eu.vigil.client.BankReplica;
import eu.vigil.client.Confirmer;
import eu.vigil.client.OnDeviceFilter;
import eu.vigil.client.OnDeviceMatcher;
import eu.vigil.client.VigilClient;
import eu.vigil.hashing.PdqHash;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.removalorder.OrderFixture;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * The provider SDK ({@code client}) against the running server over real HTTP: the inbox and answers, a bank
 * replica on the snapshot and delta feed, and the on-device matcher confirming with the server's match API.
 */
class ClientSdkAgainstServerIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;

    private VigilClient client(Tenant tenant) {
        return new VigilClient("http://localhost:" + port, tenant.token());
    }

    @Test
    void aProviderReadsItsInboxAndAnswersThroughTheSdk() {
        var org = OrderFixture.authority(authorities, organisations, "IE", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        var issuer = withUserAndToken(org, "ie.sdk." + org.id().toString().substring(0, 8));
        var hsp = provider("Dublin SDK Host", "IE", "en", "ga");
        String id = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "en", true)).json().get("order").get("id").asString();
        VigilClient sdk = client(hsp);
        var inbox = sdk.orders();
        assertThat(inbox).extracting(o -> o.order().id().toString()).contains(id);
        var order = inbox.stream().filter(o -> o.order().id().toString().equals(id)).findFirst().orElseThrow();
        assertThat(order.sealValid()).isTrue();
        assertThat(order.remainingSeconds()).isPositive();
        assertThat(sdk.acknowledge(UUID.fromString(id), "SDK-1").order().acknowledgedAt()).isNotNull();
        var done = sdk.feedback(UUID.fromString(id), new ApiModel.Feedback(List.of(
                new ApiModel.ItemAction(1, "REMOVED", clock.instant())), "SDK-1", "Trust & Safety lead"));
        assertThat(done.order().state()).isEqualTo("EXECUTED");
        assertThat(http().bearer(issuer.token()).get("/api/v1/removal-orders/" + id).json().get("order").get("state")
                .asString()).isEqualTo("EXECUTED");
    }

    @Test
    void aReplicaFollowsTheServerAndTheOnDeviceMatcherConfirmsWithIt() {
        Tenant owner = tenant(OrganisationKind.EUROPOL, null, "Europol SDK bank");
        Tenant provider = provider("SDK Replica Host", "NL", "nl");
        Http ownerApi = http().bearer(owner.token());
        String bank = BankFixture.createBank(ownerApi, "Crisis list", List.of("PDQ", "SHA256"), "SHARED",
                List.of(Map.of("organisation", provider.id(), "access", "READ")), false).get("id").asString();
        BankFixture.addEntry(ownerApi, bank, "PDQ", BankFixture.PDQ_A, "TVE-3");

        VigilClient sdk = client(provider);
        BankReplica replica = new BankReplica(sdk, List.of(bank));
        assertThat(replica.sync()).isEqualTo(1);
        assertThat(replica.size()).isEqualTo(1);

        OnDeviceMatcher matcher = new OnDeviceMatcher(OnDeviceFilter.of(replica), Confirmer.server(sdk));
        var edited = matcher.check(BankFixture.read(BankFixture.testImage("pdq/images/bridge-mods/high-contrast.jpg")));
        assertThat(edited.verdict()).as("an edited copy of the bank's photo").isEqualTo(OnDeviceMatcher.Verdict.MATCH);
        assertThat(edited.matches()).extracting(ApiModel.MatchHit::bank).contains(bank);
        var unrelated = matcher.check(BankFixture.read(BankFixture.testImage("pdq/images/reg-test-input/labelme-subset/q0003.jpg")));
        assertThat(unrelated.verdict()).isEqualTo(OnDeviceMatcher.Verdict.NO_MATCH);
        assertThat(unrelated.sent()).as("nothing left the device").isEmpty();

        String added = BankFixture.randomPdq(new Random(7));
        long entry = BankFixture.addEntry(ownerApi, bank, "PDQ", added, "TVE-1").get("id").asLong();
        assertThat(replica.sync()).isEqualTo(1);
        assertThat(replica.match(PdqHash.parse(added))).extracting(BankReplica.LocalMatch::entryId).containsExactly(entry);
        ownerApi.postJson("/api/v1/banks/" + bank + "/entries/" + entry + "/disable", "{}");
        replica.sync();
        assertThat(replica.match(PdqHash.parse(added))).as("disabled on the server, gone from the replica").isEmpty();

        Tenant stranger = provider("SDK Stranger Host", "NL", "nl");
        BankReplica refused = new BankReplica(client(stranger), List.of(bank));
        org.assertj.core.api.Assertions.assertThatThrownBy(refused::sync)
                .isInstanceOf(eu.vigil.client.VigilApiException.class);
    }
}
