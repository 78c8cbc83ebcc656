package eu.vigil.transparency.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.vigil.identity.CurrentActor;
import eu.vigil.transparency.Monitoring;
import eu.vigil.transparency.MonitoringDashboard;
import eu.vigil.transparency.MonitoringDashboards;
import eu.vigil.transparency.MonitoringData;
import eu.vigil.transparency.MonitoringRecord;
import eu.vigil.transparency.OrderMetrics;
import eu.vigil.transparency.OrderMetricsReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Monitoring data (TCO Art. 21) and DSA Art. 15 order metrics. */
@RestController
@RequestMapping("/api/v1/transparency")
@Tag(name = "Transparency reports")
class MonitoringApi {

    private final Monitoring monitoring;
    private final MonitoringDashboards dashboards;
    private final OrderMetrics metrics;

    MonitoringApi(Monitoring monitoring, MonitoringDashboards dashboards, OrderMetrics metrics) {
        this.monitoring = monitoring;
        this.dashboards = dashboards;
        this.metrics = metrics;
    }

    @Operation(summary = "Art. 21(1) monitoring data for a calendar year: every Member State for the Commission, the own for an authority")
    @GetMapping("/monitoring")
    MonitoringData monitoring(@RequestParam int year) {
        return monitoring.data(CurrentActor.get(), year);
    }

    @Operation(summary = "The records one monitoring figure counted for one Member State and year")
    @GetMapping("/monitoring/records")
    List<MonitoringRecord> records(@RequestParam int year, @RequestParam String memberState, @RequestParam String figure) {
        return monitoring.records(CurrentActor.get(), year, memberState, MonitoringExport.figure(figure));
    }

    @Operation(summary = "The figures behind the monitoring dashboard's charts for a calendar year")
    @GetMapping("/monitoring/dashboard")
    MonitoringDashboard dashboard(@RequestParam int year) {
        return dashboards.dashboard(CurrentActor.get(), year);
    }

    @Operation(summary = "DSA Art. 15(1)(a) metrics of the orders a provider received in a period (the caller's own; the Commission names one)")
    @GetMapping("/order-metrics")
    OrderMetricsReport orderMetrics(@RequestParam(required = false) UUID provider,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return metrics.report(CurrentActor.get(), Optional.ofNullable(provider), from, to);
    }
}
