package eu.vigil.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Verifies the electronic seal of a removal order offline, with the JDK only (Ed25519 of Java 15 and later): give
 * it the published seal keys ({@code GET /api/v1/seal-keys}, e.g. via {@link VigilClient#sealKeys()}) once, then
 * verify each order's seal ({@code GET /api/v1/removal-orders/{id}/seal}, {@link VigilClient#seal(UUID)}).
 * <p>
 * The issue time and the issuing authority are read from the signed bytes themselves (fields {@code A.issued_at}
 * and {@code E.issuing_authority_id}), never from the unsigned envelope; a key only vouches for orders issued within
 * its validity period and by its own authority. A verifier holds no mutable state and may be shared.
 */
public final class OrderSealVerifier {

    /** The algorithm of Vigil's seals. */
    public static final String ALGORITHM = "Ed25519";

    private final Map<String, SealKey> keys = new LinkedHashMap<>();

    /** A verifier trusting exactly {@code keys} (as published by the server, or pinned by the provider). */
    public OrderSealVerifier(Collection<SealKey> keys) {
        for (SealKey k : Objects.requireNonNull(keys, "keys")) {
            this.keys.put(Objects.requireNonNull(k.keyId(), "keyId").toLowerCase(java.util.Locale.ROOT), k);
        }
    }

    /**
     * A published seal key ({@code GET /api/v1/seal-keys}).
     *
     * @param authorityId issuing authority
     * @param keyId       lower-case hex SHA-256 of {@code publicKey}
     * @param algorithm   {@value OrderSealVerifier#ALGORITHM}
     * @param publicKey   X.509 SubjectPublicKeyInfo (Base64 in JSON)
     * @param validFrom   start of validity (inclusive)
     * @param validUntil  end of validity (exclusive), null while current
     */
    public record SealKey(UUID authorityId, String keyId, String algorithm, byte[] publicKey, Instant validFrom,
            Instant validUntil) {
    }

    /**
     * The seal of one order ({@code GET /api/v1/removal-orders/{id}/seal}).
     *
     * @param orderId       order id
     * @param reference     reference number
     * @param authorityId   issuing authority (as the server states it; the verifier uses the signed one)
     * @param issuedAt      issue time (as the server states it; the verifier uses the signed one)
     * @param algorithm     signature algorithm
     * @param keyId         id of the key that sealed it
     * @param canonicalForm the signed text: canonical JSON of the Annex I fields
     * @param signedBytes   the signed bytes (Base64 in JSON); {@code canonicalForm} in UTF-8
     * @param signature     the signature (Base64 in JSON)
     */
    public record SealedOrder(UUID orderId, String reference, UUID authorityId, Instant issuedAt, String algorithm,
            String keyId, String canonicalForm, byte[] signedBytes, byte[] signature) {
    }

    /** What a verification found. */
    public enum Outcome {
        /** The signature is the authority's, made with a key valid when the order was issued. */
        VALID,
        /** The signature does not verify over these bytes with this key: the order was altered, or not sealed so. */
        INVALID_SIGNATURE,
        /** No trusted key has this id, or the key belongs to another authority than the one named in the order. */
        UNKNOWN_KEY,
        /** The key was not yet, or no longer, valid at the issue time stamped in the order. */
        KEY_NOT_VALID_AT_ISSUE,
        /** The seal or a key is incomplete or unreadable (algorithm, encoding, signed fields). */
        MALFORMED
    }

    /**
     * The result of one verification.
     *
     * @param outcome what was found
     * @param detail  one sentence saying why
     */
    public record Verification(Outcome outcome, String detail) {

        /** Whether the seal is valid. */
        public boolean valid() {
            return outcome == Outcome.VALID;
        }
    }

    /** Verifies {@code seal}. */
    public Verification verify(SealedOrder seal) {
        if (seal == null || seal.signature() == null || seal.keyId() == null
                || (seal.signedBytes() == null && seal.canonicalForm() == null)) {
            return result(Outcome.MALFORMED, "the seal lacks its signature, key id or signed bytes");
        }
        if (!ALGORITHM.equals(seal.algorithm())) {
            return result(Outcome.MALFORMED, "unsupported algorithm " + seal.algorithm() + "; expected " + ALGORITHM);
        }
        byte[] signed = seal.signedBytes() != null ? seal.signedBytes()
                : seal.canonicalForm().getBytes(StandardCharsets.UTF_8);
        if (seal.signedBytes() != null && seal.canonicalForm() != null
                && !seal.canonicalForm().equals(new String(signed, StandardCharsets.UTF_8))) {
            return result(Outcome.MALFORMED, "the canonical form is not the text of the signed bytes");
        }
        SealKey key = keys.get(seal.keyId().toLowerCase(java.util.Locale.ROOT));
        if (key == null) {
            return result(Outcome.UNKNOWN_KEY, "no trusted seal key has the id " + seal.keyId());
        }
        if (!ALGORITHM.equals(key.algorithm()) || key.publicKey() == null || key.validFrom() == null
                || key.authorityId() == null) {
            return result(Outcome.MALFORMED, "the seal key " + key.keyId() + " is incomplete or not " + ALGORITHM);
        }
        if (!keyId(key.publicKey()).equalsIgnoreCase(key.keyId())) {
            return result(Outcome.MALFORMED, "the seal key's id is not the SHA-256 of its public key");
        }
        PublicKey publicKey;
        try {
            publicKey = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(key.publicKey()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return result(Outcome.MALFORMED, "the seal key " + key.keyId() + " is not an " + ALGORITHM + " public key");
        }
        boolean verified;
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(signed);
            verified = verifier.verify(seal.signature());
        } catch (GeneralSecurityException e) {
            verified = false;
        }
        if (!verified) {
            return result(Outcome.INVALID_SIGNATURE, "the signature does not verify with key " + key.keyId()
                    + ": the signed bytes were altered or sealed with another key");
        }
        Map<String, String> fields;
        try {
            fields = TopLevelStrings.of(new String(signed, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return result(Outcome.MALFORMED, "the signed bytes are not a JSON object: " + e.getMessage());
        }
        String issued = fields.get("A.issued_at");
        String authority = fields.get("E.issuing_authority_id");
        if (issued == null || authority == null) {
            return result(Outcome.MALFORMED, "the signed fields lack A.issued_at or E.issuing_authority_id");
        }
        Instant issuedAt;
        try {
            issuedAt = Instant.parse(issued);
        } catch (DateTimeParseException e) {
            return result(Outcome.MALFORMED, "A.issued_at is not an ISO instant: " + issued);
        }
        if (!authority.equalsIgnoreCase(key.authorityId().toString())) {
            return result(Outcome.UNKNOWN_KEY, "key " + key.keyId() + " belongs to authority " + key.authorityId()
                    + ", but the order names " + authority);
        }
        if (issuedAt.isBefore(key.validFrom()) || (key.validUntil() != null && !issuedAt.isBefore(key.validUntil()))) {
            return result(Outcome.KEY_NOT_VALID_AT_ISSUE, "the order was issued at " + issuedAt + ", outside the key's "
                    + "validity from " + key.validFrom() + (key.validUntil() == null ? "" : " until " + key.validUntil()));
        }
        return result(Outcome.VALID, "sealed by authority " + authority + " with key " + key.keyId() + ", issued at "
                + issuedAt);
    }

    /** The key id of a SubjectPublicKeyInfo: lower-case hex of its SHA-256. */
    public static String keyId(byte[] subjectPublicKeyInfo) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(subjectPublicKeyInfo));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static Verification result(Outcome outcome, String detail) {
        return new Verification(outcome, detail);
    }
}
