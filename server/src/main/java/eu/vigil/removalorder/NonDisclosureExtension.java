package eu.vigil.removalorder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import eu.vigil.shared.CanonicalJson;

/**
 * An extension of non-disclosure (Art. 11(3)) as a separate amendment of an order, sealed on its own by the issuing
 * authority (ADR 0026): the order and its seal stay as issued, and the amendment names the order by id, reference
 * and the SHA-256 of its original seal.
 *
 * @param id                 amendment id
 * @param orderId            the amended order
 * @param number             1 for the first amendment of the order
 * @param orderReference     the order's reference number
 * @param originalSealSha256 lower-case hex SHA-256 of the original order's signature
 * @param previousUntil      end of non-disclosure before this amendment
 * @param until              end of non-disclosure after it
 * @param authorityId        the issuing authority, whose key seals the amendment
 * @param issuedAt           when it was issued
 * @param canonicalForm      the sealed text ({@link #payload()}); null for an extension recorded before amendments
 *                           were sealed (migrated by V33)
 * @param signature          the Ed25519 seal over {@code canonicalForm} in UTF-8, null with it
 */
public record NonDisclosureExtension(UUID id, RemovalOrderId orderId, int number, String orderReference,
        String originalSealSha256, LocalDate previousUntil, LocalDate until, UUID authorityId, Instant issuedAt,
        String canonicalForm, byte[] signature) {

    /** The amendment's type in its sealed fields. */
    public static final String KIND = "non_disclosure_extension";

    /** Whether it carries a seal (every extension made since V33 does). */
    public boolean sealed() {
        return canonicalForm != null && signature != null;
    }

    /**
     * The sealed fields. {@code A.issued_at} and {@code E.issuing_authority_id} carry the same names as in an order,
     * so that the client's {@code OrderSealVerifier} checks an amendment like an order.
     */
    public Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("amendment", KIND);
        f.put("amendment_id", id.toString());
        f.put("amendment_number", number);
        f.put("legal_basis", "Regulation (EU) 2021/784, Art. 11(3)");
        f.put("order_id", orderId.toString());
        f.put("order_reference", orderReference);
        f.put("order_seal_sha256", originalSealSha256);
        f.put("A.issued_at", issuedAt.toString());
        f.put("C.non_disclosure_until_before", previousUntil.toString());
        f.put("C.non_disclosure_until", until.toString());
        f.put("E.issuing_authority_id", authorityId.toString());
        return f;
    }

    /** The canonical JSON text that is sealed. */
    public String payload() {
        return CanonicalJson.write(fields());
    }
}
