package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.client.OrderSealVerifier;
import eu.vigil.client.VigilApiException;
import eu.vigil.client.VigilClient;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.IntegrationTest;

/**
 * Build 5 (ADR 0026): a provider verifies an order's seal offline with the client SDK, from the published seal
 * keys and the order's seal fetched over real HTTP.
 */
class OrderSealVerificationIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;

    @Autowired
    JdbcClient jdbc;

    private VigilClient client(Tenant tenant) {
        return new VigilClient("http://localhost:" + port, tenant.token());
    }

    private record Issued(Tenant issuer, Tenant provider, UUID order, UUID authority) {
    }

    private Issued issue(String ms, String language, String label) {
        var org = OrderFixture.authority(authorities, organisations, ms, EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        var issuer = withUserAndToken(org, "seal." + org.id().toString().substring(0, 8));
        var hsp = provider(label, ms, language, "en");
        var response = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "en", true));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return new Issued(issuer, hsp, UUID.fromString(response.json().get("order").get("id").asString()),
                org.id().value());
    }

    @Test
    void theProviderVerifiesTheSealOfAnIssuedOrderOfflineWithTheClient() {
        Issued issued = issue("FI", "fi", "Helsinki Seal Host");
        VigilClient sdk = client(issued.provider());

        var keys = sdk.sealKeys();
        var ownKey = keys.stream().filter(k -> k.authorityId().equals(issued.authority())).toList();
        assertThat(ownKey).hasSize(1);
        assertThat(ownKey.getFirst().keyId()).isEqualTo(OrderSealVerifier.keyId(ownKey.getFirst().publicKey()));
        assertThat(ownKey.getFirst().validUntil()).isNull();
        assertThat(http().bearer(issued.provider().token()).get("/api/v1/authorities/" + issued.authority() + "/seal-keys")
                .json().get(0).get("keyId").asString()).isEqualTo(ownKey.getFirst().keyId());

        var seal = sdk.seal(issued.order());
        assertThat(seal.keyId()).isEqualTo(ownKey.getFirst().keyId());
        assertThat(seal.algorithm()).isEqualTo("Ed25519");
        assertThat(seal.canonicalForm()).contains("\"A.reference\"");
        assertThat(ownKey.getFirst().validFrom()).as("the key is valid from the first order it sealed")
                .isBeforeOrEqualTo(seal.issuedAt());

        var verification = new OrderSealVerifier(keys).verify(seal);
        assertThat(verification.outcome()).as(verification.detail()).isEqualTo(OrderSealVerifier.Outcome.VALID);
    }

    @Test
    void anOrderAlteredInTheDatabaseFailsOfflineVerification() {
        Issued issued = issue("EE", "et", "Tallinn Seal Host");
        jdbc.sql("update removal_order set signed_payload = replace(signed_payload, 'video at 01:23', 'video at 09:99') "
                + "where id = ?").param(issued.order()).update();
        VigilClient sdk = client(issued.provider());
        var verification = new OrderSealVerifier(sdk.sealKeys()).verify(sdk.seal(issued.order()));
        assertThat(verification.outcome()).isEqualTo(OrderSealVerifier.Outcome.INVALID_SIGNATURE);
    }

    @Test
    void onlyPartiesThatMaySeeTheOrderGetItsSeal() {
        Issued issued = issue("LV", "lv", "Riga Seal Host");
        assertThat(http().bearer(issued.issuer().token()).get("/api/v1/removal-orders/" + issued.order() + "/seal")
                .status()).isEqualTo(200);
        var stranger = provider("Riga Other Host", "LV", "lv");
        try {
            client(stranger).seal(issued.order());
            throw new AssertionError("a provider that is not the addressee got the seal");
        } catch (VigilApiException e) {
            assertThat(e.status()).isEqualTo(404);
        }
    }
}
