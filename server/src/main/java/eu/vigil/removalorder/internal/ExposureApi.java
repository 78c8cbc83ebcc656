package eu.vigil.removalorder.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.removalorder.Exposure;
import eu.vigil.removalorder.ExposureCase;
import eu.vigil.removalorder.Finality;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.removalorder.RemovalOrders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.vigil.shared.Limits;
import eu.vigil.shared.PagedList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Appeals and finality of orders (Art. 3(9)), non-disclosure extension (Art. 11(3)) and exposure (Art. 5). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Finality and specific measures")
class ExposureApi {

    private final Finality finality;
    private final Exposure exposure;
    private final RemovalOrders orders;
    private final eu.vigil.removalorder.NonDisclosure nonDisclosure;

    ExposureApi(Finality finality, Exposure exposure, RemovalOrders orders, eu.vigil.removalorder.NonDisclosure nonDisclosure) {
        this.finality = finality;
        this.exposure = exposure;
        this.orders = orders;
        this.nonDisclosure = nonDisclosure;
    }

    /** Body of a non-disclosure extension. */
    record Extension(java.time.LocalDate until) {
    }

    @Operation(summary = "Issuer: extend non-disclosure once, by at most six weeks and to at most twelve in total "
            + "(Art. 11(3)), as a separately sealed amendment; the order and its seal stay as issued. 422 with reason "
            + "NO_NON_DISCLOSURE, SECOND_EXTENSION or DOES_NOT_EXTEND; 409 NON_DISCLOSURE_ENDED")
    @PostMapping("/removal-orders/{id}/non-disclosure-extension")
    Map<String, Object> extendNonDisclosure(@PathVariable UUID id, @RequestBody @Valid Extension body) {
        var amendment = nonDisclosure.extend(CurrentActor.get(), new RemovalOrderId(id), body.until());
        return Map.of("nonDisclosureUntil", amendment.until(), "amendment", amendment);
    }

    /** Body of an appeal. */
    record Appeal(Instant lodgedAt, @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String court) {
    }

    /** Body of an appeal outcome. */
    record AppealOutcome(boolean confirmed) {
    }

    @Operation(summary = "Appeal deadline and finality of an order (R21)")
    @GetMapping("/removal-orders/{id}/finality")
    Map<String, Object> finality(@PathVariable UUID id) {
        var order = orders.get(CurrentActor.get(), new RemovalOrderId(id));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("appealDeadline", finality.appealDeadline(order.id()));
        m.put("finalAt", finality.finalAt(order.id()));
        m.put("state", order.state());
        return m;
    }

    @Operation(summary = "Issuer: record that the order was challenged")
    @PostMapping("/removal-orders/{id}/appeal")
    Map<String, Object> appeal(@PathVariable UUID id, @RequestBody @Valid Appeal body) {
        finality.appealLodged(CurrentActor.get(), new RemovalOrderId(id), body.lodgedAt(), body.court());
        return finality(id);
    }

    @Operation(summary = "Issuer: record the appeal's outcome (confirmed: final; otherwise: no legal effect)")
    @PostMapping("/removal-orders/{id}/appeal/outcome")
    Map<String, Object> appealOutcome(@PathVariable UUID id, @RequestBody @Valid AppealOutcome body) {
        finality.appealDecided(CurrentActor.get(), new RemovalOrderId(id), body.confirmed());
        return finality(id);
    }

    @Operation(summary = "Exposure cases visible to the caller (its own as provider; its Member State's as authority); "
            + "paged (page, size), total in X-Total-Count")
    @GetMapping("/exposure-cases")
    ResponseEntity<List<ExposureCase>> cases(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(exposure.visibleTo(CurrentActor.get()), page, size);
    }

    /** Body of an exposure decision. */
    record Decision(boolean exposed, @Size(max = Limits.TEXT, message = Limits.CHARS) String reasons) {
    }

    /** Body of a report or review outcome. */
    record Text(@Size(max = Limits.TEXT, message = Limits.CHARS) String text) {
    }

    @Operation(summary = "Role-(c) authority: decide whether the provider is exposed (Art. 5(4))")
    @PostMapping("/exposure-cases/{id}/decision")
    ExposureCase decide(@PathVariable UUID id, @RequestBody @Valid Decision body) {
        return exposure.decide(CurrentActor.get(), id, body.exposed(), body.reasons());
    }

    @Operation(summary = "Provider: submit the due specific-measures report (Art. 5(5))")
    @PostMapping("/exposure-cases/{id}/reports")
    ExposureCase report(@PathVariable UUID id, @RequestBody @Valid Text body) {
        return exposure.submitReport(CurrentActor.get(), id, body.text());
    }

    @Operation(summary = "Provider: request a review (Art. 5(7)), optionally with reasons (text); decision due in 3 months")
    @PostMapping("/exposure-cases/{id}/review-request")
    ExposureCase review(@PathVariable UUID id, @RequestBody(required = false) @Valid Text body) {
        return exposure.requestReview(CurrentActor.get(), id, body == null ? null : body.text());
    }

    @Operation(summary = "Deciding role-(c) authority: the provider is no longer exposed (Art. 5(7)), on its own initiative "
            + "or answering the pending review request; report obligations end")
    @PostMapping("/exposure-cases/{id}/end")
    ExposureCase end(@PathVariable UUID id, @RequestBody @Valid Text body) {
        return exposure.endExposure(CurrentActor.get(), id, body.text());
    }

    @Operation(summary = "Role-(c) authority: decide the review")
    @PostMapping("/exposure-cases/{id}/review-outcome")
    ExposureCase reviewOutcome(@PathVariable UUID id, @RequestBody @Valid Text body) {
        return exposure.decideReview(CurrentActor.get(), id, body.text());
    }
}
