package eu.vigil.transparency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.vigil.audit.Auditor;
import eu.vigil.relay.PartyEvent;

/**
 * A reminder that a provider's Art. 7 report for {@code year} is not marked published (R45): from 1 February
 * ({@link #DUE}, to the provider) and, once 1 March has come, overdue ({@link #OVERDUE}, to the provider and the
 * role-(d) authorities of its host Member State, which may impose penalties for a breach of Art. 7, Art. 18(1)(e)).
 * Sent once per provider, year and kind by {@link TransparencyReportReminders}.
 *
 * @param type         {@link #DUE} or {@link #OVERDUE}
 * @param at           when the reminder was raised
 * @param actor        the sweep
 * @param providerId   the provider
 * @param providerName its name
 * @param year         the year the report is for
 * @param authorities  the authorities also told (empty for {@link #DUE})
 */
public record TransparencyReportReminder(String type, Instant at, Auditor actor, UUID providerId, String providerName,
        int year, List<UUID> authorities) implements PartyEvent {

    /** The report is due before 1 March and not published yet. */
    public static final String DUE = "transparency_report.due";
    /** 1 March has come and the report is not published. */
    public static final String OVERDUE = "transparency_report.overdue";

    public TransparencyReportReminder {
        authorities = List.copyOf(authorities);
    }

    /** The last day on which publishing is in time. */
    public LocalDate lastDay() {
        return TransparencyReport.dueBy(year).minusDays(1);
    }

    @Override
    public String subjectType() {
        return "hosting_service_provider";
    }

    @Override
    public String subjectId() {
        return providerId.toString();
    }

    @Override
    public String href() {
        return "/api/v1/transparency/provider-report?year=" + year;
    }

    @Override
    public Collection<UUID> recipients() {
        var all = new java.util.ArrayList<UUID>();
        all.add(providerId);
        all.addAll(authorities);
        return all;
    }

    @Override
    public String text() {
        return type.equals(OVERDUE)
                ? "The transparency report of " + providerName + " for " + year + " is overdue: it had to be published by "
                        + lastDay() + " (TCO Art. 7(2)) and is not marked published."
                : "Publish the transparency report of " + providerName + " for " + year + " by " + lastDay()
                        + " (TCO Art. 7(2)); it is not marked published yet.";
    }

    @Override
    public Map<String, ?> data() {
        return Map.of("providerId", providerId.toString(), "year", year, "publishBy", lastDay().toString(),
                "overdue", type.equals(OVERDUE));
    }

    @Override
    public Map<String, ?> details() {
        return Map.of("year", year);
    }
}
