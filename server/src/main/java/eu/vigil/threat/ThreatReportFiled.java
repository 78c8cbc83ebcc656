package eu.vigil.threat;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * A provider filed a threat-to-life report (Art. 14(5), R30): every recipient of the report (the authorities of
 * the Member State concerned, or the host Member State's contact point and Europol) is told at once instead of
 * when it next opens the page. The description stays in the report; the notification says where to read it.
 *
 * @param report       the filed report with its deliveries
 * @param actor        who filed it
 * @param providerName the reporting provider
 */
public record ThreatReportFiled(ThreatReport report, Auditor actor, String providerName) implements PartyEvent {

    /** The event type. */
    public static final String TYPE = "threat_report.filed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Instant at() {
        return report.filedAt();
    }

    @Override
    public String subjectType() {
        return "threat_report";
    }

    @Override
    public String subjectId() {
        return report.id().toString();
    }

    @Override
    public String href() {
        return "/api/v1/threat-reports/" + report.id();
    }

    @Override
    public Collection<UUID> recipients() {
        return report.deliveries().stream().map(ThreatReport.Delivery::recipientId).toList();
    }

    @Override
    public String text() {
        return "Imminent threat to life reported by " + providerName + " (Art. 14(5)); Member State concerned: "
                + (report.memberState() == null ? "unknown" : report.memberState())
                + ". Open the report now and acknowledge receipt.";
    }

    @Override
    public Map<String, ?> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reportId", report.id().toString());
        data.put("providerId", report.providerId().toString());
        data.put("memberState", report.memberState() == null ? "unknown" : report.memberState());
        data.put("filedAt", report.filedAt().toString());
        return data;
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("memberState", report.memberState() == null ? "unknown" : report.memberState(),
                "recipients", report.deliveries().size());
    }
}
