package eu.vigil.removalorder;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The electronic seal of issuing authorities (Art. 3(4)(e), R4): an Ed25519 key pair per authority, made on
 * its first order. The signed payload is the canonical JSON of the Annex I fields; any later change of a
 * stored field makes verification fail.
 * <p>
 * The keys are held by {@link SealKeys}: by default encrypted under a key file outside the database (ADR 0016);
 * an installation that needs qualified seals supplies an implementation backed by a hardware security module.
 */
@Component
public class OrderSeal {

    private final SealKeys keys;

    OrderSeal(SealKeys keys) {
        this.keys = keys;
    }

    /** Signs {@code payload} with the authority's key, creating the key on first use. */
    public byte[] sign(UUID authorityId, String payload) {
        return keys.sign(authorityId, payload.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs {@code payload} with the authority's key; a key made by this call is valid from {@code issuedAt}, the
     * time stamped in the payload (ADR 0026).
     */
    public byte[] sign(UUID authorityId, String payload, Instant issuedAt) {
        return keys.sign(authorityId, payload.getBytes(StandardCharsets.UTF_8), issuedAt);
    }

    /** Every published seal key with its validity period (ADR 0026). */
    public List<SealKey> published() {
        return keys.published();
    }

    /** The published seal keys of one authority. */
    public List<SealKey> publishedBy(UUID authorityId) {
        return keys.published().stream().filter(k -> k.authorityId().equals(authorityId)).toList();
    }

    /** Whether {@code signature} is the authority's seal over exactly {@code payload}. */
    public boolean verify(UUID authorityId, String payload, byte[] signature) {
        byte[] encoded = keys.publicKey(authorityId).orElse(null);
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

    /**
     * The authority's public key (X.509 encoded), for anyone who wants to check a seal independently; empty while
     * the authority has sealed nothing.
     */
    public Optional<byte[]> publicKey(UUID authorityId) {
        return keys.publicKey(authorityId);
    }
}
