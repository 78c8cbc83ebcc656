package eu.vigil.removalorder;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.audit.AuditEvent;
import eu.vigil.audit.AuditLog;
import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityId;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderId;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.Limits;
import eu.vigil.shared.NotFound;
import eu.vigil.shared.Violations;

/**
 * The provider's record of what it removed or disabled under its specific measures (Art. 5(2)): the removals a
 * content provider may complain about under Art. 10. The provider records and sees its own; the role-(c) authority
 * of its host Member State, which oversees specific measures (Art. 12(1)(c)), reads them.
 */
@Service
public class SpecificMeasureRemovals {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final HostingServiceProviders providers;
    private final CompetentAuthorities authorities;

    SpecificMeasureRemovals(JdbcClient jdbc, Clock clock, AuditLog audit, HostingServiceProviders providers,
            CompetentAuthorities authorities) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.providers = providers;
        this.authorities = authorities;
    }

    /**
     * The provider records content it removed or disabled at {@code actedAt} (now when null, never in the future)
     * under {@code specificMeasure}, optionally naming the exposure case it is under.
     */
    @Transactional
    public SpecificMeasureRemoval record(Actor actor, String url, SpecificMeasureRemoval.Action action, Instant actedAt,
            String specificMeasure, UUID exposureCaseId) {
        if (actor.kind() != OrganisationKind.HOSTING_SERVICE_PROVIDER) {
            throw new Forbidden("removals under specific measures are recorded by the provider that made them");
        }
        UUID provider = actor.organisationId().value();
        Instant now = clock.instant();
        Instant acted = actedAt == null ? now : actedAt;
        boolean caseOfAnother = exposureCaseId != null && jdbc.sql(
                "select count(*) from exposure_case where id = ? and provider_id = ?").params(exposureCaseId, provider)
                .query(Integer.class).single() == 0;
        Violations v = new Violations()
                .check(url == null || !isHttpUrl(url.strip()), "url", "the absolute http(s) URL of the content")
                .check(action == null, "action", "REMOVED or DISABLED")
                .check(specificMeasure == null || specificMeasure.isBlank(), "specificMeasure",
                        "which specific measure led to the removal (Art. 5(2))")
                .check(acted.isAfter(now), "actedAt", "cannot be in the future")
                .check(caseOfAnother, "exposureCase", "not one of your exposure cases");
        Limits.checkLength(v, "url", url, Limits.URL);
        v.throwIfPresent();
        String memberState = providers.asOf(new ProviderId(provider), now).flatMap(HostingServiceProvider::hostMemberState)
                .orElse(null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into specific_measure_removal (id, provider_id, member_state, url, action, acted_at, specific_measure,
                    exposure_case_id, recorded_at, recorded_by) values (?,?,?,?,?,?,?,?,?,?)""")
                .params(id, provider, memberState, url.strip(), action.name(), Timestamp.from(acted), specificMeasure.strip(),
                        exposureCaseId, Timestamp.from(now), actor.auditor().label())
                .update();
        SpecificMeasureRemoval recorded = find(new SpecificMeasureRemovalId(id));
        audit.append(actor.auditor(), new AuditEvent("specific_measure_removal.recorded", "specific_measure_removal",
                id.toString(), null, recorded, Map.of("action", action.name())));
        return recorded;
    }

    /** Removals visible to the actor: its own as provider; those of providers it oversees as role-(c) authority. */
    public List<SpecificMeasureRemoval> visibleTo(Actor actor) {
        if (actor.kind() == OrganisationKind.HOSTING_SERVICE_PROVIDER) {
            return jdbc.sql("select * from specific_measure_removal where provider_id = ? order by acted_at desc")
                    .param(actor.organisationId().value()).query((rs, n) -> map(rs)).list();
        }
        if (!overseesSpecificMeasures(actor)) {
            return List.of();
        }
        return jdbc.sql("select * from specific_measure_removal where member_state = ? order by acted_at desc")
                .param(actor.memberState()).query((rs, n) -> map(rs)).list();
    }

    /** One removal, for the provider that made it or the authority overseeing it; otherwise not found. */
    public SpecificMeasureRemoval get(Actor actor, SpecificMeasureRemovalId id) {
        SpecificMeasureRemoval r = find(id);
        if (!madeBy(actor, r) && !(overseesSpecificMeasures(actor) && actor.memberState().equals(r.memberState()))) {
            throw new NotFound("specific-measure removal " + id);
        }
        return r;
    }

    /** Whether the actor's organisation is the provider that made the removal. */
    public static boolean madeBy(Actor actor, SpecificMeasureRemoval r) {
        return actor.organisationId().value().equals(r.providerId());
    }

    /** The role-(c) authorities of {@code memberState} at {@code at} (Art. 12(1)(c)); empty for none. */
    List<UUID> overseers(String memberState, Instant at) {
        if (memberState == null) {
            return List.of();
        }
        return authorities.asOf(at).stream()
                .filter(a -> a.memberState().equals(memberState) && a.holds(AuthorityRole.SPECIFIC_MEASURES))
                .map(a -> a.id().value()).toList();
    }

    SpecificMeasureRemoval find(SpecificMeasureRemovalId id) {
        return jdbc.sql("select * from specific_measure_removal where id = ?").param(id.value())
                .query((rs, n) -> map(rs)).optional().orElseThrow(() -> new NotFound("specific-measure removal " + id));
    }

    private boolean overseesSpecificMeasures(Actor actor) {
        return actor.kind() == OrganisationKind.COMPETENT_AUTHORITY && actor.memberState() != null
                && authorities.find(new AuthorityId(actor.organisationId().value()), clock.instant())
                        .map(a -> a.holds(AuthorityRole.SPECIFIC_MEASURES)).orElse(false);
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static SpecificMeasureRemoval map(ResultSet rs) throws SQLException {
        return new SpecificMeasureRemoval(new SpecificMeasureRemovalId(rs.getObject("id", UUID.class)),
                rs.getObject("provider_id", UUID.class), rs.getString("member_state"), rs.getString("url"),
                SpecificMeasureRemoval.Action.valueOf(rs.getString("action")), rs.getTimestamp("acted_at").toInstant(),
                rs.getString("specific_measure"), rs.getObject("exposure_case_id", UUID.class),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
