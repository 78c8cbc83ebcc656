package eu.vigil.deconfliction.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.deconfliction.Deconfliction;
import eu.vigil.deconfliction.InvestigationFlag;
import eu.vigil.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.vigil.shared.Limits;
import eu.vigil.shared.PagedList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Investigation flags of the caller's organisation (R11). */
@RestController
@RequestMapping("/api/v1/investigation-flags")
@Tag(name = "Deconfliction")
class DeconflictionApi {

    private final Deconfliction deconfliction;

    DeconflictionApi(Deconfliction deconfliction) {
        this.deconfliction = deconfliction;
    }

    /** Body of a flag. */
    record Flag(InvestigationFlag.Kind kind, @Size(max = Limits.URL, message = Limits.CHARS) String value,
            @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String caseReference, Instant expiresAt) {
    }

    @Operation(summary = "Flag a URL or hash as under investigation (authorities and Europol)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InvestigationFlag flag(@RequestBody @Valid Flag body) {
        return deconfliction.flag(CurrentActor.get(), body.kind(), body.value(), body.caseReference(), body.expiresAt());
    }

    @Operation(summary = "The caller's organisation's active flags; paged (page, size), total in X-Total-Count")
    @GetMapping
    ResponseEntity<List<InvestigationFlag>> own(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(deconfliction.own(CurrentActor.get()), page, size);
    }

    @Operation(summary = "Withdraw a flag")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable UUID id) {
        deconfliction.withdraw(CurrentActor.get(), id);
    }
}
