package eu.vigil.removalorder;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A published seal key of an issuing authority (Art. 3(4)(e), ADR 0026): what a provider needs to check a seal
 * offline.
 *
 * @param authorityId the issuing authority
 * @param keyId       lower-case hex SHA-256 of {@code publicKey}
 * @param algorithm   signature algorithm, {@value #ALGORITHM}
 * @param publicKey   the X.509 SubjectPublicKeyInfo (Base64 in JSON)
 * @param validFrom   first instant at which an order may be sealed with it
 * @param validUntil  end of validity (exclusive), null while the key is current
 */
public record SealKey(UUID authorityId, String keyId, String algorithm, byte[] publicKey, Instant validFrom,
        Instant validUntil) {

    /** The only algorithm of seals today. */
    public static final String ALGORITHM = "Ed25519";

    /** The key id of a SubjectPublicKeyInfo: lower-case hex of its SHA-256. */
    public static String keyId(byte[] subjectPublicKeyInfo) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(subjectPublicKeyInfo));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Whether an order issued at {@code at} may carry a seal of this key. */
    public boolean validAt(Instant at) {
        return !at.isBefore(validFrom) && (validUntil == null || at.isBefore(validUntil));
    }
}
