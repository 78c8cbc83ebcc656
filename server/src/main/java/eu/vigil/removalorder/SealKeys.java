package eu.vigil.removalorder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Custody of the issuing authorities' Ed25519 seal keys (ADR 0012, ADR 0016): the private key never leaves this
 * interface; callers only ask for a signature or for the public key. The default, {@link EncryptedSealKeys}, keeps
 * private keys in the database encrypted under a key file outside it ({@code vigil.seal.custody=key-file}); a
 * hardware security module (PKCS#11) or a qualified trust service implements the same two methods and is selected
 * with another value of {@code vigil.seal.custody}.
 */
public interface SealKeys {

    /**
     * The Ed25519 signature of {@code data} with the private key of {@code authorityId}, creating the key pair on
     * first use.
     *
     * @throws IllegalStateException if the stored key cannot be opened (altered, moved, or another key file)
     */
    byte[] sign(UUID authorityId, byte[] data);

    /**
     * As {@link #sign(UUID, byte[])}; a key pair made by this call is valid from {@code validFrom} (the issue time
     * stamped in {@code data}, which is taken before the key exists), so that the first order it seals was issued
     * within the key's published validity (ADR 0026).
     */
    default byte[] sign(UUID authorityId, byte[] data, Instant validFrom) {
        return sign(authorityId, data);
    }

    /** The authority's public key (X.509 SubjectPublicKeyInfo), empty while it has none. */
    Optional<byte[]> publicKey(UUID authorityId);

    /**
     * Every public key that has sealed or may seal orders, with its validity period, by authority and start of
     * validity: what is published for offline verification (ADR 0026).
     */
    List<SealKey> published();
}
