package eu.vigil.transparency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Role;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderId;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;
import tools.jackson.databind.json.JsonMapper;

/**
 * The providers' Art. 7 reports (R45): the provider's operators write the draft and publish it; the Commission and
 * the competent authorities of the provider's host Member State read the published report; nobody else reads any.
 * A draft shows the figures as the records stand now; a published report the figures kept at publication.
 */
@Service
public class TransparencyReports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProviderReports figures;
    private final HostingServiceProviders providers;
    private final AuditLog audit;

    TransparencyReports(JdbcClient jdbc, Clock clock, ProviderReports figures, HostingServiceProviders providers,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.figures = figures;
        this.providers = providers;
        this.audit = audit;
    }

    /**
     * The report of {@code provider} (the actor's own organisation when empty) for {@code year}: the provider's own,
     * draft or published; another organisation's only when published and the reader is the Commission or an
     * authority of the provider's host Member State.
     */
    public TransparencyReport report(Actor actor, int year, Optional<UUID> provider) {
        checkYear(year);
        if (actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER) {
            if (provider.isPresent() && !provider.get().equals(actor.organisationId().value())) {
                throw new Forbidden("a provider reads its own Art. 7 report; others' are read where they publish them");
            }
            return current(own(actor), year);
        }
        if (actor.kind() != OrganisationKind.COMMISSION && actor.kind() != OrganisationKind.COMPETENT_AUTHORITY) {
            throw new Forbidden("Art. 7 reports are read here by the provider, the Commission and its competent authority");
        }
        ProviderId id = new ProviderId(provider.orElseThrow(() -> InvalidInput.of("provider", "name the provider")));
        HostingServiceProvider hsp = providers.current(id).orElseThrow(() -> new NotFound("provider " + id.value()));
        if (actor.kind() == OrganisationKind.COMPETENT_AUTHORITY
                && !hsp.hostMemberState().map(ms -> ms.equals(actor.memberState())).orElse(false)) {
            throw new Forbidden("an authority reads the reports of providers of its own Member State");
        }
        return stored(id, year).filter(r -> r.state() == ReportState.PUBLISHED)
                .orElseThrow(() -> new NotFound("published Art. 7 report of " + hsp.name() + " for " + year));
    }

    /** Saves the narrative parts (a) and (b) of the actor's draft for {@code year}. */
    @Transactional
    public TransparencyReport saveNarrative(Actor actor, int year, String identification, String reappearance) {
        checkYear(year);
        ProviderId id = writer(actor);
        TransparencyReport before = locked(id, year);
        TransparencyReport after = before.withNarrative(identification, reappearance, clock.instant(),
                actor.auditor().label());
        store(after);
        audit.append(actor.auditor(), new AuditEvent("transparency_report.edited", "hosting_service_provider",
                id.value().toString(), null, null, Map.of("year", year)));
        return current(id, year);
    }

    /** Marks the actor's report for {@code year} published at {@code url}, keeping the figures as they are now. */
    @Transactional
    public TransparencyReport publish(Actor actor, int year, String url) {
        checkYear(year);
        ProviderId id = writer(actor);
        TransparencyReport before = locked(id, year);
        Instant now = clock.instant();
        TransparencyReport after = before.publish(url, now, actor.auditor().label(),
                figures.compute(id, before.figures().providerName(), year));
        store(after);
        audit.append(actor.auditor(), new AuditEvent("transparency_report.published", "hosting_service_provider",
                id.value().toString(), null, null, Map.of("year", year, "url", after.publicUrl())));
        return after;
    }

    /**
     * The published reports for {@code year} that the actor may read: every one for the Commission, those of providers
     * of its Member State for an authority; refused to others (a provider reads its own with {@link #report}).
     */
    public List<TransparencyReport> publishedFor(Actor actor, int year) {
        checkYear(year);
        if (actor.kind() != OrganisationKind.COMMISSION && actor.kind() != OrganisationKind.COMPETENT_AUTHORITY) {
            throw new Forbidden("the list of published Art. 7 reports is for the Commission and competent authorities");
        }
        return jdbc.sql("select * from provider_transparency_report where year = ? and state = 'PUBLISHED' order by published_at")
                .param(year).query(TransparencyReports::map).list().stream()
                .filter(r -> actor.kind() == OrganisationKind.COMMISSION || providers.current(r.providerId())
                        .flatMap(HostingServiceProvider::hostMemberState).map(ms -> ms.equals(actor.memberState())).orElse(false))
                .toList();
    }

    /** Whether the provider has marked its report for {@code year} published. */
    public boolean published(ProviderId provider, int year) {
        return stored(provider, year).map(r -> r.state() == ReportState.PUBLISHED).orElse(false);
    }

    private void checkYear(int year) {
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        if (year < AuthorityReports.FIRST_YEAR || year > thisYear) {
            throw InvalidInput.of("year", "between " + AuthorityReports.FIRST_YEAR
                    + " (the Regulation applies from 7 June 2022) and " + thisYear);
        }
    }

    private ProviderId own(Actor actor) {
        return new ProviderId(actor.organisationId().value());
    }

    private ProviderId writer(Actor actor) {
        if (actor.kind() != OrganisationKind.HOSTING_SERVICE_PROVIDER || !actor.has(Role.OPERATOR)) {
            throw new Forbidden("the provider's operators write and publish its Art. 7 report");
        }
        return own(actor);
    }

    private String name(ProviderId id) {
        return providers.current(id).map(HostingServiceProvider::name).orElseThrow(() -> new NotFound("provider " + id.value()));
    }

    /** The stored report with live figures if a draft, or a new draft. */
    private TransparencyReport current(ProviderId id, int year) {
        Optional<TransparencyReport> stored = stored(id, year);
        if (stored.isPresent() && stored.get().state() == ReportState.PUBLISHED) {
            return stored.get();
        }
        ProviderReport live = figures.compute(id, name(id), year);
        return stored.map(r -> new TransparencyReport(r.providerId(), r.year(), r.state(), r.identificationMeasures(),
                        r.reappearanceMeasures(), r.publicUrl(), r.publishedAt(), r.publishedBy(), live, r.updatedAt(),
                        r.updatedBy()))
                .orElseGet(() -> TransparencyReport.draft(id, year, live, clock.instant(), "—"));
    }

    /** The report for update: the stored row locked, or a new draft after creating the row. */
    private TransparencyReport locked(ProviderId id, int year) {
        jdbc.sql("""
                insert into provider_transparency_report (provider_id, year, state, updated_at, updated_by)
                values (?,?,'DRAFT',?,'—') on conflict do nothing""")
                .params(id.value(), year, Timestamp.from(clock.instant())).update();
        jdbc.sql("select 1 from provider_transparency_report where provider_id = ? and year = ? for update")
                .params(id.value(), year).query(Integer.class).single();
        return current(id, year);
    }

    private Optional<TransparencyReport> stored(ProviderId id, int year) {
        return jdbc.sql("select * from provider_transparency_report where provider_id = ? and year = ?")
                .params(id.value(), year).query(TransparencyReports::map).optional();
    }

    private void store(TransparencyReport r) {
        boolean published = r.state() == ReportState.PUBLISHED;
        jdbc.sql("""
                update provider_transparency_report set state = ?, identification_measures = ?, reappearance_measures = ?,
                    public_url = ?, published_at = ?, published_by = ?, figures = ?, updated_at = ?, updated_by = ?
                where provider_id = ? and year = ?""")
                .params(r.state().name(), r.identificationMeasures(), r.reappearanceMeasures(), r.publicUrl(),
                        r.publishedAt() == null ? null : Timestamp.from(r.publishedAt()), r.publishedBy(),
                        published ? JSON.writeValueAsString(r.figures()) : null, Timestamp.from(r.updatedAt()),
                        r.updatedBy(), r.providerId().value(), r.year())
                .update();
    }

    private static TransparencyReport map(ResultSet rs, int n) throws SQLException {
        String figures = rs.getString("figures");
        Timestamp published = rs.getTimestamp("published_at");
        return new TransparencyReport(new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getInt("year"),
                ReportState.valueOf(rs.getString("state")), rs.getString("identification_measures"),
                rs.getString("reappearance_measures"), rs.getString("public_url"),
                published == null ? null : published.toInstant(), rs.getString("published_by"),
                figures == null ? null : JSON.readValue(figures, ProviderReport.class),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
