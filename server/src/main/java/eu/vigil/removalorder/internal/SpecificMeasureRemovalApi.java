package eu.vigil.removalorder.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.removalorder.Complaint;
import eu.vigil.removalorder.Complaints;
import eu.vigil.removalorder.SpecificMeasureRemoval;
import eu.vigil.removalorder.SpecificMeasureRemovalId;
import eu.vigil.removalorder.SpecificMeasureRemovals;
import eu.vigil.shared.Limits;
import eu.vigil.shared.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Removals under specific measures (Art. 5(2)) and the content providers' complaints about them (Art. 10). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Finality and specific measures")
class SpecificMeasureRemovalApi {

    private final SpecificMeasureRemovals removals;
    private final Complaints complaints;

    SpecificMeasureRemovalApi(SpecificMeasureRemovals removals, Complaints complaints) {
        this.removals = removals;
        this.complaints = complaints;
    }

    /** Body of a removal under specific measures. */
    record Removal(@Size(max = Limits.URL, message = Limits.CHARS) String url, SpecificMeasureRemoval.Action action,
            Instant actedAt, @Size(max = Limits.TEXT, message = Limits.CHARS) String specificMeasure, UUID exposureCase) {
    }

    /** Body of a complaint. */
    record Filing(@Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String complainantReference,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String grounds, Instant receivedAt) {
    }

    @Operation(summary = "Provider: record content it removed or disabled under its specific measures (Art. 5(2)), "
            + "optionally naming its exposure case")
    @PostMapping("/specific-measure-removals")
    @ResponseStatus(HttpStatus.CREATED)
    SpecificMeasureRemoval record(@RequestBody @Valid Removal body) {
        return removals.record(CurrentActor.get(), body.url(), body.action(), body.actedAt(), body.specificMeasure(),
                body.exposureCase());
    }

    @Operation(summary = "Removals under specific measures visible to the caller (its own as provider; its providers' "
            + "as role-(c) authority of their host Member State, read-only); paged (page, size), total in X-Total-Count")
    @GetMapping("/specific-measure-removals")
    ResponseEntity<List<SpecificMeasureRemoval>> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(removals.visibleTo(CurrentActor.get()), page, size);
    }

    @Operation(summary = "Provider: record a content provider's complaint about the removal (Art. 10); outcome due in "
            + "14 days (POST /complaints/{id}/outcome)")
    @PostMapping("/specific-measure-removals/{id}/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    Complaint complain(@PathVariable UUID id, @RequestBody @Valid Filing body) {
        return complaints.record(CurrentActor.get(), new SpecificMeasureRemovalId(id), body.complainantReference(),
                body.grounds(), body.receivedAt());
    }

    @Operation(summary = "Complaints about a removal under specific measures; paged (page, size), total in X-Total-Count")
    @GetMapping("/specific-measure-removals/{id}/complaints")
    ResponseEntity<List<Complaint>> complaints(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(complaints.of(CurrentActor.get(), new SpecificMeasureRemovalId(id)), page, size);
    }
}
