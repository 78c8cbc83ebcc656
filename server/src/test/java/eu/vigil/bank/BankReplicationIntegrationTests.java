package eu.vigil.bank;

import static eu.vigil.bank.BankFixture.addEntry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.index.MatchResult;
import eu.vigil.hashing.index.PdqIndex;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Replication: a replica loads the snapshot, then follows the delta feed (adds and disables) by checkpoint. */
class BankReplicationIntegrationTests extends IntegrationTest {

    @Test
    void replicaFollowsSnapshotAndDeltaFeed() {
        Tenant owner = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Replicated");
        Tenant provider = provider("Bank Replica Host", "DE", "de");
        Http http = http().bearer(owner.token());
        Random random = new Random();
        String bank = BankFixture.createBank(http, "Shared", List.of("PDQ"), "SHARED",
                List.of(java.util.Map.of("organisation", provider.id(), "access", "READ")), false).get("id").asString();
        String h1 = BankFixture.randomPdq(random);
        String h2 = BankFixture.randomPdq(random);
        long e1 = addEntry(http, bank, "PDQ", h1, "TVE-3").get("id").asLong();
        addEntry(http, bank, "PDQ", h2, "TVE-3");

        Http replicaHttp = http().bearer(provider.token());
        JsonNode snapshot = replicaHttp.get("/api/v1/banks/" + bank + "/snapshot").json();
        PdqIndex replica = new PdqIndex();
        for (JsonNode e : snapshot.get("entries")) {
            replica.put(e.get("id").asLong(), PdqHash.parse(e.get("value").asString()));
        }
        long checkpoint = snapshot.get("checkpoint").asLong();
        assertThat(replica.size()).isEqualTo(2);

        String h3 = BankFixture.randomPdq(random);
        long e3 = addEntry(http, bank, "PDQ", h3, "TVE-1").get("id").asLong();
        http.postJson("/api/v1/banks/" + bank + "/entries/" + e1 + "/disable", "{}");

        JsonNode first = replicaHttp.get("/api/v1/banks/" + bank + "/changes?since=" + checkpoint + "&limit=1").json();
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(first.get("changes").size()).isEqualTo(1);
        long next = apply(replica, first);
        assertThat(next).isGreaterThan(checkpoint);
        JsonNode second = replicaHttp.get("/api/v1/banks/" + bank + "/changes?since=" + next).json();
        assertThat(second.get("more").asBoolean()).isFalse();
        long last = apply(replica, second);
        assertThat(last).isGreaterThan(next);

        assertThat(replica.search(PdqHash.parse(h3)).stream().map(MatchResult::id)).containsExactly(e3);
        assertThat(replica.search(PdqHash.parse(h1))).isEmpty();
        assertThat(replica.size()).isEqualTo(2);

        JsonNode empty = replicaHttp.get("/api/v1/banks/" + bank + "/changes?since=" + last).json();
        assertThat(empty.get("changes").size()).isZero();
        assertThat(empty.get("checkpoint").asLong()).isEqualTo(last);

        http.postJson("/api/v1/banks/" + bank + "/entries/" + e1 + "/enable", "{}");
        JsonNode again = replicaHttp.get("/api/v1/banks/" + bank + "/changes?since=" + last).json();
        apply(replica, again);
        assertThat(replica.search(PdqHash.parse(h1)).stream().map(MatchResult::id)).containsExactly(e1);
    }

    @Test
    void refusesNegativeCheckpoints() {
        Http http = http().bearer(tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Feed").token());
        String bank = BankFixture.privatePdqBank(http).get("id").asString();
        assertThat(http.get("/api/v1/banks/" + bank + "/changes?since=-1").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/banks/" + bank + "/changes?since=abc").status()).isEqualTo(400);
    }

    private static long apply(PdqIndex replica, JsonNode changes) {
        for (JsonNode e : changes.get("changes")) {
            if (e.get("enabled").asBoolean()) {
                replica.put(e.get("id").asLong(), PdqHash.parse(e.get("value").asString()));
            } else {
                replica.remove(e.get("id").asLong());
            }
        }
        return changes.get("checkpoint").asLong();
    }
}
