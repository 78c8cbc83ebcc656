package eu.vigil.inbox.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.inbox.Inbox;
import eu.vigil.inbox.InboxEntry;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.PagedList;
import eu.vigil.shared.ResultPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/inbox}: the provider's one queue of binding orders and non-binding referrals and notices. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Provider queue")
class InboxApi {

    private final Inbox inbox;

    InboxApi(Inbox inbox) {
        this.inbox = inbox;
    }

    @Operation(summary = "The provider's open cases in one queue: binding removal orders first (nearest legal deadline "
            + "on top), then non-binding notices of trusted flaggers within their area, then other referrals and notices; "
            + "each entry says kind, binding and what is due. Optional kind=ORDER|REFERRAL|NOTICE; paged (page, size up to "
            + ResultPage.MAX_SIZE + "), total in X-Total-Count")
    @GetMapping("/inbox")
    ResponseEntity<List<QueueEntry>> queue(@RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        Optional<InboxEntry.Kind> only = kind(kind);
        var queue = inbox.of(CurrentActor.get());
        var shown = queue.page(only, page, size).map(e -> QueueEntry.of(e, queue.rank(e), queue.at()));
        return PagedList.of(shown);
    }

    static Optional<InboxEntry.Kind> kind(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InboxEntry.Kind.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("kind", "one of ORDER, REFERRAL, NOTICE")));
        }
    }
}
