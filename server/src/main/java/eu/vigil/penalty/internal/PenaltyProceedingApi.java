package eu.vigil.penalty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import eu.vigil.penalty.FailureIndicator;
import eu.vigil.penalty.LegalBasis;
import eu.vigil.penalty.PenaltyProceeding;
import eu.vigil.penalty.PenaltyProceedings;
import eu.vigil.penalty.ProceedingId;
import eu.vigil.penalty.Sanction;
import eu.vigil.shared.Limits;
import eu.vigil.shared.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Penalty proceedings (Art. 18): the role-(d) authority opens and decides, the provider reads its own. */
@RestController
@RequestMapping("/api/v1/penalty-proceedings")
@Tag(name = "Penalty proceedings")
class PenaltyProceedingApi {

    private final PenaltyProceedings proceedings;

    PenaltyProceedingApi(PenaltyProceedings proceedings) {
        this.proceedings = proceedings;
    }

    /** Body of an opening. */
    record Opening(UUID providerId, LegalBasis legalBasis, @Size(max = Limits.TEXT, message = Limits.CHARS) String facts,
            @Size(max = 100) List<UUID> orderIds, @Size(max = 100) List<UUID> exposureCaseIds) {
    }

    /** Body of a decision; {@code amountEur} only for a fine. */
    record Decision(Sanction sanction, BigDecimal amountEur,
            @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String description,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String circumstances, LocalDate decidedOn) {
    }

    @Operation(summary = "Open penalty proceedings against a provider (Art. 18; role-(d) authority of its host Member State)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PenaltyProceeding open(@RequestBody @Valid Opening body) {
        return proceedings.open(CurrentActor.get(), new PenaltyProceedings.Opening(body.providerId(), body.legalBasis(),
                body.facts(), body.orderIds(), body.exposureCaseIds()));
    }

    @Operation(summary = "Proceedings the caller may see, newest first; paged (page, size), total in X-Total-Count")
    @GetMapping
    ResponseEntity<List<PenaltyProceeding>> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(proceedings.visibleTo(CurrentActor.get()), page, size);
    }

    @Operation(summary = "One proceeding")
    @GetMapping("/{id}")
    PenaltyProceeding get(@PathVariable UUID id) {
        return proceedings.get(CurrentActor.get(), new ProceedingId(id));
    }

    @Operation(summary = "Decide the proceeding, once (409 when already decided)")
    @PostMapping("/{id}/decision")
    PenaltyProceeding decide(@PathVariable UUID id, @RequestBody @Valid Decision body) {
        return proceedings.decide(CurrentActor.get(), new ProceedingId(id), body.sanction(), body.amountEur(),
                body.description(), body.circumstances(), body.decidedOn());
    }

    @Operation(summary = "The Art. 18(3) systematic-failure indicator of a provider (role-(d) authority of its host Member State)")
    @GetMapping("/indicators/{providerId}")
    FailureIndicator indicator(@PathVariable UUID providerId) {
        return proceedings.indicator(CurrentActor.get(), providerId);
    }
}
