package eu.vigil.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationId;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.identity.Organisations;
import eu.vigil.identity.Users;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;

/**
 * The versioned register of hosting service providers. Platform administrators onboard providers; only a
 * provider's own administrators amend its entry (R29), and each amendment is a new version with an
 * effective date, so orders can reference the version in force when they were sent.
 */
@Service
public class HostingServiceProviders {

    private static final String IN_FORCE = " v.valid_from <= :at and (v.valid_until is null or v.valid_until > :at)";

    private final JdbcClient jdbc;
    private final ProviderRules rules;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final ReferenceData reference;
    private final Users users;

    HostingServiceProviders(JdbcClient jdbc, ProviderRules rules, Organisations organisations, AuditLog audit,
            Clock clock, ReferenceData reference, Users users) {
        this.users = users;
        this.jdbc = jdbc;
        this.rules = rules;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
        this.reference = reference;
    }

    /** Onboards a provider (platform administrators only) and creates its organisation. */
    @Transactional
    public HostingServiceProvider register(Actor actor, ProviderDeclaration declaration) {
        if (!actor.isPlatformAdmin()) {
            throw new Forbidden("only platform administrators onboard hosting service providers");
        }
        Instant now = clock.instant();
        Instant from = declaration.effectiveFrom() == null ? now : declaration.effectiveFrom();
        rules.check(declaration, from, null, now);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into hosting_service_provider (id, created_at) values (?,?)").params(id, Timestamp.from(now))
                .update();
        insertVersion(id, declaration, from, now, actor.auditor().label());
        organisations.register(actor.auditor(), new OrganisationId(id), OrganisationKind.HOSTING_SERVICE_PROVIDER,
                declaration.name(), declaration.mainEstablishment());
        HostingServiceProvider created = latest(new ProviderId(id)).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("provider.registered", "hosting_service_provider", id.toString(),
                null, created, Map.of("name", created.name(), "validFrom", from)));
        return created;
    }

    /**
     * Whether the actor may change the provider's entry (R29): its own administrators, or the platform
     * administration while the provider has no administrator yet (see {@link EntryEditing}).
     */
    public EntryEditing editing(Actor actor, ProviderId id) {
        OrganisationId organisation = new OrganisationId(id.value());
        boolean own = actor.belongsTo(organisation) && actor.administers(organisation);
        return EntryEditing.decide(own, actor.isPlatformAdmin(), !own && users.hasAdministrator(organisation));
    }

    /**
     * Records a new version of a provider's entry, effective from the declared date (its own administrators,
     * or the platform administration during onboarding; see {@link #editing}).
     */
    @Transactional
    public HostingServiceProvider amend(Actor actor, ProviderId id, ProviderDeclaration declaration) {
        HostingServiceProvider latest = latest(id).orElseThrow(() -> new NotFound("provider " + id));
        EntryEditing editing = editing(actor, id);
        if (editing instanceof EntryEditing.Refused refused) {
            throw new Forbidden(switch (refused.reason()) {
                case NOT_ITS_ADMINISTRATOR -> "only administrators of this provider may change its contact-point data (R29)";
                case PROVIDER_HAS_ITS_OWN_ADMINISTRATOR ->
                    "this provider has its own administrator, who alone changes its entry (R29)";
            });
        }
        Instant now = clock.instant();
        Instant from = declaration.effectiveFrom() == null ? now : declaration.effectiveFrom();
        rules.check(declaration, from, latest, now);
        // Lock the open version so two concurrent amendments cannot both close it.
        jdbc.sql("select id from provider_version where id = ? for update").param(latest.version()).query(Long.class)
                .single();
        jdbc.sql("update provider_version set valid_until = ? where id = ?").params(Timestamp.from(from), latest.version())
                .update();
        insertVersion(id.value(), declaration, from, now, actor.auditor().label());
        organisations.rename(actor.auditor(), new OrganisationId(id.value()), declaration.name().strip());
        HostingServiceProvider amended = latest(id).orElseThrow();
        audit.append(actor.auditor(), new AuditEvent("provider.amended", "hosting_service_provider", id.toString(),
                latest, amended, Map.of("name", amended.name(), "validFrom", from,
                        "ground", ((EntryEditing.Allowed) editing).ground().name())));
        return amended;
    }

    /** The version in force at {@code at}. */
    public Optional<HostingServiceProvider> asOf(ProviderId id, Instant at) {
        return load(" where v.provider_id = :id and" + IN_FORCE, Map.of("id", id.value(), "at", Timestamp.from(at)))
                .stream().findFirst();
    }

    /** The version in force now, or else the newest one (a provider whose first version starts later). */
    public Optional<HostingServiceProvider> current(ProviderId id) {
        return asOf(id, clock.instant()).or(() -> latest(id));
    }

    /** Every version, oldest first. */
    public List<HostingServiceProvider> history(ProviderId id) {
        return load(" where v.provider_id = :id order by v.valid_from", Map.of("id", id.value()));
    }

    /** Providers in force at {@code at} that match the query, by name. */
    public List<HostingServiceProvider> search(ProviderQuery query, Instant at) {
        return load(" where" + IN_FORCE + " order by lower(v.name)", Map.of("at", Timestamp.from(at))).stream()
                .filter(query::matches).toList();
    }

    /** The overview of providers with a legal representative, by the representative's Member State. */
    public LegalRepresentativeOverview legalRepresentativeOverview(Instant at) {
        TreeMap<String, List<LegalRepresentativeOverview.Entry>> byState = new TreeMap<>();
        for (HostingServiceProvider p : search(ProviderQuery.all(), at)) {
            if (p.offersServicesInEu() && p.legalRepresentative() != null) {
                byState.computeIfAbsent(p.legalRepresentative().memberState(), k -> new ArrayList<>())
                        .add(new LegalRepresentativeOverview.Entry(p.id(), p.name(), p.mainEstablishment(),
                                p.legalRepresentative(), p.reachable247(), p.acceptedLanguages()));
            }
        }
        List<LegalRepresentativeOverview.Group> groups = byState.entrySet().stream()
                .map(e -> new LegalRepresentativeOverview.Group(reference.memberState(e.getKey()).orElseThrow(),
                        e.getValue().stream().sorted(Comparator.comparing(LegalRepresentativeOverview.Entry::provider,
                                String.CASE_INSENSITIVE_ORDER)).toList()))
                .toList();
        return new LegalRepresentativeOverview(at, groups);
    }

    Optional<HostingServiceProvider> latest(ProviderId id) {
        return load(" where v.provider_id = :id order by v.valid_from desc limit 1", Map.of("id", id.value())).stream()
                .findFirst();
    }

    private void insertVersion(UUID id, ProviderDeclaration d, Instant from, Instant now, String recordedBy) {
        LegalRepresentative rep = d.legalRepresentative();
        long version = jdbc.sql("""
                insert into provider_version (provider_id, name, services, size_class, offers_services_in_eu,
                    main_establishment, legal_rep_name, legal_rep_member_state, legal_rep_address, legal_rep_email,
                    legal_rep_designated_on, valid_from, valid_until, recorded_at, recorded_by)
                values (?,?,?,?,?,?,?,?,?,?,?,?,null,?,?) returning id""")
                .params(id, d.name().strip(), d.services() == null ? "" : d.services().strip(), d.sizeClass().name(),
                        d.offersServicesInEu(), blankToNull(d.mainEstablishment()), rep == null ? null : rep.name(),
                        rep == null ? null : rep.memberState(), rep == null ? null : rep.address(),
                        rep == null ? null : rep.email(), rep == null ? null : rep.designatedOn(), Timestamp.from(from),
                        Timestamp.from(now), recordedBy)
                .query(Long.class).single();
        for (ContactPoint c : d.contactPoints()) {
            jdbc.sql("insert into provider_contact_point (version_id, channel, address, languages, available_24_7) values (?,?,?,?,?)")
                    .params(version, c.channel().name(), c.address().strip(),
                            c.languages().stream().map(l -> l.strip().toLowerCase()).toArray(String[]::new),
                            c.available247())
                    .update();
        }
    }

    private List<HostingServiceProvider> load(String where, Map<String, Object> params) {
        var versions = new ArrayList<VersionRow>();
        var spec = jdbc.sql("select v.* from provider_version v" + where);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        spec.query((ResultSet rs) -> {
            versions.add(VersionRow.of(rs));
        });
        if (versions.isEmpty()) {
            return List.of();
        }
        Long[] ids = versions.stream().map(VersionRow::version).toArray(Long[]::new);
        Map<Long, List<ContactPoint>> contacts = jdbc.sql(
                        "select * from provider_contact_point where version_id = any(?) order by id")
                .param(ids)
                .query((rs, n) -> Map.entry(rs.getLong("version_id"), new ContactPoint(
                        ContactChannel.valueOf(rs.getString("channel")), rs.getString("address"),
                        Arrays.stream((String[]) rs.getArray("languages").getArray()).map(String::strip).toList(),
                        rs.getBoolean("available_24_7"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return versions.stream().map(v -> v.toProvider(contacts.getOrDefault(v.version(), List.of()))).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase();
    }

    /** A provider_version row before its contact points are attached. */
    private record VersionRow(ProviderId id, long version, String name, String services, SizeClass size,
            boolean offersInEu, String mainEstablishment, LegalRepresentative rep, Instant from, Instant until,
            Instant recordedAt, String recordedBy) {

        static VersionRow of(ResultSet rs) throws SQLException {
            String repName = rs.getString("legal_rep_name");
            var designated = rs.getDate("legal_rep_designated_on");
            LegalRepresentative rep = repName == null ? null : new LegalRepresentative(repName,
                    rs.getString("legal_rep_member_state").strip(), rs.getString("legal_rep_address"),
                    rs.getString("legal_rep_email"), designated == null ? null : designated.toLocalDate());
            Timestamp until = rs.getTimestamp("valid_until");
            String me = rs.getString("main_establishment");
            return new VersionRow(new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getLong("id"),
                    rs.getString("name"), rs.getString("services"), SizeClass.valueOf(rs.getString("size_class")),
                    rs.getBoolean("offers_services_in_eu"), me == null ? null : me.strip(), rep,
                    rs.getTimestamp("valid_from").toInstant(), until == null ? null : until.toInstant(),
                    rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
        }

        HostingServiceProvider toProvider(List<ContactPoint> contacts) {
            return new HostingServiceProvider(id, version, name, services, size, offersInEu, mainEstablishment, rep,
                    contacts, from, until, recordedAt, recordedBy);
        }
    }
}
