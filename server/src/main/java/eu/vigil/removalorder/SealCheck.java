package eu.vigil.removalorder;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

/**
 * Checks that an order's stored fields still give exactly the sealed Annex I payload and that the seal
 * verifies (R4). An order that fails is withheld from the provider's inbox.
 */
@Component
public class SealCheck {

    private final RemovalOrders orders;
    private final OrderSeal seal;

    SealCheck(RemovalOrders orders, OrderSeal seal) {
        this.orders = orders;
        this.seal = seal;
    }

    /** The stored seal of {@code order} (an order the caller may see), with the id of the key that made it. */
    public SealedOrder sealOf(RemovalOrder order) {
        RemovalOrders.Seal stored = orders.seal(order.id());
        String keyId = seal.publicKey(stored.authorityId()).map(SealKey::keyId).orElse(null);
        return new SealedOrder(order.id(), order.reference(), stored.authorityId(), order.issuedAt(), SealKey.ALGORITHM,
                keyId, stored.payload(), stored.payload().getBytes(StandardCharsets.UTF_8), stored.signature());
    }

    /**
     * Whether every non-disclosure amendment of {@code order} is intact: sealed, its stored fields give exactly the
     * sealed text, it names the order's current seal, and the issuing authority's seal over it verifies.
     */
    public boolean amendmentsIntact(RemovalOrder order) {
        if (order.nonDisclosureExtensions().isEmpty()) {
            return true;
        }
        String originalSeal = java.util.HexFormat.of().formatHex(
                eu.vigil.shared.Digests.sha256(orders.seal(order.id()).signature()));
        return order.nonDisclosureExtensions().stream().allMatch(a -> a.sealed()
                && a.canonicalForm().equals(a.payload()) && a.originalSealSha256().equals(originalSeal)
                && seal.verify(a.authorityId(), a.canonicalForm(), a.signature()));
    }

    /** Whether {@code order} is intact. */
    public boolean intact(RemovalOrder order) {
        RemovalOrders.Seal stored = orders.seal(order.id());
        return stored.payload().equals(AnnexOne.payload(order))
                && seal.verify(stored.authorityId(), stored.payload(), stored.signature());
    }
}
