package eu.vigil.transparency.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import eu.vigil.identity.Actor;
import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.CompetentAuthority;
import eu.vigil.transparency.AuthorityReport;
import eu.vigil.transparency.AuthorityReports;

/**
 * The page of an authority's Art. 8 report. An authority sees its own; the Commission, which monitors every
 * authority (Art. 21), first picks the authority from the register and can switch between them on the report.
 */
@Controller
class TransparencyPages {

    private final AuthorityReports reports;
    private final Clock clock;
    private final CompetentAuthorities authorities;

    TransparencyPages(AuthorityReports reports, Clock clock, CompetentAuthorities authorities) {
        this.reports = reports;
        this.clock = clock;
        this.authorities = authorities;
    }

    @GetMapping("/transparency")
    String report(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID authority, Model model) {
        Actor actor = CurrentActor.get();
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        int chosen = year == null ? thisYear : year;
        boolean commission = actor.kind() == OrganisationKind.COMMISSION;
        model.addAttribute("authorities", commission ? authoritiesToChoose() : List.<CompetentAuthority>of());
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(AuthorityReports.FIRST_YEAR, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        if (commission && authority == null) {
            model.addAttribute("year", chosen);
            return "transparency/chooseAuthority";
        }
        model.addAttribute("report", reports.report(actor, chosen, Optional.ofNullable(authority)));
        return "transparency/authority";
    }

    /** The report as JSON for the logged-in user (the API path takes a bearer token instead). */
    @GetMapping(value = "/transparency/report.json", produces = "application/json")
    @ResponseBody
    AuthorityReport json(@RequestParam int year, @RequestParam(required = false) UUID authority) {
        return reports.report(CurrentActor.get(), year, Optional.ofNullable(authority));
    }

    /** The report as CSV, one line per figure. */
    @GetMapping(value = "/transparency/report.csv", produces = "text/csv")
    org.springframework.http.ResponseEntity<byte[]> csv(@RequestParam int year, @RequestParam(required = false) UUID authority) {
        AuthorityReport r = reports.report(CurrentActor.get(), year, Optional.ofNullable(authority));
        return MonitoringPages.csv("art8-" + r.memberState() + "-" + r.year() + ".csv", AuthorityReportExport.csv(r));
    }

    /** The report as a PDF for publication. */
    @GetMapping(value = "/transparency/report.pdf", produces = "application/pdf")
    org.springframework.http.ResponseEntity<byte[]> pdf(@RequestParam int year, @RequestParam(required = false) UUID authority) {
        AuthorityReport r = reports.report(CurrentActor.get(), year, Optional.ofNullable(authority));
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"art8-" + r.memberState() + "-" + r.year() + ".pdf\"")
                .body(AuthorityReportExport.pdf(r));
    }

    private List<CompetentAuthority> authoritiesToChoose() {
        return authorities.asOf(clock.instant()).stream()
                .sorted(Comparator.comparing(CompetentAuthority::memberState).thenComparing(CompetentAuthority::name))
                .toList();
    }
}
