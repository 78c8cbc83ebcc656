package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.testing.IntegrationTest;

/**
 * The authorities' seal private keys are kept encrypted under a key outside the database (ADR 0016): no row holds a
 * key in clear, keys of earlier versions are encrypted at start-up, and an altered or moved ciphertext fails.
 */
class SealKeyCustodyIntegrationTests extends IntegrationTest {

    @Autowired
    CompetentAuthorities authorities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrderSeal seal;
    @Autowired
    EncryptedSealKeys encryptingKeys;
    @Value("${vigil.database.data-dir}")
    Path dataDir;

    private UUID authority() {
        return OrderFixture.authority(authorities, organisations, "DE", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1))).id().value();
    }

    @Test
    void afterAnOrderIsIssuedNoRowHoldsTheSealPrivateKeyInClearAndTheSealVerifies() throws Exception {
        var org = OrderFixture.authority(authorities, organisations, "DE", EnumSet.of(AuthorityRole.ISSUE),
                clock.instant().minus(Duration.ofDays(1)));
        var issuer = withUserAndToken(org, "sealer." + org.id().toString().substring(0, 8));
        var hsp = provider("Custody Host", "DE", "de");
        var issued = http().bearer(issuer.token()).postJson("/api/v1/removal-orders",
                OrderFixture.order(UUID.fromString(hsp.id()), "de", true));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.json().get("sealValid").asBoolean()).isTrue();

        UUID id = org.id().value();
        byte[] pkcs8 = decryptIndependently(id);
        byte[] publicKey = jdbc.sql("select public_key from authority_seal where authority_id = ?").param(id)
                .query(byte[].class).single();
        assertThat(signsFor(pkcs8, publicKey)).as("the encrypted bytes are the authority's private key").isTrue();
        byte[] seed = Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
        long clear = jdbc.sql("""
                select count(*) from authority_seal
                where private_key is not null
                   or position(?::bytea in private_key_encrypted) > 0 or position(?::bytea in private_key_encrypted) > 0
                   or position(?::bytea in public_key) > 0""")
                .params(pkcs8, seed, seed).query(Long.class).single();
        assertThat(clear).as("rows holding a private key in clear").isZero();
    }

    @Test
    void clearKeysOfEarlierVersionsAreEncryptedAtStartUpAndKeepSealing() throws Exception {
        UUID id = authority();
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        jdbc.sql("insert into authority_seal (authority_id, public_key, private_key, created_at) values (?,?,?,?)")
                .params(id, pair.getPublic().getEncoded(), pair.getPrivate().getEncoded(), Timestamp.from(clock.instant()))
                .update();

        encryptingKeys.encryptClearKeys();

        assertThat(jdbc.sql("select private_key is null from authority_seal where authority_id = ?").param(id)
                .query(Boolean.class).single()).as("clear column emptied").isTrue();
        assertThat(decryptIndependently(id)).isEqualTo(pair.getPrivate().getEncoded());
        String payload = "{\"A.reference\":\"legacy\"}";
        byte[] signature = seal.sign(id, payload);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(payload.getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(signature)).as("the same key seals after its encryption").isTrue();
        assertThat(seal.verify(id, payload, signature)).isTrue();
    }

    @Test
    void aTamperedOrMovedEncryptedKeyFailsClearly() {
        UUID tampered = authority();
        UUID moved = authority();
        seal.sign(tampered, "first");
        seal.sign(moved, "first");
        jdbc.sql("update authority_seal set private_key_encrypted = overlay(private_key_encrypted placing "
                + "'\\xff'::bytea from 20 for 1) where authority_id = ?").param(tampered).update();
        assertThatThrownBy(() -> seal.sign(tampered, "second")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(tampered.toString()).hasMessageContaining("integrity");

        UUID donor = authority();
        seal.sign(donor, "first");
        jdbc.sql("update authority_seal set private_key_encrypted = (select private_key_encrypted from authority_seal "
                + "where authority_id = ?) where authority_id = ?").params(donor, moved).update();
        assertThatThrownBy(() -> seal.sign(moved, "second")).as("a key copied to another authority")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("integrity");
    }

    /** Opens the stored key with the key file and the documented format, without the production code. */
    private byte[] decryptIndependently(UUID authority) throws Exception {
        byte[] stored = jdbc.sql("select private_key_encrypted from authority_seal where authority_id = ?")
                .param(authority).query(byte[].class).single();
        Path keyFile = dataDir.toAbsolutePath().resolveSibling("keys").resolve("seal.key");
        byte[] key = Base64.getDecoder().decode(Files.readString(keyFile).strip());
        assertThat(stored[0]).as("format version").isEqualTo((byte) 1);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, stored, 1, 12));
        c.updateAAD(("vigil authority seal " + authority).getBytes(StandardCharsets.US_ASCII));
        return c.doFinal(stored, 13, stored.length - 13);
    }

    private static boolean signsFor(byte[] pkcs8, byte[] x509) throws Exception {
        PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(new byte[] {1, 2, 3});
        return verifier.verify(signature);
    }
}
