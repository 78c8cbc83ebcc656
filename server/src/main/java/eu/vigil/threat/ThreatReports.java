package eu.vigil.threat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.Organisation;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Role;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.CompetentAuthority;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderId;
import eu.vigil.registry.ReferenceData;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.RuleViolation;
import eu.vigil.shared.Violations;

/**
 * Files and routes threat-to-life reports. Recipients are organisations on this installation: for a known
 * Member State its authorities that are on Vigil (law enforcement holding role (a) first, else its Art. 12(2)
 * contact points); for an unknown Member State the host Member State's contact point and every Europol
 * organisation. A report that would reach nobody is refused, so the provider knows to use another channel.
 */
@Service
public class ThreatReports {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final CompetentAuthorities authorities;
    private final HostingServiceProviders providers;
    private final Organisations organisations;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;

    ThreatReports(JdbcClient jdbc, Clock clock, AuditLog audit, CompetentAuthorities authorities,
            HostingServiceProviders providers, Organisations organisations, ReferenceData reference,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.authorities = authorities;
        this.providers = providers;
        this.organisations = organisations;
        this.reference = reference;
    }

    /** A provider reports; {@code memberState} null means the Member State concerned is unknown. */
    @Transactional
    public ThreatReport file(Actor actor, String memberState, String description, String contentUrl) {
        if (actor.kind() != OrganisationKind.HOSTING_SERVICE_PROVIDER || !actor.has(Role.OPERATOR)) {
            throw new Forbidden("hosting service providers file threat-to-life reports");
        }
        String ms = memberState == null || memberState.isBlank() ? null : memberState.strip().toUpperCase();
        new Violations()
                .check(ms != null && !reference.isEuMemberState(ms), "memberState", "an EU Member State code, or empty when unknown")
                .check(description == null || description.isBlank(), "description", "describe the threat")
                .throwIfPresent();
        Instant now = clock.instant();
        Map<UUID, ThreatReport.RecipientRole> recipients = recipients(actor, ms, now);
        if (recipients.isEmpty()) {
            throw new RuleViolation("NO_RECIPIENT", "No authority " + (ms == null ? "of the host Member State" : "of " + ms)
                    + " or Europol is reachable on this installation: alert them through your emergency channels now.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into threat_report (id, provider_id, member_state, description, content_url, filed_at, filed_by) values (?,?,?,?,?,?,?)")
                .params(id, actor.organisationId().value(), ms, description.strip(),
                        contentUrl == null || contentUrl.isBlank() ? null : contentUrl.strip(), Timestamp.from(now),
                        actor.auditor().label())
                .update();
        for (var r : recipients.entrySet()) {
            jdbc.sql("insert into threat_report_delivery (report_id, recipient_id, recipient_role, delivered_at) values (?,?,?,?)")
                    .params(id, r.getKey(), r.getValue().name(), Timestamp.from(now)).update();
        }
        ThreatReport report = find(id).orElseThrow();
        events.publishEvent(new ThreatReportFiled(report, actor.auditor(), actor.organisationName()));
        return report;
    }

    private Map<UUID, ThreatReport.RecipientRole> recipients(Actor actor, String ms, Instant now) {
        Map<UUID, ThreatReport.RecipientRole> result = new LinkedHashMap<>();
        if (ms != null) {
            List<CompetentAuthority> of = authorities.asOf(now).stream().filter(a -> a.memberState().equals(ms)).toList();
            List<CompetentAuthority> preferred = of.stream().filter(a -> a.holds(AuthorityRole.ISSUE)).toList();
            for (CompetentAuthority a : preferred.isEmpty() ? of.stream().filter(CompetentAuthority::contactPoint).toList() : preferred) {
                onVigil(a.id().value()).ifPresent(org -> result.put(org.id().value(), ThreatReport.RecipientRole.MEMBER_STATE_CONCERNED));
            }
            return result;
        }
        Optional<String> host = providers.asOf(new ProviderId(actor.organisationId().value()), now)
                .flatMap(HostingServiceProvider::hostMemberState);
        host.ifPresent(h -> authorities.asOf(now).stream().filter(a -> a.memberState().equals(h) && a.contactPoint())
                .forEach(a -> onVigil(a.id().value()).ifPresent(org -> result.put(org.id().value(),
                        ThreatReport.RecipientRole.HOST_CONTACT_POINT))));
        organisations.all().stream().filter(o -> o.kind() == OrganisationKind.EUROPOL)
                .forEach(o -> result.put(o.id().value(), ThreatReport.RecipientRole.EUROPOL));
        return result;
    }

    private Optional<Organisation> onVigil(UUID authorityId) {
        return organisations.find(new OrganisationId(authorityId));
    }

    /** A recipient acknowledges receipt (the delivery receipt of R30). */
    @Transactional
    public ThreatReport acknowledge(Actor actor, UUID id) {
        ThreatReport report = get(actor, id);
        int updated = jdbc.sql("""
                update threat_report_delivery set received_at = ?, received_by = ?
                where report_id = ? and recipient_id = ? and received_at is null""")
                .params(Timestamp.from(clock.instant()), actor.auditor().label(), id, actor.organisationId().value()).update();
        if (updated == 1) {
            audit.append(actor.auditor(), new AuditEvent("threat_report.received", "threat_report", id.toString(), null,
                    null, Map.of()));
        }
        return find(id).orElseThrow(() -> new NotFound("report " + report.id()));
    }

    /** Reports the actor filed or received, newest first. */
    public List<ThreatReport> visibleTo(Actor actor) {
        List<UUID> ids = jdbc.sql("""
                select r.id from threat_report r where r.provider_id = :org
                   or exists (select 1 from threat_report_delivery d where d.report_id = r.id and d.recipient_id = :org)
                order by r.filed_at desc""").param("org", actor.organisationId().value()).query(UUID.class).list();
        List<ThreatReport> out = new ArrayList<>();
        ids.forEach(i -> find(i).ifPresent(out::add));
        return out;
    }

    /** One report, if the actor filed or received it. */
    public ThreatReport get(Actor actor, UUID id) {
        return find(id).filter(r -> r.providerId().equals(actor.organisationId().value())
                || r.deliveries().stream().anyMatch(d -> d.recipientId().equals(actor.organisationId().value())))
                .orElseThrow(() -> new NotFound("threat report " + id));
    }

    /**
     * One report without visibility checks, for a module that shows where a report went once one who filed or
     * received it linked it there (the crisis board, issue 13); callers show its routing and receipts, not its content.
     */
    public Optional<ThreatReport> find(UUID id) {
        List<ThreatReport.Delivery> deliveries = jdbc.sql("""
                select d.*, o.name from threat_report_delivery d join organisation o on o.id = d.recipient_id
                where d.report_id = ? order by d.recipient_role, o.name""").param(id)
                .query((rs, n) -> new ThreatReport.Delivery(rs.getObject("recipient_id", UUID.class), rs.getString("name"),
                        ThreatReport.RecipientRole.valueOf(rs.getString("recipient_role")),
                        rs.getTimestamp("delivered_at").toInstant(),
                        rs.getTimestamp("received_at") == null ? null : rs.getTimestamp("received_at").toInstant(),
                        rs.getString("received_by")))
                .list();
        return jdbc.sql("select * from threat_report where id = ?").param(id)
                .query((rs, n) -> new ThreatReport(rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
                        rs.getString("member_state") == null ? null : rs.getString("member_state").strip(),
                        rs.getString("description"), rs.getString("content_url"), rs.getTimestamp("filed_at").toInstant(),
                        rs.getString("filed_by"), deliveries))
                .optional();
    }
}
