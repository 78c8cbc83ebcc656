package eu.vigil.delivery.internal;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.ResponseEntity;
import eu.vigil.shared.PagedList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.delivery.OutboxMessage;
import eu.vigil.delivery.Webhook;
import eu.vigil.delivery.Webhooks;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.vigil.shared.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** A provider's webhook endpoint and the delivery state of its events. */
@RestController
@RequestMapping("/api/v1/providers/{id}")
@Tag(name = "Webhooks")
class WebhookApi {

    private final Webhooks webhooks;

    WebhookApi(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** Body of an endpoint change. */
    record Endpoint(@Size(max = Limits.URL, message = Limits.CHARS) String url) {
    }

    /** Answer with the signing secret, shown once. */
    record Configured(Webhook webhook, String secret) {
    }

    @Operation(summary = "Set the webhook endpoint; returns the signing secret once (Standard Webhooks, whsec_…)")
    @PutMapping("/webhook")
    Configured configure(@PathVariable UUID id, @RequestBody @Valid Endpoint body) {
        var c = webhooks.configure(CurrentActor.get(), id, body.url());
        return new Configured(c.webhook(), c.secret());
    }

    @Operation(summary = "The webhook endpoint")
    @GetMapping("/webhook")
    Webhook get(@PathVariable UUID id) {
        webhooks.outbox(CurrentActor.get(), id);
        return webhooks.find(id).orElseThrow(() -> new NotFound("webhook of provider " + id));
    }

    @Operation(summary = "Remove the webhook endpoint")
    @DeleteMapping("/webhook")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID id) {
        webhooks.remove(CurrentActor.get(), id);
    }

    @Operation(summary = "Events for this provider and their delivery state, newest first")
    @GetMapping("/outbox")
    ResponseEntity<List<OutboxMessage>> outbox(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(webhooks.outbox(CurrentActor.get(), id), page, size);
    }
}
