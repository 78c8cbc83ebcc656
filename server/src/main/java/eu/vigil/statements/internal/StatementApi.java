package eu.vigil.statements.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.removalorder.RemovalOrderId;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.PagedList;
import eu.vigil.statements.StatementDraft;
import eu.vigil.statements.StatementExport;
import eu.vigil.statements.StatementId;
import eu.vigil.statements.StatementOfReasons;
import eu.vigil.statements.StatementReview;
import eu.vigil.statements.StatementState;
import eu.vigil.statements.StatementsOfReasons;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

/** Statements of reasons for the DSA Transparency Database: draft, review (R33), export in batches of 100. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Statements of reasons")
class StatementApi {

    private final StatementsOfReasons statements;

    StatementApi(StatementsOfReasons statements) {
        this.statements = statements;
    }

    /** An export batch without its body, which is at {@code href}. */
    record ExportSummary(UUID id, Instant createdAt, String createdBy, int count, String href) {
        static ExportSummary of(StatementExport e) {
            return new ExportSummary(e.id(), e.createdAt(), e.createdBy(), e.count(),
                    "/api/v1/statements-of-reasons/exports/" + e.id());
        }
    }

    @Operation(summary = "Draft statements of reasons for the removed or disabled items of an order")
    @PostMapping("/removal-orders/{id}/statements-of-reasons")
    ResponseEntity<List<StatementOfReasons>> draft(@PathVariable UUID id, @RequestBody @Valid StatementDraft draft) {
        List<StatementOfReasons> drafted = statements.draft(CurrentActor.get(), new RemovalOrderId(id), draft);
        return ResponseEntity.created(URI.create("/api/v1/statements-of-reasons")).body(drafted);
    }

    @Operation(summary = "The caller's statements, newest first (state: HELD_FOR_REVIEW, READY or EXPORTED); paged "
            + "(page, size), total in X-Total-Count")
    @GetMapping("/statements-of-reasons")
    ResponseEntity<List<StatementOfReasons>> list(@RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(statements.list(CurrentActor.get(), Optional.ofNullable(state).filter(s -> !s.isBlank())
                .map(StatementApi::state)), page, size);
    }

    @Operation(summary = "One statement, with what the personal-data check found")
    @GetMapping("/statements-of-reasons/{id}")
    StatementOfReasons get(@PathVariable UUID id) {
        return statements.get(CurrentActor.get(), new StatementId(id));
    }

    @Operation(summary = "Review a statement: replace free text and/or confirm that what was found is not personal data")
    @PostMapping("/statements-of-reasons/{id}/review")
    StatementOfReasons review(@PathVariable UUID id, @RequestBody @Valid StatementReview review) {
        return statements.review(CurrentActor.get(), new StatementId(id), review);
    }

    @Operation(summary = "Export up to 100 ready statements as one Transparency Database batch")
    @PostMapping("/statements-of-reasons/exports")
    ResponseEntity<ExportSummary> export() {
        StatementExport export = statements.export(CurrentActor.get());
        return ResponseEntity.created(URI.create("/api/v1/statements-of-reasons/exports/" + export.id()))
                .body(ExportSummary.of(export));
    }

    @Operation(summary = "The caller's export batches, newest first; paged (page, size), total in X-Total-Count")
    @GetMapping("/statements-of-reasons/exports")
    ResponseEntity<List<ExportSummary>> exports(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(statements.exports(CurrentActor.get()).stream().map(ExportSummary::of).toList(), page, size);
    }

    @Operation(summary = "The body of an export batch, as POST /api/v1/statements of the database takes it")
    @GetMapping(value = "/statements-of-reasons/exports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> exportBody(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(statements.export(CurrentActor.get(), id).body());
    }

    static StatementState state(String text) {
        try {
            return StatementState.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("state",
                    "one of " + java.util.Arrays.toString(StatementState.values()))));
        }
    }
}
