package eu.vigil.removalorder.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.removalorder.ContentProviderInformation;
import eu.vigil.removalorder.ContentProviderRequest;
import eu.vigil.removalorder.InformationToContentProvider;
import eu.vigil.removalorder.InformingContentProviders;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.shared.Limits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Information to content providers over the API (Art. 11, issue 11 build 3): the addressee records, everyone who sees the order reads. */
@RestController
@RequestMapping("/api/v1/removal-orders/{id}")
@Tag(name = "Removal orders")
class ContentProviderApi {

    private final InformingContentProviders informing;

    ContentProviderApi(InformingContentProviders informing) {
        this.informing = informing;
    }

    /** Body of an Art. 11(1) information record; {@code position} null for the whole order, {@code informedAt} null for now. */
    record Information(Integer position, Instant informedAt, ContentProviderInformation.Channel channel,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String note) {
    }

    /** Body of an Art. 11(2) request; {@code receivedAt} null for now. */
    record Request(Instant receivedAt, ContentProviderRequest.Asked asked,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String details) {
    }

    /** Body of an answer; {@code answeredAt} null for now. */
    record Answer(Instant answeredAt, @Size(max = Limits.TEXT, message = Limits.CHARS) String note) {
    }

    @Operation(summary = "Art. 11 record of the order: information given, scrutiny-request window of the content provider, requests and answers")
    @GetMapping("/content-provider-information")
    InformationToContentProvider get(@PathVariable UUID id) {
        return informing.of(CurrentActor.get(), new RemovalOrderId(id));
    }

    @Operation(summary = "Provider: record that the content provider was informed (Art. 11(1)); refused (409) while non-disclosure is in force")
    @PostMapping("/content-provider-information")
    @ResponseStatus(HttpStatus.CREATED)
    ContentProviderInformation inform(@PathVariable UUID id, @RequestBody @Valid Information body) {
        return informing.inform(CurrentActor.get(), new RemovalOrderId(id), body.position(), body.informedAt(),
                body.channel(), body.note());
    }

    @Operation(summary = "Provider: record a content provider's request for the reasons or a copy of the order (Art. 11(2))")
    @PostMapping("/content-provider-requests")
    @ResponseStatus(HttpStatus.CREATED)
    ContentProviderRequest request(@PathVariable UUID id, @RequestBody @Valid Request body) {
        return informing.recordRequest(CurrentActor.get(), new RemovalOrderId(id), body.receivedAt(), body.asked(),
                body.details());
    }

    @Operation(summary = "Provider: record the answer to a content provider's request; refused (409) while non-disclosure is in force")
    @PostMapping("/content-provider-requests/{requestId}/answer")
    ContentProviderRequest answer(@PathVariable UUID id, @PathVariable UUID requestId,
            @RequestBody(required = false) @Valid Answer body) {
        Answer a = body == null ? new Answer(null, null) : body;
        return informing.answer(CurrentActor.get(), new RemovalOrderId(id), requestId, a.answeredAt(), a.note());
    }
}
