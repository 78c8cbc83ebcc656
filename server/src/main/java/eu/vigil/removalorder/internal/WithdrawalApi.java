package eu.vigil.removalorder.internal;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.removalorder.IssueOutcome;
import eu.vigil.removalorder.IssueRequest;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.removalorder.WithdrawingRemovalOrders;
import eu.vigil.shared.Limits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The issuer's withdrawal and correction of an order over the API (issue 11, build 2). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Removal orders")
class WithdrawalApi {

    private final WithdrawingRemovalOrders withdrawing;
    private final RemovalOrderApi orders;

    WithdrawalApi(WithdrawingRemovalOrders withdrawing, RemovalOrderApi orders) {
        this.withdrawing = withdrawing;
        this.orders = orders;
    }

    /** Body of a withdrawal. */
    record WithdrawalRequest(@Size(max = Limits.TEXT, message = Limits.CHARS) String grounds) {
    }

    @Operation(summary = "Issuer: withdraw the order; every answer is refused afterwards (409), provider and host authority are told")
    @PostMapping("/removal-orders/{id}/withdrawal")
    OrderView withdraw(@PathVariable UUID id, @RequestBody @Valid WithdrawalRequest body) {
        withdrawing.withdraw(CurrentActor.get(), new RemovalOrderId(id), body.grounds());
        return orders.get(id);
    }

    @Operation(summary = "Issuer: re-issue a corrected order after a manifest-error Annex III; the first is withdrawn and linked (201)")
    @PostMapping("/removal-orders/{id}/reissue")
    ResponseEntity<?> reissue(@PathVariable UUID id, @RequestBody @Valid IssueRequest corrected) {
        return switch (withdrawing.reissue(CurrentActor.get(), new RemovalOrderId(id), corrected)) {
            case IssueOutcome.Issued issued -> ResponseEntity
                    .created(URI.create("/api/v1/removal-orders/" + issued.order().id()))
                    .body(orders.get(issued.order().id().value()));
            case IssueOutcome.Refused refused -> RemovalOrderApi.refusal(refused);
        };
    }
}
