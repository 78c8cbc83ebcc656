package eu.vigil.transparency;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One figure of the yearly monitoring data a Member State gives the Commission under TCO Art. 21(1), defined by the
 * records it counts. Each figure is one query that lists those records for a calendar year (UTC, parameters
 * {@code :from} inclusive and {@code :to} exclusive) with the columns {@code ms} (the Member State it counts for),
 * {@code kind}, {@code id}, {@code reference}, {@code at}, {@code detail}, {@code minutes} (speed, or null) and
 * {@code owner} (the organisation that may open the record); the figure is the number of rows. The same query gives
 * the number on the dashboard and the list behind it, so the two cannot disagree.
 */
public enum MonitoringFigure {

    /** Point (a): removal orders issued by the Member State's authorities in the year. */
    ORDERS_ISSUED("a", "Removal orders issued", Sql.ORDERS + "where" + Sql.TCO_ISSUED),
    /** Point (a): of which cross-border (Art. 4(1)). */
    ORDERS_CROSS_BORDER("a", "of which cross-border (Art. 4)", Sql.ORDERS + "where o.cross_border and" + Sql.TCO_ISSUED),
    /** Point (a): items removed or disabled under the orders issued in the year. */
    ITEMS_REMOVED("a", "Items removed or disabled", Sql.ITEMS + "where i.status in ('REMOVED','DISABLED') and" + Sql.TCO_ISSUED),
    /** Point (a), speed: of which acted on within 60 minutes of receipt (Annex II time of action). */
    ITEMS_REMOVED_WITHIN_HOUR("a", "of which within 60 minutes of receipt", Sql.ITEMS
            + "where i.status in ('REMOVED','DISABLED') and i.action_at <= o.received_at + interval '60 minutes' and"
            + Sql.TCO_ISSUED),
    /** Point (b): decisions under Art. 5(4) that a provider is exposed to terrorist content. */
    EXPOSURE_DECISIONS("b", "Decisions of exposure (Art. 5(4))", """
            select c.member_state as ms, 'EXPOSURE_CASE' as kind, c.id, p.name as reference, c.decided_at as at,
                   'exposed' as detail, null::numeric as minutes, c.decided_by_organisation as owner
            from exposure_case c join hosting_service_provider h on h.id = c.provider_id
            join lateral (select name from provider_version v where v.provider_id = h.id order by v.valid_from desc limit 1) p on true
            where c.exposed and c.decided_at >= :from and c.decided_at < :to"""),
    /** Point (b): items removed or disabled by providers under their specific measures (Art. 5(2)). */
    SPECIFIC_MEASURE_ITEMS("b", "Items removed or disabled under specific measures", """
            select coalesce(r.member_state, c.member_state) as ms, 'SPECIFIC_MEASURE_REMOVAL' as kind, r.id,
                   r.url as reference, r.acted_at as at, r.action as detail, null::numeric as minutes, null::uuid as owner
            from specific_measure_removal r left join exposure_case c on c.id = r.exposure_case_id
            where r.acted_at >= :from and r.acted_at < :to"""),
    /** Point (b): reports on specific measures received from exposed providers (Art. 5(5)). */
    SPECIFIC_MEASURES_REPORTS("b", "Reports on specific measures received (Art. 5(5))", """
            select c.member_state as ms, 'EXPOSURE_CASE' as kind, c.id, p.name as reference, r.submitted_at as at,
                   'report due ' || to_char(r.due_at at time zone 'UTC', 'YYYY-MM-DD') as detail, null::numeric as minutes,
                   c.decided_by_organisation as owner
            from specific_measures_report r join exposure_case c on c.id = r.case_id
            join lateral (select name from provider_version v where v.provider_id = c.provider_id order by v.valid_from desc limit 1) p on true
            where r.submitted_at >= :from and r.submitted_at < :to"""),
    /** Point (c): requests of competent authorities for access to content preserved under Art. 6. */
    ACCESS_REQUESTS("c", "Access requests to preserved content (Art. 6)", """
            select org.member_state as ms, 'ORDER' as kind, o.id, o.reference || ' item ' || a.position as reference,
                   a.accessed_at as at, coalesce(a.purpose, 'no purpose') || case when a.granted then ', granted' else ', refused' end as detail,
                   null::numeric as minutes, a.organisation_id as owner
            from preservation_access a join organisation org on org.id = a.organisation_id
            join removal_order o on o.id = a.order_id
            where org.kind = 'COMPETENT_AUTHORITY' and a.accessed_at >= :from and a.accessed_at < :to"""),
    /** Point (d): administrative or judicial review proceedings brought against the Member State's orders. */
    REVIEW_PROCEEDINGS("d", "Review proceedings brought against orders", Sql.APPEALS
            + "where a.lodged_at >= :from and a.lodged_at < :to"),
    /** Point (d): decisions in those proceedings, with their outcome. */
    REVIEW_DECISIONS("d", "Review decisions", Sql.APPEALS + "where a.decided_at >= :from and a.decided_at < :to"),
    /** Point (d): of which annulling the order. */
    REVIEW_ANNULMENTS("d", "of which annulling the order", Sql.APPEALS
            + "where a.outcome = 'ANNULLED' and a.decided_at >= :from and a.decided_at < :to"),
    /** Point (d): decisions of the Member State's authority scrutinising other Member States' orders (Art. 4(3), (4)). */
    SCRUTINY_DECISIONS("d", "Scrutiny decisions (Art. 4)", Sql.SCRUTINY + "where s.decided_at >= :from and s.decided_at < :to"),
    /** Point (d): of which finding an infringement. */
    SCRUTINY_INFRINGEMENTS("d", "of which finding an infringement", Sql.SCRUTINY
            + "where s.outcome = 'INFRINGEMENT' and s.decided_at >= :from and s.decided_at < :to"),
    /** Point (d): decisions on a provider's request to review a decision of exposure (Art. 5(7)). */
    EXPOSURE_REVIEW_DECISIONS("d", "Decisions on requests to review exposure (Art. 5(7))", """
            select c.member_state as ms, 'EXPOSURE_CASE' as kind, c.id, p.name as reference, c.review_decided_at as at,
                   c.review_outcome as detail, null::numeric as minutes, c.decided_by_organisation as owner
            from exposure_case c
            join lateral (select name from provider_version v where v.provider_id = c.provider_id order by v.valid_from desc limit 1) p on true
            where c.review_decided_at >= :from and c.review_decided_at < :to"""),
    /** Point (e): decisions imposing a penalty under Art. 18 (by date of decision). */
    PENALTY_DECISIONS("e", "Penalty decisions (Art. 18)", Sql.PENALTIES + "and p.sanction <> 'NONE'"),
    /** Point (e): of which fines. */
    PENALTY_FINES("e", "of which fines", Sql.PENALTIES + "and p.sanction = 'FINE'"),
    /** Point (e): of which other penalties. */
    PENALTY_OTHER("e", "of which other penalties", Sql.PENALTIES + "and p.sanction = 'OTHER'");

    private final String point;
    private final String label;
    private final String sql;

    MonitoringFigure(String point, String label, String sql) {
        this.point = point;
        this.label = label;
        this.sql = sql;
    }

    /** The point of Art. 21(1) it belongs to, {@code a} to {@code e}. */
    public String point() {
        return point;
    }

    /** Its label in English (pages use the message {@code monitoring.figure.<NAME>}). */
    public String label() {
        return label;
    }

    /** Whether it is a part of the figure before it ("of which …"), drawn indented. */
    public boolean part() {
        return label.startsWith("of which");
    }

    /** The query listing its records; see the type's description for its columns and parameters. */
    String sql() {
        return sql;
    }

    /** The figure of a name in any case, e.g. from an address. */
    public static Optional<MonitoringFigure> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(f -> f.name().equals(n)).findFirst();
    }

    /** The parts the queries share. */
    private static final class Sql {
        /** TCO orders only: orders of other types (national, DSA Art. 9) are not reported under Art. 21. */
        static final String TCO_ISSUED = " o.issued_at >= :from and o.issued_at < :to"
                + " and o.order_type in (select code from order_type where counts_in_tco_report) ";

        static final String ORDERS = """
                select o.issuing_member_state as ms, 'ORDER' as kind, o.id, o.reference, o.issued_at as at,
                       (select v.name from provider_version v where v.id = o.provider_version) as detail,
                       null::numeric as minutes, o.issuing_authority_id as owner
                from removal_order o
                """;

        static final String ITEMS = """
                select o.issuing_member_state as ms, 'ORDER' as kind, o.id, o.reference || ' item ' || i.position as reference,
                       i.action_at as at, lower(i.status) as detail,
                       round(extract(epoch from (i.action_at - o.received_at)) / 60.0, 1) as minutes, o.issuing_authority_id as owner
                from removal_order_item i join removal_order o on o.id = i.order_id
                """;

        static final String APPEALS = """
                select o.issuing_member_state as ms, 'ORDER' as kind, o.id, o.reference, coalesce(a.decided_at, a.lodged_at) as at,
                       a.court || coalesce(': ' || lower(a.outcome), ': pending') as detail, null::numeric as minutes,
                       o.issuing_authority_id as owner
                from order_appeal a join removal_order o on o.id = a.order_id
                """;

        static final String SCRUTINY = """
                select o.host_member_state as ms, 'ORDER' as kind, o.id, o.reference, s.decided_at as at,
                       lower(replace(s.outcome, '_', ' ')) || ' (order of ' || o.issuing_member_state || ')' as detail,
                       null::numeric as minutes, null::uuid as owner
                from scrutiny s join removal_order o on o.id = s.order_id
                """;

        static final String PENALTIES = """
                select p.member_state as ms, 'PENALTY_PROCEEDING' as kind, p.id, p.authority_name || ': ' || p.legal_basis as reference,
                       p.decided_at as at, lower(p.sanction) || coalesce(' EUR ' || p.amount_eur, '') as detail,
                       null::numeric as minutes, p.authority_id as owner
                from penalty_proceeding p
                where p.state = 'DECIDED' and p.decided_on >= cast(:from as date) and p.decided_on < cast(:to as date)
                """;
    }
}
