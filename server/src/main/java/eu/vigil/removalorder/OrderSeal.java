package eu.vigil.removalorder;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The electronic seal of issuing authorities (Art. 3(4)(e), R4): an Ed25519 key pair per authority, made on
 * its first order. The signed payload is the canonical JSON of the Annex I fields; any later change of a
 * stored field makes verification fail.
 * <p>
 * The private keys are kept in the database; an installation that needs qualified seals replaces this class
 * with one backed by a hardware security module.
 */
@Component
public class OrderSeal {

    private final JdbcClient jdbc;
    private final Clock clock;

    OrderSeal(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Signs {@code payload} with the authority's key, creating the key on first use. */
    public byte[] sign(UUID authorityId, String payload) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey(authorityId));
            signer.update(payload.getBytes(StandardCharsets.UTF_8));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal with Ed25519", e);
        }
    }

    /** Whether {@code signature} is the authority's seal over exactly {@code payload}. */
    public boolean verify(UUID authorityId, String payload, byte[] signature) {
        byte[] encoded = jdbc.sql("select public_key from authority_seal where authority_id = ?").param(authorityId)
                .query(byte[].class).optional().orElse(null);
        if (encoded == null) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(payload.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The authority's public key (X.509 encoded), for anyone who wants to check a seal independently. */
    public byte[] publicKey(UUID authorityId) {
        privateKey(authorityId);
        return jdbc.sql("select public_key from authority_seal where authority_id = ?").param(authorityId)
                .query(byte[].class).single();
    }

    private PrivateKey privateKey(UUID authorityId) {
        try {
            byte[] encoded = jdbc.sql("select private_key from authority_seal where authority_id = ?")
                    .param(authorityId).query(byte[].class).optional().orElse(null);
            if (encoded == null) {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                jdbc.sql("""
                        insert into authority_seal (authority_id, public_key, private_key, created_at) values (?,?,?,?)
                        on conflict (authority_id) do nothing""")
                        .params(authorityId, pair.getPublic().getEncoded(), pair.getPrivate().getEncoded(),
                                Timestamp.from(clock.instant()))
                        .update();
                encoded = jdbc.sql("select private_key from authority_seal where authority_id = ?").param(authorityId)
                        .query(byte[].class).single();
            }
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the seal of authority " + authorityId, e);
        }
    }
}
