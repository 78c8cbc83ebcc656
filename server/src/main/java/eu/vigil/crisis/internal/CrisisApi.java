package eu.vigil.crisis.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.crisis.CrisisBoard;
import eu.vigil.crisis.CrisisCase;
import eu.vigil.crisis.CrisisId;
import eu.vigil.crisis.CrisisParticipants;
import eu.vigil.crisis.CrisisStep;
import eu.vigil.crisis.Crises;
import eu.vigil.crisis.ExternalActivation;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.Limits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The EU Crisis Protocol over the API (R39–R42): alerts, the coordinator's steps, reports, acknowledgements. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Crisis Protocol")
class CrisisApi {

    private final Crises crises;
    private final CrisisBoard board;
    private final CrisisParticipants participants;

    CrisisApi(Crises crises, CrisisBoard board, CrisisParticipants participants) {
        this.crises = crises;
        this.board = board;
        this.participants = participants;
    }

    /** An alert: a short name and what was seen. */
    record Alert(@Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String title,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String observation) {
    }

    /** A step of the coordinator with its reason (the review's text for {@code RECORD_REVIEW}). */
    record Step(CrisisStep step, @Size(max = Limits.TEXT, message = Limits.CHARS) String reason) {
    }

    /** A situation report. */
    record Report(@Size(max = Limits.TEXT, message = Limits.CHARS) String text) {
    }

    /** A link to an external activation. */
    record Link(ExternalActivation.Kind kind, @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String externalId,
            @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String incidentType) {
    }

    /** A provider's 24/7 crisis contact. */
    record Contact(@Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String contactName,
            @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String contactEmail,
            @Size(max = Limits.SHORT_TEXT, message = Limits.CHARS) String contactPhone) {
    }

    @Operation(summary = "Crisis cases, open ones first (participants only)")
    @GetMapping("/crises")
    List<CrisisCase> list() {
        return crises.list(CurrentActor.get());
    }

    @Operation(summary = "Raise a crisis alert with what you saw; every participant is told at once (R39)")
    @PostMapping("/crises")
    @ResponseStatus(HttpStatus.CREATED)
    CrisisCase raise(@RequestBody @Valid Alert body) {
        return crises.raiseAlert(CurrentActor.get(), body.title(), body.observation());
    }

    @Operation(summary = "The crisis board: steps, situation reports, acknowledgements, external activations")
    @GetMapping("/crises/{id}")
    CrisisBoard.Board get(@PathVariable UUID id) {
        return board.of(CurrentActor.get(), new CrisisId(id));
    }

    @Operation(summary = "Europol's coordinator moves the crisis with a reason (R39); refused steps answer 403/409")
    @PostMapping("/crises/{id}/steps")
    CrisisCase step(@PathVariable UUID id, @RequestBody @Valid Step body) {
        if (body.step() == null) {
            throw eu.vigil.shared.InvalidInput.of("step", "choose the step");
        }
        return crises.step(CurrentActor.get(), new CrisisId(id), body.step(), body.reason());
    }

    @Operation(summary = "Post a situation report (R40)")
    @PostMapping("/crises/{id}/situation-reports")
    @ResponseStatus(HttpStatus.CREATED)
    CrisisCase report(@PathVariable UUID id, @RequestBody @Valid Report body) {
        return crises.report(CurrentActor.get(), new CrisisId(id), body.text());
    }

    @Operation(summary = "Acknowledge the activation on behalf of your organisation (once)")
    @PostMapping("/crises/{id}/acknowledgement")
    Map<String, Object> acknowledge(@PathVariable UUID id) {
        return Map.of("acknowledged", true, "first", crises.acknowledge(CurrentActor.get(), new CrisisId(id)));
    }

    @Operation(summary = "Link an external activation: GIFCT incident, Christchurch Call protocol, EU early warning (R42)")
    @PostMapping("/crises/{id}/external-activations")
    @ResponseStatus(HttpStatus.CREATED)
    ExternalActivation link(@PathVariable UUID id, @RequestBody @Valid Link body) {
        return board.link(CurrentActor.get(), new CrisisId(id), body.kind(), body.externalId(), body.incidentType());
    }

    @Operation(summary = "A provider's administrator opts in to the Crisis Protocol with a 24/7 contact")
    @PutMapping("/crisis-participation")
    CrisisParticipants.Contact optIn(@RequestBody @Valid Contact body) {
        return participants.optIn(CurrentActor.get(), body.contactName(), body.contactEmail(), body.contactPhone());
    }
}
