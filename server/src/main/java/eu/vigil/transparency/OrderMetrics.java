package eu.vigil.transparency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.registry.HostingServiceProvider;
import eu.vigil.registry.HostingServiceProviders;
import eu.vigil.registry.ProviderId;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.NotFound;

/**
 * DSA Art. 15(1)(a) metrics of the orders a provider received, computed from the orders: a provider sees its own, the
 * Commission any provider's. Orders of every type count (TCO removal orders, national orders, DSA Art. 9 orders),
 * by the time the provider received them.
 */
@Service
@Transactional(readOnly = true)
public class OrderMetrics {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 366 * 2;

    static final List<String> NOTES = List.of(
            "Orders are counted by the day (UTC) the provider received them; every order type counts (TCO removal orders, national orders, DSA Art. 9 orders).",
            "Type of illegal content: terrorist content for orders under the TCO Regulation and types like it, child sexual abuse material for national CSAM orders, other illegal content for the rest.",
            "Time to acknowledge: from receipt to the provider's acknowledgement of receipt. Time to give effect: from receipt until every item was removed or disabled.",
            "Medians are over the orders acknowledged or given effect; orders still open count in the number of orders only.");

    /** The type of illegal content of an order, by its type (see the notes). */
    private static final String CONTENT_TYPE = """
            case when t.requires_terrorist_content_reasons or t.code = 'TCO_REMOVAL' then 'TERRORIST_CONTENT'
                 when t.code like '%CSAM%' then 'CHILD_SEXUAL_ABUSE_MATERIAL'
                 else 'OTHER_ILLEGAL_CONTENT' end""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final HostingServiceProviders providers;

    OrderMetrics(JdbcClient jdbc, Clock clock, HostingServiceProviders providers) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.providers = providers;
    }

    /**
     * The metrics of {@code provider} (the actor's own when empty) for the days {@code from} to {@code to}, both
     * inclusive.
     */
    public OrderMetricsReport report(Actor actor, Optional<UUID> provider, LocalDate from, LocalDate to) {
        UUID id = switch (actor.kind()) {
            case HOSTING_SERVICE_PROVIDER -> {
                if (provider.isPresent() && !provider.get().equals(actor.organisationId().value())) {
                    throw new Forbidden("a provider sees its own DSA Art. 15 metrics");
                }
                yield actor.organisationId().value();
            }
            case COMMISSION -> provider.orElseThrow(() -> InvalidInput.of("provider", "name the provider"));
            default -> throw new Forbidden("DSA Art. 15 metrics are for providers and the Commission");
        };
        if (from == null) {
            throw InvalidInput.of("from", "the first day of the period, e.g. 2026-01-01");
        }
        if (to == null) {
            throw InvalidInput.of("to", "the last day of the period, e.g. 2026-12-31");
        }
        if (to.isBefore(from)) {
            throw InvalidInput.of("to", "on or after the first day (" + from + ")");
        }
        if (to.toEpochDay() - from.toEpochDay() >= MAX_DAYS) {
            throw InvalidInput.of("to", "at most " + MAX_DAYS + " days after the first day");
        }
        HostingServiceProvider hsp = providers.current(new ProviderId(id))
                .orElseThrow(() -> new NotFound("provider " + id));
        String base = """
                select %s as content_type, o.issuing_member_state as ms,
                       extract(epoch from (o.acknowledged_at - o.received_at)) / 60.0 as ack,
                       extract(epoch from (o.executed_at - o.received_at)) / 60.0 as effect
                from removal_order o join order_type t on t.code = o.order_type
                where o.provider_id = :provider and o.received_at >= :from and o.received_at < :to""".formatted(CONTENT_TYPE);
        String figures = """
                count(*) as orders, count(ack) as acknowledged,
                percentile_cont(0.5) within group (order by ack) as median_ack,
                count(effect) as given_effect, percentile_cont(0.5) within group (order by effect) as median_effect""";
        var params = new java.util.HashMap<String, Object>();
        params.put("provider", id);
        params.put("from", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
        params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        List<OrderMetricsReport.Row> rows = jdbc.sql("select content_type, ms, " + figures + " from (" + base
                + ") f group by content_type, ms order by content_type, ms").params(params)
                .query((rs, n) -> row(rs, rs.getString("content_type"), rs.getString("ms"))).list();
        OrderMetricsReport.Row total = jdbc.sql("select " + figures + " from (" + base + ") f").params(params)
                .query((rs, n) -> row(rs, null, null)).single();
        return new OrderMetricsReport(id, hsp.name(), from, to, clock.instant(), total, rows, NOTES);
    }

    private static OrderMetricsReport.Row row(java.sql.ResultSet rs, String type, String ms) throws java.sql.SQLException {
        return new OrderMetricsReport.Row(type, ms, rs.getInt("orders"), rs.getInt("acknowledged"),
                number(rs, "median_ack"), rs.getInt("given_effect"), number(rs, "median_effect"));
    }

    private static Double number(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
