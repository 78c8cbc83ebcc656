package eu.vigil.transparency.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.CurrentActor;
import eu.vigil.transparency.AuthorityReports;
import eu.vigil.transparency.Monitoring;
import eu.vigil.transparency.MonitoringDashboard;
import eu.vigil.transparency.MonitoringDashboards;
import eu.vigil.transparency.MonitoringData;
import eu.vigil.transparency.MonitoringFigure;

/**
 * The monitoring dashboard (TCO Art. 21): the Commission sees every Member State side by side, an authority its own;
 * each figure links to the records it counts; each chart has its table and a CSV file.
 */
@Controller
class MonitoringPages {

    private final Monitoring monitoring;
    private final MonitoringDashboards dashboards;
    private final MessageSource messages;
    private final Clock clock;

    MonitoringPages(Monitoring monitoring, MonitoringDashboards dashboards, MessageSource messages, Clock clock) {
        this.monitoring = monitoring;
        this.dashboards = dashboards;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/monitoring")
    String dashboard(@RequestParam(required = false) Integer year, Model model) {
        var actor = CurrentActor.get();
        int chosen = year == null ? thisYear() : year;
        MonitoringData data = monitoring.data(actor, chosen);
        MonitoringDashboard d = dashboards.dashboard(actor, chosen);
        Locale locale = LocaleContextHolder.getLocale();
        java.util.function.Function<String, String> t = k -> messages.getMessage(k, null, k, locale);
        model.addAttribute("data", data);
        model.addAttribute("dashboard", d);
        model.addAttribute("charts", new DrawnCharts(MonitoringCharts.ordersPerMonth(d, t, locale).orElse(null),
                MonitoringCharts.removalSpeed(d, t, locale).orElse(null), MonitoringCharts.compliance(d, t, locale).orElse(null),
                MonitoringCharts.referralsAndOrders(d, t, locale).orElse(null)));
        model.addAttribute("years", years());
        return "transparency/monitoring";
    }

    @GetMapping("/monitoring/records")
    String records(@RequestParam int year, @RequestParam String memberState, @RequestParam String figure, Model model) {
        MonitoringFigure f = MonitoringExport.figure(figure);
        model.addAttribute("records", monitoring.records(CurrentActor.get(), year, memberState, f));
        model.addAttribute("figure", f);
        model.addAttribute("year", year);
        model.addAttribute("memberState", memberState);
        return "transparency/monitoringRecords";
    }

    @GetMapping(value = "/monitoring/records.csv", produces = "text/csv")
    ResponseEntity<byte[]> recordsCsv(@RequestParam int year, @RequestParam String memberState, @RequestParam String figure) {
        MonitoringFigure f = MonitoringExport.figure(figure);
        return csv("monitoring-" + year + "-" + memberState + "-" + f.name().toLowerCase(Locale.ROOT) + ".csv",
                MonitoringExport.records(monitoring.records(CurrentActor.get(), year, memberState, f)));
    }

    @GetMapping(value = "/monitoring/figures.csv", produces = "text/csv")
    ResponseEntity<byte[]> figuresCsv(@RequestParam int year) {
        return csv("monitoring-" + year + "-figures.csv", MonitoringExport.figures(monitoring.data(CurrentActor.get(), year)));
    }

    /** The figures as JSON for the logged-in user (the API path takes a bearer token instead). */
    @GetMapping(value = "/monitoring/figures.json", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    MonitoringData figuresJson(@RequestParam int year) {
        return monitoring.data(CurrentActor.get(), year);
    }

    @GetMapping(value = "/monitoring/{table:[a-z-]+}.csv", produces = "text/csv")
    ResponseEntity<byte[]> tableCsv(@PathVariable String table, @RequestParam int year) {
        if (!MonitoringExport.TABLES.contains(table)) {
            throw new eu.vigil.shared.NotFound("no dashboard table " + table);
        }
        return csv("monitoring-" + year + "-" + table + ".csv",
                MonitoringExport.table(dashboards.dashboard(CurrentActor.get(), year), table));
    }

    static ResponseEntity<byte[]> csv(String name, String body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private int thisYear() {
        return clock.instant().atZone(ZoneOffset.UTC).getYear();
    }

    private List<Integer> years() {
        return IntStream.rangeClosed(AuthorityReports.FIRST_YEAR, thisYear()).boxed().sorted(Comparator.reverseOrder()).toList();
    }
}
