package eu.vigil.removalorder;

import java.time.Instant;
import java.util.UUID;

/**
 * The seal of one order as stored, for verification outside Vigil (ADR 0026): the exact signed bytes, their text
 * (the canonical JSON of the Annex I fields), the signature and the key that made it.
 *
 * @param orderId       the order
 * @param reference     its reference number
 * @param authorityId   the issuing authority whose key sealed it
 * @param issuedAt      the issue time stamped in the signed fields
 * @param algorithm     signature algorithm, {@value SealKey#ALGORITHM}
 * @param keyId         lower-case hex SHA-256 of the sealing key's SubjectPublicKeyInfo, null if the authority has
 *                      no published key
 * @param canonicalForm the signed text
 * @param signedBytes   the signed bytes: {@code canonicalForm} in UTF-8 (Base64 in JSON)
 * @param signature     the Ed25519 signature (Base64 in JSON)
 */
public record SealedOrder(RemovalOrderId orderId, String reference, UUID authorityId, Instant issuedAt,
        String algorithm, String keyId, String canonicalForm, byte[] signedBytes, byte[] signature) {
}
