package eu.vigil.situation.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.crimearea.CrimeArea;
import eu.vigil.identity.CurrentActor;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.ReaderZone;
import eu.vigil.situation.Situation;
import eu.vigil.situation.SituationReport;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The situational dashboards: one page listing the crime areas with their headline figures, and one per area with its
 * charts, each chart with its table and a CSV of the same rows.
 */
@Controller
class SituationPages {

    private final Situation situation;
    private final MessageSource messages;

    SituationPages(Situation situation, MessageSource messages) {
        this.situation = situation;
        this.messages = messages;
    }

    @GetMapping("/situation")
    String overview(Model model, HttpServletRequest request) {
        var zone = ReaderZone.of(request);
        var period = situation.period(null, null, zone);
        List<AreaLine> lines = new ArrayList<>();
        for (CrimeArea area : CrimeArea.values()) {
            lines.add(new AreaLine(area, situation.report(CurrentActor.get(), area, period, zone).totals()));
        }
        model.addAttribute("lines", lines);
        model.addAttribute("period", period);
        return "situation/overview";
    }

    @GetMapping("/situation/{slug:[a-z-]+}")
    String area(@PathVariable String slug, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, HttpServletRequest request, Locale locale) {
        CrimeArea area = area(slug);
        var zone = ReaderZone.of(request);
        List<InvalidInput.FieldError> errors = List.of();
        Situation.Period period;
        try {
            period = situation.period(from, to, zone);
        } catch (InvalidInput e) {
            errors = e.errors();
            period = situation.period(null, null, zone);
        }
        var report = situation.report(CurrentActor.get(), area, period, zone);
        model.addAttribute("sheet", SituationSheet.of(report, new Wording(messages, locale, zone), locale));
        model.addAttribute("period", period);
        model.addAttribute("errors", errors);
        model.addAttribute("from", from == null ? period.first().toString() : from);
        model.addAttribute("to", to == null ? period.last().toString() : to);
        model.addAttribute("areas", CrimeArea.values());
        return "situation/area";
    }

    @GetMapping(value = "/situation/{slug:[a-z-]+}.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @RequestParam(defaultValue = "items") String table,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletRequest request) {
        CrimeArea area = area(slug);
        var zone = ReaderZone.of(request);
        var period = situation.period(from, to, zone);
        var report = situation.report(CurrentActor.get(), area, period, zone);
        String name = "situation-" + area.slug() + "-" + table + "-" + period.first() + "-" + period.last() + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(SituationExport.csv(report, table).getBytes(StandardCharsets.UTF_8));
    }

    static CrimeArea area(String slug) {
        return CrimeArea.named(slug).filter(a -> a.slug().equals(slug))
                .orElseThrow(() -> new NotFound("no crime area " + slug));
    }
}
