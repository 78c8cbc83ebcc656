package eu.vigil.removalorder.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.removalorder.ContentProviderInformation;
import eu.vigil.removalorder.ContentProviderRequest;
import eu.vigil.removalorder.InformingContentProviders;
import eu.vigil.removalorder.RemovalOrder;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.removalorder.RemovalOrders;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.StateConflict;

/**
 * The Art. 11 section of the order page (issue 11 build 3): loaded into the order page by htmx, or shown on its own
 * page; only the addressee gets the forms. Times in the forms are read in the reader's time zone.
 */
@Controller
class ContentProviderPages {

    private final InformingContentProviders informing;
    private final RemovalOrders orders;
    private final Clock clock;

    ContentProviderPages(InformingContentProviders informing, RemovalOrders orders, Clock clock) {
        this.informing = informing;
        this.orders = orders;
        this.clock = clock;
    }

    @GetMapping("/orders/{id}/content-provider")
    String section(@PathVariable UUID id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        render(model, id, List.of());
        return htmx == null ? "orders/contentProviderPage" : "orders/contentProvider";
    }

    @PostMapping("/orders/{id}/content-provider-information")
    String inform(@PathVariable UUID id, @RequestParam(required = false) String position,
            @RequestParam(required = false) String informedAt,
            @RequestParam(required = false) ContentProviderInformation.Channel channel,
            @RequestParam(required = false) String note, Model model) {
        return act(model, id, () -> informing.inform(CurrentActor.get(), new RemovalOrderId(id), position(position),
                utc(informedAt, "informedAt"), channel, note));
    }

    @PostMapping("/orders/{id}/content-provider-requests")
    String request(@PathVariable UUID id, @RequestParam(required = false) String receivedAt,
            @RequestParam(required = false) ContentProviderRequest.Asked asked,
            @RequestParam(required = false) String details, Model model) {
        return act(model, id, () -> informing.recordRequest(CurrentActor.get(), new RemovalOrderId(id),
                utc(receivedAt, "receivedAt"), asked, details));
    }

    @PostMapping("/orders/{id}/content-provider-requests/{requestId}/answer")
    String answer(@PathVariable UUID id, @PathVariable UUID requestId, @RequestParam(required = false) String answeredAt,
            @RequestParam(required = false) String note, Model model) {
        return act(model, id, () -> informing.answer(CurrentActor.get(), new RemovalOrderId(id), requestId,
                utc(answeredAt, "answeredAt"), note));
    }

    /** Runs a step; a refusal is shown on the section's page at its own address, with what was typed (issue 12). */
    private String act(Model model, UUID id, Runnable step) {
        String page = "/orders/" + id + "/content-provider";
        try {
            step.run();
            return "redirect:/orders/" + id + "#content-provider";
        } catch (InvalidInput e) {
            throw new eu.vigil.shared.RefusedForm(page, e.errors());
        } catch (RuleViolation e) {
            throw eu.vigil.shared.RefusedForm.of(page, e.reason(), e.getMessage());
        } catch (StateConflict e) {
            throw eu.vigil.shared.RefusedForm.of(page, e.reason(), e.getMessage());
        }
    }

    private void render(Model model, UUID id, List<InvalidInput.FieldError> errors) {
        Actor actor = CurrentActor.get();
        RemovalOrder order = orders.get(actor, new RemovalOrderId(id));
        model.addAttribute("orderId", id.toString());
        model.addAttribute("reference", order.reference());
        model.addAttribute("info", informing.of(actor, order.id()));
        model.addAttribute("isProvider", actor.organisationId().value().equals(order.providerId()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("errors", errors);
    }

    private static Integer position(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("position", "an item number, or empty for the whole order");
        }
    }

    /** A {@code datetime-local} value in the reader's time zone (issue 12); null when empty (now). */
    private static Instant utc(String text, String field) {
        return eu.vigil.shared.ReaderZone.typed(text, field);
    }
}
