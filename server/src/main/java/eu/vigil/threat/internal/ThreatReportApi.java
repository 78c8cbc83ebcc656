package eu.vigil.threat.internal;

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
import eu.vigil.shared.PagedList;
import eu.vigil.threat.ThreatReport;
import eu.vigil.threat.ThreatReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import eu.vigil.shared.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** Threat-to-life reports: providers file, recipients acknowledge (R30). */
@RestController
@RequestMapping("/api/v1/threat-reports")
@Tag(name = "Threat-to-life reports")
class ThreatReportApi {

    private final ThreatReports reports;

    ThreatReportApi(ThreatReports reports) {
        this.reports = reports;
    }

    /** Body of a report; {@code memberState} empty when the Member State concerned is unknown. */
    record Filing(@Size(max = 8, message = Limits.CHARS) String memberState, @Size(max = Limits.TEXT, message = Limits.CHARS) String description,
            @Size(max = Limits.URL, message = Limits.CHARS) String contentUrl) {
    }

    @Operation(summary = "File a report of imminent threat to life (TCO Art. 14(5)); routed at once")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ThreatReport file(@RequestBody @Valid Filing body) {
        return reports.file(CurrentActor.get(), body.memberState(), body.description(), body.contentUrl());
    }

    @Operation(summary = "Reports the caller filed or received; paged (page, size), total in X-Total-Count")
    @GetMapping
    ResponseEntity<List<ThreatReport>> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + PagedList.DEFAULT_SIZE) int size) {
        return PagedList.of(reports.visibleTo(CurrentActor.get()), page, size);
    }

    @Operation(summary = "One report")
    @GetMapping("/{id}")
    ThreatReport get(@PathVariable UUID id) {
        return reports.get(CurrentActor.get(), id);
    }

    @Operation(summary = "Acknowledge receipt (delivery receipt)")
    @PostMapping("/{id}/receipt")
    ThreatReport acknowledge(@PathVariable UUID id) {
        return reports.acknowledge(CurrentActor.get(), id);
    }
}
