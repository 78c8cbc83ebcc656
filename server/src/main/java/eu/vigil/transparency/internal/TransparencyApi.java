package eu.vigil.transparency.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.transparency.AuthorityReport;
import eu.vigil.transparency.AuthorityReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Transparency reports (TCO Art. 8). */
@RestController
@RequestMapping("/api/v1/transparency")
@Tag(name = "Transparency reports")
class TransparencyApi {

    private final AuthorityReports reports;

    TransparencyApi(AuthorityReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "A competent authority's Art. 8 report for a calendar year (the caller's own; the Commission names one)")
    @GetMapping("/authority-report")
    AuthorityReport authorityReport(@RequestParam int year, @RequestParam(required = false) UUID authority) {
        return reports.report(CurrentActor.get(), year, Optional.ofNullable(authority));
    }
}
