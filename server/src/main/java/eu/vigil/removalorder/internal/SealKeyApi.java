package eu.vigil.removalorder.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.removalorder.OrderSeal;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.removalorder.RemovalOrders;
import eu.vigil.removalorder.SealCheck;
import eu.vigil.removalorder.SealKey;
import eu.vigil.removalorder.SealedOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Publication of the issuing authorities' seal keys and of each order's seal (ADR 0026), so that a provider can
 * verify an order offline with the client SDK's {@code OrderSealVerifier}. Public keys are open to every
 * authenticated caller; an order's seal only to those who may see the order (R34).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Removal orders")
class SealKeyApi {

    private final OrderSeal seal;
    private final SealCheck seals;
    private final RemovalOrders orders;

    SealKeyApi(OrderSeal seal, SealCheck seals, RemovalOrders orders) {
        this.seal = seal;
        this.seals = seals;
        this.orders = orders;
    }

    @Operation(summary = "Every issuing authority's Ed25519 seal key (SubjectPublicKeyInfo, Base64) with key id "
            + "(SHA-256 of it) and validity period")
    @GetMapping("/seal-keys")
    List<SealKey> sealKeys() {
        return seal.published();
    }

    @Operation(summary = "One authority's seal keys with their validity periods; empty while it has sealed nothing")
    @GetMapping("/authorities/{id}/seal-keys")
    List<SealKey> authoritySealKeys(@PathVariable UUID id) {
        return seal.publishedBy(id);
    }

    @Operation(summary = "The order's seal: signed bytes and their canonical text, signature, algorithm and key id")
    @GetMapping("/removal-orders/{id}/seal")
    SealedOrder orderSeal(@PathVariable UUID id) {
        return seals.sealOf(orders.get(CurrentActor.get(), new RemovalOrderId(id)));
    }
}
