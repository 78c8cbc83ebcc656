package eu.vigil.transparency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import eu.vigil.identity.Actor;
import eu.vigil.identity.OrganisationKind;
import eu.vigil.registry.AuthorityId;
import eu.vigil.registry.AuthorityRole;
import eu.vigil.registry.CompetentAuthorities;
import eu.vigil.registry.CompetentAuthority;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;

/**
 * Computes a competent authority's Art. 8 report for a calendar year (UTC) from the records. An authority sees its
 * own report; the Commission, which monitors the Regulation (Art. 21), any authority's.
 */
@Service
public class AuthorityReports {

    /** The TCO Regulation applies from 7 June 2022 (Art. 24). */
    public static final int FIRST_YEAR = 2022;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CompetentAuthorities authorities;

    AuthorityReports(JdbcClient jdbc, Clock clock, CompetentAuthorities authorities) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.authorities = authorities;
    }

    /** The report of {@code authority} (the actor's own when empty) for {@code year}. */
    public AuthorityReport report(Actor actor, int year, Optional<UUID> authority) {
        UUID id = switch (actor.kind()) {
            case COMPETENT_AUTHORITY -> {
                if (authority.isPresent() && !authority.get().equals(actor.organisationId().value())) {
                    throw new Forbidden("an authority sees its own Art. 8 report");
                }
                yield actor.organisationId().value();
            }
            case COMMISSION -> authority.orElseThrow(() -> InvalidInput.of("authority", "name the authority"));
            default -> throw new Forbidden("Art. 8 reports are for competent authorities and the Commission");
        };
        Instant now = clock.instant();
        int thisYear = now.atZone(ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > thisYear) {
            throw InvalidInput.of("year", "between " + FIRST_YEAR + " (the Regulation applies from 7 June 2022) and " + thisYear);
        }
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        CompetentAuthority ca = authorities.find(new AuthorityId(id), to.isAfter(now) ? now : to.minusMillis(1))
                .or(() -> authorities.find(new AuthorityId(id), now))
                .orElseThrow(() -> new NotFound("competent authority " + id));
        Period p = new Period(id, ca.memberState(), Timestamp.from(from), Timestamp.from(to));
        List<String> notes = new ArrayList<>(List.of(
                "Orders are counted by the year they were issued (UTC); decisions, reports and appeals by the year they happened.",
                "Executed: every item removed or disabled; in time: before the deadline of the order type (60 minutes for TCO orders).",
                "Only TCO removal orders are counted; orders of other types (national orders, DSA Art. 9) are not.",
                "Timeliness: from the provider's receipt of the order to the time of action it gave in its Annex II feedback, per item, against the order's deadline.",
                "Decisions under Art. 5(6) (additional measures required after a specific-measures report) are not recorded in Vigil; they are not counted.",
                "Penalties (point (d)): decisions of the year (by date of decision) of the authority's penalty proceedings that imposed a penalty, by the Art. 18(1) obligation breached; decisions imposing none are not counted."));
        return new AuthorityReport(id, ca.name(), ca.memberState(), year, now, orders(p), scrutiny(p, ca),
                ca.holds(AuthorityRole.SPECIFIC_MEASURES) ? specificMeasures(p) : null, review(p),
                ca.holds(AuthorityRole.PENALTIES) ? penalties(p) : null, emergencies(p), notes, timeliness(p));
    }

    private record Period(UUID authority, String memberState, Timestamp from, Timestamp to) {
    }

    /** Orders of the period by the authority, of the types Art. 8 counts (TCO orders; issue 11, defect 6). */
    private static final String OWN = " o.issuing_authority_id = :a and o.issued_at >= :from and o.issued_at < :to "
            + "and o.order_type in (select code from order_type where counts_in_tco_report) ";

    private JdbcClient.StatementSpec sql(String sql, Period p) {
        return jdbc.sql(sql).param("a", p.authority()).param("ms", p.memberState()).param("from", p.from()).param("to", p.to());
    }

    private AuthorityReport.Orders orders(Period p) {
        Map<String, Object> o = sql("""
                select count(*) as issued, count(*) filter (where cross_border) as cross_border,
                       count(*) filter (where emergency) as emergency,
                       count(*) filter (where executed_at is not null) as executed,
                       count(*) filter (where executed_at is not null and state <> :late
                           and (overdue_at is null or executed_at < overdue_at)) as in_time
                from removal_order o where""" + OWN, p)
                .param("late", eu.vigil.removalorder.OrderState.OVERDUE_EXECUTED.name()).query().singleRow();
        Map<String, Object> items = sql("""
                select count(*) as items, count(*) filter (where i.status = 'REMOVED') as removed,
                       count(*) filter (where i.status = 'DISABLED') as disabled
                from removal_order_item i join removal_order o on o.id = i.order_id where""" + OWN, p).query().singleRow();
        Map<String, Integer> impossibility = new TreeMap<>();
        sql("""
                select a.reason, count(*) as n from order_answer a join removal_order o on o.id = a.order_id
                where a.kind = 'IMPOSSIBILITY' and""" + OWN + " group by a.reason", p)
                .query((rs, n) -> Map.entry(rs.getString("reason"), rs.getInt("n"))).list()
                .forEach(e -> impossibility.put(e.getKey(), e.getValue()));
        int issued = n(o, "issued");
        int executed = n(o, "executed");
        return new AuthorityReport.Orders(issued, n(o, "cross_border"), n(o, "emergency"), n(items, "items"), executed,
                n(o, "in_time"), issued - executed, impossibility, n(items, "removed"), n(items, "disabled"));
    }

    private AuthorityReport.Scrutiny scrutiny(Period p, CompetentAuthority ca) {
        Map<String, Object> own = sql("""
                select count(*) as scrutinised, count(*) filter (where s.outcome = 'INFRINGEMENT') as infringing
                from scrutiny s join removal_order o on o.id = s.order_id where""" + OWN, p).query().singleRow();
        if (!ca.holds(AuthorityRole.SCRUTINISE)) {
            return new AuthorityReport.Scrutiny(n(own, "scrutinised"), n(own, "infringing"), null, null, null);
        }
        Map<String, Object> conducted = sql("""
                select count(*) as conducted, count(*) filter (where s.outcome = 'INFRINGEMENT') as infringement,
                       count(*) filter (where s.decided_at is null) as pending
                from scrutiny s join removal_order o on o.id = s.order_id
                where o.host_member_state = :ms and s.requested_at >= :from and s.requested_at < :to
                  and o.order_type in (select code from order_type where counts_in_tco_report)""", p).query().singleRow();
        return new AuthorityReport.Scrutiny(n(own, "scrutinised"), n(own, "infringing"), n(conducted, "conducted"),
                n(conducted, "infringement"), n(conducted, "pending"));
    }

    private AuthorityReport.SpecificMeasures specificMeasures(Period p) {
        Map<String, Object> cases = sql("""
                select count(*) filter (where decided_at >= :from and decided_at < :to) as decisions,
                       count(*) filter (where decided_at >= :from and decided_at < :to and exposed) as exposed,
                       count(*) filter (where review_decided_at >= :from and review_decided_at < :to) as reviews
                from exposure_case where member_state = :ms""", p).query().singleRow();
        Map<String, Object> reports = sql("""
                select count(*) filter (where r.submitted_at >= :from and r.submitted_at < :to) as received,
                       count(*) filter (where r.overdue_at >= :from and r.overdue_at < :to) as overdue
                from specific_measures_report r join exposure_case c on c.id = r.case_id where c.member_state = :ms""", p)
                .query().singleRow();
        return new AuthorityReport.SpecificMeasures(n(cases, "decisions"), n(cases, "exposed"), n(reports, "received"),
                n(reports, "overdue"), n(cases, "reviews"));
    }

    private AuthorityReport.Review review(Period p) {
        Map<String, Object> r = sql("""
                select count(*) filter (where a.lodged_at >= :from and a.lodged_at < :to) as lodged,
                       count(*) filter (where a.decided_at >= :from and a.decided_at < :to and a.outcome = 'CONFIRMED') as confirmed,
                       count(*) filter (where a.decided_at >= :from and a.decided_at < :to and a.outcome = 'ANNULLED') as annulled,
                       count(*) filter (where a.lodged_at >= :from and a.lodged_at < :to and a.decided_at is null) as pending
                from order_appeal a join removal_order o on o.id = a.order_id where o.issuing_authority_id = :a
                  and o.order_type in (select code from order_type where counts_in_tco_report)""", p)
                .query().singleRow();
        return new AuthorityReport.Review(n(r, "lodged"), n(r, "confirmed"), n(r, "annulled"), n(r, "pending"));
    }

    /** Point (d): decisions imposing a penalty (fine or other) in the year, by legal basis (issue 11, Art. 18). */
    private Map<String, Integer> penalties(Period p) {
        Map<String, Integer> out = new TreeMap<>();
        sql("""
                select legal_basis, count(*) as n from penalty_proceeding
                where authority_id = :a and state = 'DECIDED' and sanction <> 'NONE'
                  and decided_on >= cast(:from as date) and decided_on < cast(:to as date)
                group by legal_basis""", p)
                .query((rs, n) -> Map.entry(rs.getString("legal_basis"), rs.getInt("n"))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private AuthorityReport.Timeliness timeliness(Period p) {
        return sql("""
                select count(*) as acted,
                       count(*) filter (where i.action_at <= o.received_at + make_interval(mins => o.deadline_minutes)) as in_time,
                       percentile_cont(0.5) within group (order by extract(epoch from (i.action_at - o.received_at)) / 60.0) as median
                from removal_order_item i join removal_order o on o.id = i.order_id
                where i.action_at is not null and""" + OWN, p)
                .query((rs, n) -> {
                    double median = rs.getDouble("median");
                    Double m = rs.wasNull() ? null : median;
                    return new AuthorityReport.Timeliness(rs.getInt("acted"), rs.getInt("in_time"), m);
                }).single();
    }

    private List<AuthorityReport.Emergency> emergencies(Period p) {
        return sql("select o.reference, o.issued_at, o.emergency_justification from removal_order o where o.emergency and"
                + OWN + "order by o.issued_at", p)
                .query((rs, n) -> new AuthorityReport.Emergency(rs.getString("reference"),
                        rs.getTimestamp("issued_at").toInstant(), rs.getString("emergency_justification")))
                .list();
    }

    private static int n(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).intValue();
    }
}
