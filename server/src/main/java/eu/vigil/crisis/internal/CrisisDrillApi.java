package eu.vigil.crisis.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.crisis.CrisisDrill;
import eu.vigil.crisis.CrisisDrills;
import eu.vigil.crisis.CrisisId;
import eu.vigil.crisis.CrisisLinks;
import eu.vigil.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Contact-point drills and the crisis board's linked cases over the API (issue 13): a drill is a test of the 24/7
 * contacts, not a crisis case; the links list orders issued under a crisis with their clocks, linked threat-to-life
 * reports with their receipts, and deconfliction holds.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Crisis Protocol")
class CrisisDrillApi {

    private final CrisisDrills drills;
    private final CrisisLinks links;

    CrisisDrillApi(CrisisDrills drills, CrisisLinks links) {
        this.drills = drills;
        this.links = links;
    }

    /** A threat-to-life report to link. */
    record ThreatReportLink(UUID reportId) {
    }

    @Operation(summary = "The cases linked to a crisis: orders issued under it with their clocks, threat-to-life "
            + "reports with their receipts, deconfliction holds (authorities and Europol)")
    @GetMapping("/crises/{id}/links")
    CrisisLinks.Links links(@PathVariable UUID id) {
        return links.of(CurrentActor.get(), new CrisisId(id));
    }

    @Operation(summary = "Link a threat-to-life report you filed or received to an open crisis (R30)")
    @PostMapping("/crises/{id}/threat-reports")
    @ResponseStatus(HttpStatus.CREATED)
    CrisisLinks.LinkedReport linkThreatReport(@PathVariable UUID id, @RequestBody ThreatReportLink body) {
        return links.linkThreatReport(CurrentActor.get(), new CrisisId(id), body.reportId());
    }

    @Operation(summary = "Europol's coordinator starts a contact-point drill: a test alert to every participant's "
            + "24/7 contact, not a crisis")
    @PostMapping("/crisis-drills")
    @ResponseStatus(HttpStatus.CREATED)
    CrisisDrill start() {
        return drills.start(CurrentActor.get());
    }

    @Operation(summary = "The drills you were told of (every drill for Europol), newest first")
    @GetMapping("/crisis-drills")
    List<CrisisDrill> list() {
        return drills.list(CurrentActor.get());
    }

    @Operation(summary = "A drill: for Europol every participant's time to acknowledge, for others their own")
    @GetMapping("/crisis-drills/{id}")
    CrisisDrill get(@PathVariable UUID id) {
        return drills.get(CurrentActor.get(), id);
    }

    @Operation(summary = "Acknowledge a drill on behalf of your organisation (once)")
    @PostMapping("/crisis-drills/{id}/acknowledgement")
    Map<String, Object> acknowledge(@PathVariable UUID id) {
        return Map.of("acknowledged", true, "first", drills.acknowledge(CurrentActor.get(), id));
    }

    @Operation(summary = "Europol's coordinator closes a drill before its time")
    @PostMapping("/crisis-drills/{id}/closure")
    CrisisDrill close(@PathVariable UUID id) {
        return drills.close(CurrentActor.get(), id);
    }
}
