package eu.vigil.transparency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import eu.vigil.registry.ProviderId;

/**
 * Computes the figures of a hosting service provider's Art. 7 report ({@link ProviderReport}) for a calendar year
 * (UTC) from the records of removal orders, Annex III notices, specific-measure removals, complaints, scrutiny and
 * Art. 5 cases, like {@link AuthorityReports} does for Art. 8: read-only aggregate queries. Who may read them is
 * decided by {@link TransparencyReports}.
 */
@Service
public class ProviderReports {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProviderReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** TCO removal orders addressed to the provider (orders of other types are not counted, as in Art. 8). */
    private static final String TCO = " o.provider_id = :p and o.order_type in (select code from order_type where counts_in_tco_report) ";

    /** Scrutinies the provider brought, with the moment it first asked (its own request, or the one that started it). */
    private static final String BROUGHT = """
            select s.*, coalesce((select min(r.requested_at) from scrutiny_request r where r.order_id = s.order_id
                                  and r.party = 'PROVIDER'),
                                 case when s.initiated_by = 'PROVIDER' then s.requested_at end) as brought_at
            from scrutiny s join removal_order o on o.id = s.order_id where""" + TCO;

    /** The figures of {@code provider} for {@code year}, as the records stand now. */
    public ProviderReport compute(ProviderId provider, String providerName, int year) {
        Period p = Period.of(provider.value(), year);
        List<String> notes = List.of(
                "Items are counted by the date they were removed or disabled (UTC), not by the date of the order.",
                "Only TCO removal orders are counted; orders of other types (national orders, DSA Art. 9) are not.",
                "Orders not executed: orders on which an Annex III notice (Art. 3(7) or (8)) was filed in the year, by ground;"
                        + " 'still not executed' as the records stood when the figures were computed.",
                "Complaints are counted in the year they were received; outcomes in the year they were decided.",
                "Review proceedings: scrutiny under Art. 4 requested by the provider, and reviews of exposure decisions"
                        + " (Art. 5(7)); only the last review request of each exposure case is kept in the records.",
                "Judicial appeals against removal orders are not counted: the records do not say who lodged an appeal"
                        + " (issuing authority's records of the court case), so the provider adds its own court cases itself.");
        List<ProviderReport.Source> sources = List.of(
                new ProviderReport.Source("c", "art7.source.orders", "/orders?type=TCO_REMOVAL&from=" + year + "-01-01&to="
                        + year + "-12-31"),
                new ProviderReport.Source("c", "art7.source.specificMeasures", "/specific-measure-removals"),
                new ProviderReport.Source("e", "art7.source.exposure", "/exposure"));
        return new ProviderReport(provider.value(), providerName, year, clock.instant(), removals(p), notExecuted(p),
                complaints(p), reviews(p), reinstatements(p), sources, notes);
    }

    /**
     * Providers that took action or were required to act in {@code year} (Art. 7(2)): received a TCO removal order,
     * or removed or disabled an item after one or under specific measures.
     */
    public List<UUID> obliged(int year) {
        Period p = Period.of(null, year);
        return sql("""
                select o.provider_id from removal_order o
                where o.received_at >= :from and o.received_at < :to
                  and o.order_type in (select code from order_type where counts_in_tco_report)
                union
                select o.provider_id from removal_order_item i join removal_order o on o.id = i.order_id
                where i.status in ('REMOVED','DISABLED') and i.action_at >= :from and i.action_at < :to
                  and o.order_type in (select code from order_type where counts_in_tco_report)
                union
                select provider_id from specific_measure_removal where acted_at >= :from and acted_at < :to""", p)
                .query(UUID.class).list();
    }

    private record Period(UUID provider, Timestamp from, Timestamp to) {

        static Period of(UUID provider, int year) {
            Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            return new Period(provider, Timestamp.from(from), Timestamp.from(to));
        }
    }

    private JdbcClient.StatementSpec sql(String sql, Period p) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("from", p.from()).param("to", p.to());
        return p.provider() == null ? spec : spec.param("p", p.provider());
    }

    private ProviderReport.Removals removals(Period p) {
        Map<String, Object> items = sql("""
                select count(distinct i.order_id) as orders,
                       count(*) filter (where i.status = 'REMOVED') as removed,
                       count(*) filter (where i.status = 'DISABLED') as disabled
                from removal_order_item i join removal_order o on o.id = i.order_id
                where i.status in ('REMOVED','DISABLED') and i.action_at >= :from and i.action_at < :to and""" + TCO, p)
                .query().singleRow();
        Map<String, Object> measures = sql("""
                select count(*) filter (where action = 'REMOVED') as removed,
                       count(*) filter (where action = 'DISABLED') as disabled
                from specific_measure_removal where provider_id = :p and acted_at >= :from and acted_at < :to""", p)
                .query().singleRow();
        return new ProviderReport.Removals(n(items, "orders"), n(items, "removed"), n(items, "disabled"),
                n(measures, "removed"), n(measures, "disabled"));
    }

    private ProviderReport.NotExecuted notExecuted(Period p) {
        String noticed = """
                from removal_order o where exists (select 1 from order_answer a where a.order_id = o.id
                    and a.kind = 'IMPOSSIBILITY' and a.filed_at >= :from and a.filed_at < :to) and""" + TCO;
        Map<String, Object> all = sql("select count(*) as orders, count(*) filter (where o.executed_at is null) as open "
                + noticed, p).query().singleRow();
        Map<String, Integer> byReason = new TreeMap<>();
        sql("""
                select a.reason, count(distinct a.order_id) as n from order_answer a join removal_order o on o.id = a.order_id
                where a.kind = 'IMPOSSIBILITY' and a.filed_at >= :from and a.filed_at < :to and""" + TCO
                + " group by a.reason", p)
                .query((rs, n) -> Map.entry(rs.getString("reason"), rs.getInt("n"))).list()
                .forEach(e -> byReason.put(e.getKey(), e.getValue()));
        return new ProviderReport.NotExecuted(n(all, "orders"), byReason, n(all, "open"));
    }

    private ProviderReport.Complaints complaints(Period p) {
        Map<String, Object> c = sql("""
                select count(*) filter (where c.received_at >= :from and c.received_at < :to) as received,
                       count(*) filter (where c.decided_at >= :from and c.decided_at < :to and c.outcome = 'REINSTATED') as reinstated,
                       count(*) filter (where c.decided_at >= :from and c.decided_at < :to and c.outcome = 'REJECTED') as rejected,
                       count(*) filter (where c.received_at >= :from and c.received_at < :to and c.decided_at is null) as pending
                from complaint c left join removal_order o on o.id = c.order_id
                where c.provider_id = :p
                  and (c.order_id is null or o.order_type in (select code from order_type where counts_in_tco_report))""", p)
                .query().singleRow();
        return new ProviderReport.Complaints(n(c, "received"), n(c, "reinstated"), n(c, "rejected"), n(c, "pending"));
    }

    private ProviderReport.Reviews reviews(Period p) {
        Map<String, Object> s = sql("""
                select count(*) filter (where brought_at >= :from and brought_at < :to) as requested,
                       count(*) filter (where decided_at >= :from and decided_at < :to and outcome = 'INFRINGEMENT') as infringement,
                       count(*) filter (where decided_at >= :from and decided_at < :to and outcome = 'NO_INFRINGEMENT') as none,
                       count(*) filter (where brought_at >= :from and brought_at < :to and decided_at is null) as pending
                from (""" + BROUGHT + ") b where brought_at is not null", p).query().singleRow();
        Map<String, Object> e = sql("""
                select count(*) filter (where review_requested_at >= :from and review_requested_at < :to) as requested,
                       count(*) filter (where review_decided_at >= :from and review_decided_at < :to) as decided,
                       count(*) filter (where review_requested_at >= :from and review_requested_at < :to
                                        and review_decided_at is null) as pending,
                       count(*) filter (where ended_on = 'PROVIDER_REQUEST' and ended_at >= :from and ended_at < :to) as ended
                from exposure_case where provider_id = :p""", p).query().singleRow();
        return new ProviderReport.Reviews(n(s, "requested"), n(s, "infringement"), n(s, "none"), n(s, "pending"),
                n(e, "requested"), n(e, "decided"), n(e, "pending"), n(e, "ended"));
    }

    private ProviderReport.Reinstatements reinstatements(Period p) {
        Map<String, Object> r = sql("""
                select count(*) as reinstated, count(*) filter (where brought_at is not null) as own
                from (""" + BROUGHT + ") b where reinstated_at >= :from and reinstated_at < :to", p).query().singleRow();
        Map<String, Object> c = sql("""
                select count(*) as n from complaint c left join removal_order o on o.id = c.order_id
                where c.provider_id = :p and c.outcome = 'REINSTATED' and c.decided_at >= :from and c.decided_at < :to
                  and (c.order_id is null or o.order_type in (select code from order_type where counts_in_tco_report))""", p)
                .query().singleRow();
        return new ProviderReport.Reinstatements(n(r, "reinstated"), n(r, "own"), n(c, "n"));
    }

    private static int n(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).intValue();
    }
}
