package eu.vigil.transparency.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.CurrentActor;
import eu.vigil.transparency.AuthorityReports;

/** The page of an authority's Art. 8 report. */
@Controller
class TransparencyPages {

    private final AuthorityReports reports;
    private final Clock clock;

    TransparencyPages(AuthorityReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/transparency")
    String report(@RequestParam(required = false) Integer year, @RequestParam(required = false) UUID authority, Model model) {
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        int chosen = year == null ? thisYear : year;
        model.addAttribute("report", reports.report(CurrentActor.get(), chosen, Optional.ofNullable(authority)));
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(AuthorityReports.FIRST_YEAR, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        return "transparency/authority";
    }
}
