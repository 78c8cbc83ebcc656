package eu.vigil.penalty;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityId;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.CompetentAuthority;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderId;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;

/**
 * Penalty proceedings under Art. 18. Only an authority holding role (d) of Art. 12(1) in the provider's host
 * Member State ({@link HostingServiceProvider#hostMemberState()}: main establishment, else legal representative)
 * opens and decides them, and sees those of its Member State; the provider sees its own, read-only, and is told of
 * each step by a {@link PenaltyEvent}. Any other access is answered as "not found".
 */
@Service
public class PenaltyProceedings {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CompetentAuthorities authorities;
    private final HostingServiceProviders providers;
    private final ApplicationEventPublisher events;
    private final SystematicFailurePolicy policy;

    PenaltyProceedings(JdbcClient jdbc, Clock clock, CompetentAuthorities authorities, HostingServiceProviders providers,
            ApplicationEventPublisher events, @Value("${vigil.penalty.systematic.window:P12M}") Period window,
            @Value("${vigil.penalty.systematic.minimum-missed:3}") int minimumMissed,
            @Value("${vigil.penalty.systematic.missed-share:0.10}") double missedShare) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.authorities = authorities;
        this.providers = providers;
        this.events = events;
        this.policy = new SystematicFailurePolicy(window, minimumMissed, missedShare);
    }

    /**
     * What an authority records when opening proceedings.
     *
     * @param providerId      the provider
     * @param legalBasis      the Art. 18(1) obligation breached
     * @param facts           the facts
     * @param orderIds        removal orders concerned (the provider's), may be empty
     * @param exposureCaseIds Art. 5 exposure decisions concerned (the provider's), may be empty
     */
    public record Opening(UUID providerId, LegalBasis legalBasis, String facts, List<UUID> orderIds,
            List<UUID> exposureCaseIds) {

        public Opening {
            orderIds = orderIds == null ? List.of() : List.copyOf(orderIds);
            exposureCaseIds = exposureCaseIds == null ? List.of() : List.copyOf(exposureCaseIds);
        }
    }

    /** The threshold of the systematic-failure indicator in force. */
    public SystematicFailurePolicy policy() {
        return policy;
    }

    /** The authority the actor acts for, if it holds role (d) (Art. 12(1)(d)) now. */
    public Optional<CompetentAuthority> penaltyAuthority(Actor actor) {
        if (actor == null || actor.kind() != OrganisationKind.COMPETENT_AUTHORITY) {
            return Optional.empty();
        }
        return authorities.find(new AuthorityId(actor.organisationId().value()), clock.instant())
                .filter(a -> a.holds(AuthorityRole.PENALTIES));
    }

    private CompetentAuthority requirePenaltyAuthority(Actor actor) {
        return penaltyAuthority(actor).orElseThrow(() -> new Forbidden(
                "Art. 18: only an authority designated for penalties (Art. 12(1)(d)) conducts penalty proceedings"));
    }

    private CompetentAuthority competentFor(Actor actor, HostingServiceProvider provider) {
        CompetentAuthority a = requirePenaltyAuthority(actor);
        String host = provider.hostMemberState().orElse(null);
        if (!a.memberState().equals(host)) {
            throw new Forbidden("Art. 18: " + provider.name() + " is under the jurisdiction of "
                    + (host == null ? "no Member State on record" : host) + ", not " + a.memberState() + " (Art. 16)");
        }
        return a;
    }

    /** The providers under the jurisdiction of the actor's role-(d) authority (host Member State), by name. */
    public List<HostingServiceProvider> underJurisdiction(Actor actor) {
        CompetentAuthority a = requirePenaltyAuthority(actor);
        return providers.search(eu.vigil.registry.ProviderQuery.all(), clock.instant()).stream()
                .filter(p -> p.hostMemberState().map(a.memberState()::equals).orElse(false))
                .sorted(java.util.Comparator.comparing(HostingServiceProvider::name)).toList();
    }

    /** Opens proceedings against a provider. */
    @Transactional
    public PenaltyProceeding open(Actor actor, Opening o) {
        requirePenaltyAuthority(actor);
        PenaltyProceeding.checkOpening(o.legalBasis(), o.facts());
        Instant now = clock.instant();
        HostingServiceProvider provider = Optional.ofNullable(o.providerId())
                .flatMap(p -> providers.asOf(new ProviderId(p), now))
                .orElseThrow(() -> InvalidInput.of("providerId", "a provider in the register"));
        CompetentAuthority authority = competentFor(actor, provider);
        for (UUID order : o.orderIds()) {
            if (!jdbc.sql("select exists (select 1 from removal_order where id = ? and provider_id = ?)")
                    .params(order, o.providerId()).query(Boolean.class).single()) {
                throw InvalidInput.of("orderIds", "removal order " + order + " is not one of this provider's");
            }
        }
        for (UUID c : o.exposureCaseIds()) {
            if (!jdbc.sql("select exists (select 1 from exposure_case where id = ? and provider_id = ? and decided_at is not null)")
                    .params(c, o.providerId()).query(Boolean.class).single()) {
                throw InvalidInput.of("exposureCaseIds", "exposure decision " + c + " is not a decision on this provider");
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into penalty_proceeding (id, authority_id, authority_name, member_state, provider_id, legal_basis,
                    facts, state, opened_at, opened_by) values (?,?,?,?,?,?,?,?,?,?)""")
                .params(id, authority.id().value(), authority.name(), authority.memberState(), o.providerId(),
                        o.legalBasis().name(), o.facts().strip(), ProceedingState.OPEN.name(), Timestamp.from(now),
                        actor.auditor().label())
                .update();
        o.orderIds().stream().distinct().forEach(order -> jdbc.sql(
                "insert into penalty_proceeding_order (proceeding_id, order_id) values (?,?)").params(id, order).update());
        o.exposureCaseIds().stream().distinct().forEach(c -> jdbc.sql(
                "insert into penalty_proceeding_exposure (proceeding_id, case_id) values (?,?)").params(id, c).update());
        PenaltyProceeding opened = find(new ProceedingId(id), false).orElseThrow();
        events.publishEvent(new PenaltyEvent(PenaltyEvent.PROCEEDINGS_OPENED, opened, actor.auditor(), now));
        return opened;
    }

    /**
     * Decides proceedings, once.
     *
     * @throws eu.vigil.shared.StateConflict when already decided
     */
    @Transactional
    public PenaltyProceeding decide(Actor actor, ProceedingId id, Sanction sanction, BigDecimal amountEur,
            String description, String circumstances, LocalDate decidedOn) {
        PenaltyProceeding current = find(id, true).filter(p -> maySee(actor, p))
                .orElseThrow(() -> new NotFound("penalty proceeding " + id));
        if (!penaltyAuthority(actor).map(a -> a.memberState().equals(current.memberState())).orElse(false)) {
            throw new Forbidden("Art. 18: only an authority designated for penalties in " + current.memberState()
                    + " decides this proceeding");
        }
        Instant now = clock.instant();
        PenaltyProceeding decided = current.decide(new PenaltyDecision(sanction, amountEur,
                description == null || description.isBlank() ? null : description.strip(),
                circumstances == null ? null : circumstances.strip(), decidedOn, now, actor.auditor().label()));
        PenaltyDecision d = decided.decision();
        jdbc.sql("""
                update penalty_proceeding set state = ?, sanction = ?, amount_eur = ?, sanction_description = ?,
                    circumstances = ?, decided_on = ?, decided_at = ?, decided_by = ? where id = ? and state = ?""")
                .params(decided.state().name(), d.sanction().name(), d.amountEur(), d.description(), d.circumstances(), Date.valueOf(d.decidedOn()),
                        Timestamp.from(now), d.decidedBy(), id.value(), current.state().name())
                .update();
        PenaltyProceeding stored = find(id, false).orElseThrow();
        events.publishEvent(new PenaltyEvent(PenaltyEvent.DECIDED, stored, actor.auditor(), now));
        return stored;
    }

    /** Proceedings the actor may see, newest first. */
    public List<PenaltyProceeding> visibleTo(Actor actor) {
        String where;
        Object param;
        if (actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER) {
            where = "provider_id = ?";
            param = actor.organisationId().value();
        } else {
            Optional<CompetentAuthority> a = penaltyAuthority(actor);
            if (a.isEmpty()) {
                return List.of();
            }
            where = "member_state = ?";
            param = a.get().memberState();
        }
        return jdbc.sql("select id from penalty_proceeding where " + where + " order by opened_at desc, id").param(param)
                .query(UUID.class).list().stream().map(i -> find(new ProceedingId(i), false).orElseThrow()).toList();
    }

    /** One proceeding, if the actor may see it. */
    public PenaltyProceeding get(Actor actor, ProceedingId id) {
        return find(id, false).filter(p -> maySee(actor, p)).orElseThrow(() -> new NotFound("penalty proceeding " + id));
    }

    private boolean maySee(Actor actor, PenaltyProceeding p) {
        if (actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER) {
            return actor.organisationId().value().equals(p.providerId());
        }
        return penaltyAuthority(actor).map(a -> a.memberState().equals(p.memberState())).orElse(false);
    }

    /**
     * The Art. 18(3) indicator of a provider from the deadline history of its TCO orders (order_clock_event), for
     * the role-(d) authority of its host Member State only.
     */
    public FailureIndicator indicator(Actor actor, UUID providerId) {
        Instant now = clock.instant();
        HostingServiceProvider provider = providers.asOf(new ProviderId(providerId), now)
                .orElseThrow(() -> new NotFound("provider " + providerId));
        competentFor(actor, provider);
        Instant from = now.atOffset(ZoneOffset.UTC).minus(policy.window()).toInstant();
        var row = jdbc.sql("""
                select count(*) as orders,
                       count(*) filter (where exists (select 1 from order_clock_event e
                                                      where e.order_id = o.id and e.kind = 'MISSED')) as missed
                from removal_order o
                where o.provider_id = ? and o.issued_at >= ? and o.issued_at <= ?
                  and o.order_type in (select code from order_type where counts_in_tco_report)""")
                .params(providerId, Timestamp.from(from), Timestamp.from(now)).query().singleRow();
        return FailureIndicator.of(providerId, from, now, ((Number) row.get("orders")).intValue(),
                ((Number) row.get("missed")).intValue(), policy);
    }

    private Optional<PenaltyProceeding> find(ProceedingId id, boolean lock) {
        List<UUID> orders = jdbc.sql("select order_id from penalty_proceeding_order where proceeding_id = ? order by order_id")
                .param(id.value()).query(UUID.class).list();
        List<UUID> cases = jdbc.sql("select case_id from penalty_proceeding_exposure where proceeding_id = ? order by case_id")
                .param(id.value()).query(UUID.class).list();
        return jdbc.sql("""
                select p.*, (select v.name from provider_version v where v.provider_id = p.provider_id
                             order by v.id desc limit 1) as provider_name
                from penalty_proceeding p where p.id = ?""" + (lock ? " for update of p" : ""))
                .param(id.value())
                .query((rs, n) -> {
                    PenaltyDecision decision = rs.getString("sanction") == null ? null : new PenaltyDecision(
                            Sanction.valueOf(rs.getString("sanction")), rs.getBigDecimal("amount_eur"),
                            rs.getString("sanction_description"), rs.getString("circumstances"),
                            rs.getDate("decided_on").toLocalDate(), rs.getTimestamp("decided_at").toInstant(),
                            rs.getString("decided_by"));
                    return new PenaltyProceeding(new ProceedingId(rs.getObject("id", UUID.class)),
                            rs.getObject("authority_id", UUID.class), rs.getString("authority_name"),
                            rs.getString("member_state").strip(), rs.getObject("provider_id", UUID.class),
                            rs.getString("provider_name"), LegalBasis.valueOf(rs.getString("legal_basis")),
                            rs.getString("facts"), orders, cases, ProceedingState.valueOf(rs.getString("state")),
                            rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"), decision);
                })
                .optional();
    }
}
