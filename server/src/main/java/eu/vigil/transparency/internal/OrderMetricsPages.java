package eu.vigil.transparency.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.vigil.identity.CurrentActor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderQuery;
import eu.vigil.shared.InvalidInput;
import eu.vigil.transparency.OrderMetrics;
import eu.vigil.transparency.OrderMetricsReport;

/**
 * The page of a provider's DSA Art. 15(1)(a) order figures: a provider sees its own; the Commission picks the
 * provider. The period defaults to the current calendar year so far; bad dates are shown on the form.
 */
@Controller
class OrderMetricsPages {

    private final OrderMetrics metrics;
    private final HostingServiceProviders providers;
    private final Clock clock;

    OrderMetricsPages(OrderMetrics metrics, HostingServiceProviders providers, Clock clock) {
        this.metrics = metrics;
        this.providers = providers;
        this.clock = clock;
    }

    @GetMapping("/transparency/order-metrics")
    String page(@RequestParam(required = false) UUID provider, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        var actor = CurrentActor.get();
        boolean commission = actor.kind() == OrganisationKind.COMMISSION;
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        String f = from == null || from.isBlank() ? today.withDayOfYear(1).toString() : from.strip();
        String t = to == null || to.isBlank() ? today.toString() : to.strip();
        model.addAttribute("providers", commission ? providers.search(ProviderQuery.all(), clock.instant()).stream()
                .sorted(Comparator.comparing(HostingServiceProvider::name)).toList() : List.<HostingServiceProvider>of());
        model.addAttribute("provider", provider);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("errors", List.<InvalidInput.FieldError>of());
        model.addAttribute("report", null);
        if (commission && provider == null) {
            return "transparency/orderMetrics";
        }
        try {
            model.addAttribute("report", metrics.report(actor, Optional.ofNullable(provider), date("from", f), date("to", t)));
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
        }
        return "transparency/orderMetrics";
    }

    @GetMapping(value = "/transparency/order-metrics.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) UUID provider, @RequestParam String from,
            @RequestParam String to) {
        OrderMetricsReport r = metrics.report(CurrentActor.get(), Optional.ofNullable(provider), date("from", from),
                date("to", to));
        return MonitoringPages.csv("dsa-art15-orders-" + r.from() + "-" + r.to() + ".csv", MonitoringExport.metrics(r));
    }

    /** The figures as JSON for the logged-in user (the API path takes a bearer token instead). */
    @GetMapping(value = "/transparency/order-metrics.json", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    OrderMetricsReport json(@RequestParam(required = false) UUID provider, @RequestParam String from, @RequestParam String to) {
        return metrics.report(CurrentActor.get(), Optional.ofNullable(provider), date("from", from), date("to", to));
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "a date such as 2026-01-31");
        }
    }
}
