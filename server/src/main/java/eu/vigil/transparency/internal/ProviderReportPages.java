package eu.vigil.transparency.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Role;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.RefusedForm;
import eu.vigil.shared.RuleViolation;
import eu.vigil.transparency.AuthorityReports;
import eu.vigil.transparency.TransparencyReport;
import eu.vigil.transparency.TransparencyReports;

/**
 * The pages of a provider's Art. 7 report (R45): the provider sees its draft with the figures as the records stand,
 * writes the narrative and publishes it with its public address; a refused form comes back with the errors and what
 * was typed. The Commission and the competent authorities list the published reports they may read and open one.
 * Exports as JSON, CSV and PDF.
 */
@Controller
class ProviderReportPages {

    private final TransparencyReports reports;
    private final Clock clock;

    ProviderReportPages(TransparencyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/transparency/provider")
    String report(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID provider,
            Model model) {
        Actor actor = CurrentActor.get();
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        // in the first months the report due is the previous year's
        int chosen = year != null ? year : Math.max(AuthorityReports.FIRST_YEAR, thisYear - 1);
        model.addAttribute("years", IntStream.rangeClosed(AuthorityReports.FIRST_YEAR, thisYear).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("year", chosen);
        if (actor.kind() != OrganisationKind.HOSTING_SERVICE_PROVIDER && provider == null) {
            model.addAttribute("published", reports.publishedFor(actor, chosen));
            return "transparency/providerList";
        }
        TransparencyReport report = reports.report(actor, chosen, Optional.ofNullable(provider));
        model.addAttribute("report", report);
        model.addAttribute("canEdit", actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER
                && actor.has(Role.OPERATOR) && report.state().editable());
        model.addAttribute("overdue", report.overdueAt(clock.instant()));
        model.addAttribute("rows", ProviderReportExport.rows(report));
        model.addAttribute("query", "year=" + chosen + (provider == null ? "" : "&provider=" + provider));
        return "transparency/provider";
    }

    @PostMapping("/transparency/provider/narrative")
    String narrative(@RequestParam int year, @RequestParam(required = false) String identificationMeasures,
            @RequestParam(required = false) String reappearanceMeasures) {
        return act(year, () -> reports.saveNarrative(CurrentActor.get(), year, identificationMeasures, reappearanceMeasures));
    }

    @PostMapping("/transparency/provider/publish")
    String publish(@RequestParam int year, @RequestParam(required = false) String publicUrl) {
        return act(year, () -> reports.publish(CurrentActor.get(), year, publicUrl));
    }

    /** The report as JSON for the logged-in user (the API takes a bearer token instead). */
    @GetMapping(value = "/transparency/provider/report.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    TransparencyReport json(@RequestParam int year, @RequestParam(required = false) UUID provider) {
        return reports.report(CurrentActor.get(), year, Optional.ofNullable(provider));
    }

    @GetMapping(value = "/transparency/provider/report.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam int year, @RequestParam(required = false) UUID provider) {
        TransparencyReport report = reports.report(CurrentActor.get(), year, Optional.ofNullable(provider));
        String name = "art7-report-" + report.providerId().value() + "-" + year + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(ProviderReportExport.csv(report).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/transparency/provider/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@RequestParam int year, @RequestParam(required = false) UUID provider) {
        TransparencyReport report = reports.report(CurrentActor.get(), year, Optional.ofNullable(provider));
        String name = "art7-report-" + report.providerId().value() + "-" + year + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(ProviderReportExport.pdf(report));
    }

    private String act(int year, Runnable change) {
        String page = "/transparency/provider?year=" + year;
        try {
            change.run();
            return "redirect:" + page;
        } catch (RuleViolation e) {
            throw e.errors().isEmpty() ? RefusedForm.of(page, e.reason(), e.getMessage()) : new RefusedForm(page, e.errors());
        } catch (InvalidInput e) {
            throw new RefusedForm(page, e.errors());
        }
    }
}
