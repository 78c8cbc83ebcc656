package eu.vigil.removalorder;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import eu.vigil.identity.Actor;
import eu.vigil.shared.ResultPage;

/**
 * The order lists people work from: a provider's triage inbox and an authority's own orders and copies to
 * scrutinise, filtered, searched, sorted by urgency and cut into pages in the database. It only narrows what
 * {@link RemovalOrders} lets the reader see (R34).
 */
@Service
public class OrderInbox {

    /** An issuing authority that appears in the reader's orders, for the issuer filter. */
    public record Issuer(UUID id, String name, String memberState) {
    }

    private final JdbcClient jdbc;
    private final RemovalOrders orders;
    private final Clock clock;

    OrderInbox(JdbcClient jdbc, RemovalOrders orders, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.clock = clock;
    }

    /** One page of the reader's orders that answer the query. */
    public ResultPage<RemovalOrder> list(Actor actor, OrderQuery query) {
        var visible = RemovalOrders.visibility(actor).orElse(null);
        if (visible == null) {
            return new ResultPage<>(List.of(), query.page(), query.size(), 0);
        }
        Map<String, Object> params = new HashMap<>(visible.getValue());
        StringBuilder where = new StringBuilder(" where ").append(visible.getKey());
        where.append(" and o.state = any(:states)");
        params.put("states", query.stage().states().stream().map(Enum::name).toArray(String[]::new));
        switch (query.scope()) {
            case ALL -> { }
            case ISSUED_BY_US -> {
                where.append(" and o.issuing_authority_id = :us");
                params.put("us", actor.organisationId().value());
            }
            case COPIES_TO_SCRUTINISE -> {
                where.append(" and c.member_state = :copyState");
                params.put("copyState", String.valueOf(actor.memberState()));
            }
        }
        if (query.type() != null) {
            where.append(" and o.order_type = :type");
            params.put("type", query.type());
        }
        if (query.issuer() != null) {
            where.append(" and o.issuing_authority_id = :issuer");
            params.put("issuer", query.issuer());
        }
        if (query.from() != null) {
            where.append(" and o.issued_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(query.zone()).toInstant()));
        }
        if (query.to() != null) {
            where.append(" and o.issued_at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(query.zone()).toInstant()));
        }
        if (query.search() != null) {
            where.append(" and (o.reference ilike :q escape '\\' or pv.name ilike :q escape '\\'"
                    + " or av.name ilike :q escape '\\' or exists (select 1 from removal_order_item i"
                    + " where i.order_id = o.id and i.url ilike :q escape '\\'))");
            params.put("q", "%" + query.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var count = jdbc.sql("select count(*)" + RemovalOrders.FROM + where);
        for (var e : params.entrySet()) {
            count = count.param(e.getKey(), e.getValue());
        }
        long total = count.query(Long.class).single();
        params.put("open", new OrderQuery.Stage.Open().states().stream().map(Enum::name).toArray(String[]::new));
        params.put("now", Timestamp.from(clock.instant()));
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        return new ResultPage<>(orders.load(where + orderBy(query) + " limit :limit offset :offset", params),
                query.page(), query.size(), total);
    }

    /** The issuing authorities of the orders the reader may see, by name. */
    public List<Issuer> issuers(Actor actor) {
        var visible = RemovalOrders.visibility(actor).orElse(null);
        if (visible == null) {
            return List.of();
        }
        var spec = jdbc.sql("select distinct o.issuing_authority_id, av.name, o.issuing_member_state"
                + RemovalOrders.FROM + " where " + visible.getKey() + " order by av.name");
        for (var e : visible.getValue().entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        Map<UUID, Issuer> byId = new java.util.LinkedHashMap<>();
        for (Issuer i : spec.query((rs, n) -> new Issuer(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3).strip())).list()) {
            byId.putIfAbsent(i.id(), i);
        }
        return List.copyOf(byId.values());
    }

    private static String orderBy(OrderQuery query) {
        return switch (query.sort()) {
            case NEWEST -> " order by o.issued_at desc, o.id";
            case OLDEST -> " order by o.issued_at asc, o.id";
            case URGENCY -> query.scope() == OrderQuery.Scope.COPIES_TO_SCRUTINISE
                    ? " order by case when c.window_ends_at > :now then 0 else 1 end, c.window_ends_at asc, o.id"
                    : " " + """
                     order by case when o.state = any(:open) and o.clock_started_at is not null then 0
                                   when o.state = any(:open) then 1 else 2 end,
                              case when o.state = any(:open) and o.clock_started_at is not null
                                   then o.clock_started_at + make_interval(mins => o.deadline_minutes) end asc nulls last,
                              o.issued_at desc, o.id""";
        };
    }
}
