package eu.vigil.statements.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.PagedList;
import eu.vigil.statements.ConnectionSettings;
import eu.vigil.statements.StatementId;
import eu.vigil.statements.Submission;
import eu.vigil.statements.SubmissionState;
import eu.vigil.statements.TransparencyDatabaseConnection;
import eu.vigil.statements.TransparencyDatabaseConnections;
import eu.vigil.statements.TransparencyDatabaseSubmissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Submission of statements of reasons to the DSA Transparency Database (R47): the provider's connection (set by its
 * administrator; the token is never shown back) and each statement's submission state, uuid, attempts and last error.
 */
@RestController
@RequestMapping("/api/v1/statements-of-reasons")
@Tag(name = "Statements of reasons")
class SubmissionApi {

    private final TransparencyDatabaseConnections connections;
    private final TransparencyDatabaseSubmissions submissions;

    SubmissionApi(TransparencyDatabaseConnections connections, TransparencyDatabaseSubmissions submissions) {
        this.connections = connections;
        this.submissions = submissions;
    }

    @Operation(summary = "The caller's connection to the Transparency Database (the token only as set / last 4 characters)")
    @GetMapping("/transparency-database")
    TransparencyDatabaseConnection connection() {
        return connections.of(CurrentActor.get())
                .orElseThrow(() -> new NotFound("connection to the Transparency Database (none is set)"));
    }

    @Operation(summary = "Set the connection to the Transparency Database: {baseUrl, token}; the provider's administrators only")
    @PutMapping("/transparency-database")
    TransparencyDatabaseConnection setConnection(@RequestBody(required = false) ConnectionSettings settings) {
        return connections.set(CurrentActor.get(), settings);
    }

    @Operation(summary = "The caller's submissions to the Transparency Database (state: QUEUED, SUBMITTED or REJECTED;"
            + " batch: one batch), with uuid, attempts and last error; paged (page, size), total in X-Total-Count")
    @GetMapping("/submissions")
    ResponseEntity<List<Submission>> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) UUID batch, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(submissions.list(CurrentActor.get(), Optional.ofNullable(state).filter(s -> !s.isBlank())
                .map(SubmissionApi::state), Optional.ofNullable(batch)), page, size);
    }

    @Operation(summary = "One statement's submission to the Transparency Database; 404 while it is not queued")
    @GetMapping("/{id}/submission")
    Submission submission(@PathVariable UUID id) {
        return submissions.of(CurrentActor.get(), new StatementId(id))
                .orElseThrow(() -> new NotFound("submission of statement of reasons " + id));
    }

    static SubmissionState state(String text) {
        try {
            return SubmissionState.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("state",
                    "one of " + java.util.Arrays.toString(SubmissionState.values()))));
        }
    }
}
