package eu.vigil.transparency.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.Limits;
import eu.vigil.shared.RuleViolation;
import eu.vigil.transparency.TransparencyReport;
import eu.vigil.transparency.TransparencyReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * A hosting service provider's transparency report (TCO Art. 7, R45): read, write the narrative of the draft,
 * publish. Field errors name the field by its label, e.g. "Public address of the report: give a public https address".
 */
@RestController
@RequestMapping("/api/v1/transparency")
@Tag(name = "Transparency reports")
class ProviderReportApi {

    private static final Map<String, String> LABELS = labels();

    private final TransparencyReports reports;

    ProviderReportApi(TransparencyReports reports) {
        this.reports = reports;
    }

    /** The narrative parts (a) and (b) of Art. 7(3); an empty part clears it. */
    record Narrative(@Size(max = Limits.TEXT, message = Limits.CHARS) String identificationMeasures,
            @Size(max = Limits.TEXT, message = Limits.CHARS) String reappearanceMeasures) {
    }

    /** Where the provider published the report. */
    record Publication(@Size(max = Limits.URL, message = Limits.CHARS) String publicUrl) {
    }

    @Operation(summary = "A provider's Art. 7 report for a calendar year: the caller's own (draft with live figures, or as "
            + "published); the Commission and the host Member State's authorities name a provider and read it once published")
    @GetMapping("/provider-report")
    TransparencyReport report(@RequestParam int year, @RequestParam(required = false) UUID provider) {
        return labelled(() -> reports.report(CurrentActor.get(), year, Optional.ofNullable(provider)));
    }

    @Operation(summary = "Provider: write the narrative of its draft Art. 7 report (points (a) and (b)); refused once published")
    @PutMapping("/provider-report/narrative")
    TransparencyReport narrative(@RequestParam int year, @RequestBody @Valid Narrative body) {
        return labelled(() -> reports.saveNarrative(CurrentActor.get(), year, body.identificationMeasures(),
                body.reappearanceMeasures()));
    }

    @Operation(summary = "Provider: mark its Art. 7 report published at an https address, keeping the figures as they are now")
    @PostMapping("/provider-report/publish")
    ResponseEntity<TransparencyReport> publish(@RequestParam int year, @RequestBody @Valid Publication body) {
        return ResponseEntity.ok(labelled(() -> reports.publish(CurrentActor.get(), year, body.publicUrl())));
    }

    /** Runs {@code call}, naming each refused field by its label. */
    static <T> T labelled(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuleViolation e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            throw new RuleViolation(e.reason(), e.getMessage(), e.errors().stream().map(ProviderReportApi::label).toList());
        } catch (InvalidInput e) {
            throw new InvalidInput(e.errors().stream().map(ProviderReportApi::label).toList());
        }
    }

    private static InvalidInput.FieldError label(InvalidInput.FieldError e) {
        String label = LABELS.get(e.field());
        return label == null ? e : new InvalidInput.FieldError(e.field(), label + ": " + e.message());
    }

    private static Map<String, String> labels() {
        var all = new java.util.HashMap<>(TransparencyReport.LABELS);
        all.put("year", "Year");
        all.put("provider", "Provider");
        return Map.copyOf(all);
    }
}
