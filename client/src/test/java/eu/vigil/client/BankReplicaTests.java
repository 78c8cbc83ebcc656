package eu.vigil.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import eu.vigil.client.BankReplica.LocalMatch;
import eu.vigil.hashing.ExactHashes;
import eu.vigil.hashing.PdqHash;

/** The replica loads a snapshot, then follows the delta feed page by page from its checkpoint. */
class BankReplicaTests {

    static final String BANK = VigilClientTests.BANK;
    static final String SUPPRESS = "00000000-0000-4000-8000-000000000001";
    static final String H1 = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    static final String H2 = "e4cc89d91c623842f8d1f1d9a398e78c9f199a3bf87925f2b7e11e0bf061b064";
    static final String H3 = "6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d";
    static final String MD5 = ExactHashes.md5(new byte[] {1, 2, 3}).toText();

    static String entry(long id, String type, String value, boolean enabled, long checkpoint) {
        return "{\"id\":%d,\"signalType\":\"%s\",\"value\":\"%s\",\"labels\":[\"TVE-3\"],\"enabled\":%s,\"checkpoint\":%d}"
                .formatted(id, type, value, enabled, checkpoint);
    }

    static String changes(long since, long checkpoint, boolean more, String... entries) {
        return "{\"bank\":\"%s\",\"since\":%d,\"checkpoint\":%d,\"more\":%s,\"changes\":[%s]}"
                .formatted(BANK, since, checkpoint, more, String.join(",", entries));
    }

    @Test
    void followsSnapshotThenPagedDeltaFeed() throws Exception {
        try (FakeVigil server = new FakeVigil()) {
            server.on("GET /api/v1/banks/" + BANK + "/snapshot", """
                    {"bank":"%s","name":"Shared","pdqThreshold":31,"suppression":false,"checkpoint":10,"entries":[
                     {"id":1,"signal_type":"PDQ","value":"%s","labels":["TVE-3"],"enabled":true,"checkpoint":5},
                     {"id":2,"signal_type":"URL","value":"https://x.example/","labels":[],"enabled":true,"checkpoint":6},
                     {"id":3,"signal_type":"MD5","value":"%s","labels":[],"enabled":true,"checkpoint":10}]}"""
                    .formatted(BANK, H1, MD5));
            server.on("GET /api/v1/banks/" + SUPPRESS + "/snapshot", """
                    {"bank":"%s","name":"Known false positives","pdqThreshold":31,"suppression":true,"checkpoint":3,
                     "entries":[{"id":90,"signal_type":"PDQ","value":"%s","labels":[],"enabled":true,"checkpoint":3}]}"""
                    .formatted(SUPPRESS, H3));
            server.on("GET /api/v1/banks/" + SUPPRESS + "/changes?since=3&limit=1000", "{\"bank\":\"" + SUPPRESS
                    + "\",\"since\":3,\"checkpoint\":3,\"more\":false,\"changes\":[]}");
            String p = "GET /api/v1/banks/" + BANK + "/changes?since=";
            server.on(p + "10&limit=1000", changes(10, 11, true, entry(4, "PDQ", H2, true, 11)));
            server.on(p + "11&limit=1000", changes(11, 12, false, entry(1, "PDQ", H1, false, 12)));
            server.on(p + "12&limit=1000", changes(12, 12, false));

            BankReplica replica = new BankReplica(new VigilClient(server.url(), "t"), List.of(BANK, SUPPRESS));
            assertThat(replica.checkpoint(BANK)).isEqualTo(-1);
            replica.sync();
            assertThat(replica.checkpoint(BANK)).isEqualTo(12);
            assertThat(replica.pdqHashes()).containsExactly(PdqHash.parse(H2));
            assertThat(replica.exactHashes()).extracting(h -> h.toText()).containsExactly(MD5);
            assertThat(replica.match(PdqHash.parse(H1))).isEmpty();
            assertThat(replica.match(PdqHash.parse(H2).flip(0).flip(100))).extracting(LocalMatch::entryId, LocalMatch::distance)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, 2));
            assertThat(replica.isSuppression(SUPPRESS)).isTrue();

            // re-enabled later, and a suppression bank entry cancels a match near H3
            server.on(p + "12&limit=1000", changes(12, 13, false, entry(1, "PDQ", H1, true, 13)));
            server.on(p + "13&limit=1000", changes(13, 13, false));
            assertThat(replica.sync()).isEqualTo(1);
            assertThat(replica.pdqHashes()).containsExactlyInAnyOrder(PdqHash.parse(H1), PdqHash.parse(H2));
            assertThat(replica.match(PdqHash.parse(H3))).isEmpty();
            long snapshots = server.requests.stream().filter(r -> r.uri().endsWith("/snapshot")).count();
            assertThat(snapshots).isEqualTo(2); // one per bank, only at the first sync
        }
    }
}
