package eu.vigil.removalorder;

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

    /** Whether {@code order} is intact. */
    public boolean intact(RemovalOrder order) {
        RemovalOrders.Seal stored = orders.seal(order.id());
        return stored.payload().equals(AnnexOne.payload(order))
                && seal.verify(stored.authorityId(), stored.payload(), stored.signature());
    }
}
