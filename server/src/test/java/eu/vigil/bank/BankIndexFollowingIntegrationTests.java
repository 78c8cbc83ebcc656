package eu.vigil.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.identity.OrganisationKind;
import eu.vigil.testing.Http;
import eu.vigil.testing.IntegrationTest;

/**
 * Several server instances share one database: changes committed by another instance (written here straight to
 * the database, as that instance would) reach this instance's in-memory indexes when it follows the changes.
 */
class BankIndexFollowingIntegrationTests extends IntegrationTest {

    @Autowired
    BankIndex index;
    @Autowired
    JdbcClient jdbc;

    private static boolean matches(Http http, String hash) {
        var r = http.postJson("/api/v1/match", Map.of("signals", List.of(Map.of("signalType", "PDQ", "value", hash))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return !r.json().get("results").get(0).get("matches").isEmpty();
    }

    @Test
    void changesOfAnotherInstanceAreFollowed() {
        Tenant owner = tenant(OrganisationKind.COMPETENT_AUTHORITY, "DE", "Bank Followed");
        Http http = http().bearer(owner.token());
        String bank = BankFixture.privatePdqBank(http).get("id").asString();
        Random random = new Random(11);
        String local = BankFixture.randomPdq(random);
        BankFixture.addEntry(http, bank, "PDQ", local, "TVE-1");
        assertThat(matches(http, local)).as("a local change is matchable when the API answers").isTrue();

        String remote = BankFixture.randomPdq(random);
        long id = jdbc.sql("""
                insert into bank_entry (bank_id, signal_type, value, labels, added_by, organisation_id, source_kind,
                    added_at, enabled, changed_at, seq)
                values (?, 'PDQ', ?, '{TVE-1}', 'instance-2', ?, 'MANUAL', ?, true, ?, nextval('bank_change_seq')) returning id""")
                .params(UUID.fromString(bank), remote, owner.organisation().id().value(),
                        Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        assertThat(matches(http, remote)).as("not followed yet").isFalse();
        index.follow();
        assertThat(matches(http, remote)).isTrue();

        jdbc.sql("update bank_entry set enabled = false, seq = nextval('bank_change_seq') where id = ?").param(id).update();
        index.follow();
        assertThat(matches(http, remote)).as("disabled on the other instance").isFalse();
        assertThat(matches(http, local)).isTrue();

        index.follow();
        assertThat(matches(http, local)).as("following again changes nothing").isTrue();
        assertThat(matches(http, remote)).isFalse();
    }
}
