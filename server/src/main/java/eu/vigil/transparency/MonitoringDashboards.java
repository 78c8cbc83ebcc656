package eu.vigil.transparency;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.removalorder.OrderState;

/**
 * Computes the {@link MonitoringDashboard} from the same records as the {@link Monitoring} figures: orders per month
 * from {@link MonitoringFigure#ORDERS_ISSUED}, the distribution from {@link MonitoringFigure#ITEMS_REMOVED}, so the
 * charts and the figures table agree. Same scope rules as {@link Monitoring}.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringDashboards {

    /** Orders in the year and scope, as the figure counts them. */
    private static final String ORDERS = "(" + MonitoringFigure.ORDERS_ISSUED.sql() + ")";

    private final JdbcClient jdbc;
    private final Monitoring monitoring;

    MonitoringDashboards(JdbcClient jdbc, Monitoring monitoring) {
        this.jdbc = jdbc;
        this.monitoring = monitoring;
    }

    /** The dashboard of {@code year} for the viewer. */
    public MonitoringDashboard dashboard(Actor viewer, int year) {
        String only = monitoring.only(viewer);
        Monitoring.Period p = monitoring.period(year);
        String where = only == null ? "" : " and f.ms = :only";
        Map<String, Integer[]> months = new TreeMap<>();
        query("select f.ms, extract(month from f.at at time zone 'UTC')::int as month, count(*) as n from " + ORDERS
                + " f where f.ms is not null" + where + " group by 1, 2", p, only)
                .query((rs, n) -> Map.entry(rs.getString("ms") + ":" + rs.getInt("month"), rs.getInt("n"))).list()
                .forEach(e -> {
                    String[] key = e.getKey().split(":");
                    Integer[] row = months.computeIfAbsent(key[0], k -> zeros());
                    row[Integer.parseInt(key[1]) - 1] = e.getValue();
                });
        if (only != null) {
            months.computeIfAbsent(only, k -> zeros());
        }
        Map<String, List<Integer>> perMonth = new LinkedHashMap<>();
        months.forEach((ms, row) -> perMonth.put(ms, List.of(row)));
        return new MonitoringDashboard(year, perMonth, removal(viewer, year), compliance(p, only),
                referralsAndOrders(p, only, months));
    }

    private static Integer[] zeros() {
        Integer[] row = new Integer[12];
        Arrays.fill(row, 0);
        return row;
    }

    private MonitoringDashboard.Removal removal(Actor viewer, int year) {
        List<Monitoring.ItemSpeed> speeds = monitoring.itemSpeeds(viewer, year);
        int[] bins = new int[MonitoringDashboard.DRAWN_MINUTES / MonitoringDashboard.BIN_MINUTES];
        int later = 0;
        int within = 0;
        for (Monitoring.ItemSpeed s : speeds) {
            if (s.minutes() <= MonitoringDashboard.LIMIT_MINUTES) {
                within++;
            }
            int bin = (int) Math.floor(Math.max(0, s.minutes()) / MonitoringDashboard.BIN_MINUTES);
            if (bin >= bins.length) {
                later++;
            } else {
                bins[bin]++;
            }
        }
        Double median = null;
        if (!speeds.isEmpty()) {
            int n = speeds.size();
            median = n % 2 == 1 ? speeds.get(n / 2).minutes()
                    : (speeds.get(n / 2 - 1).minutes() + speeds.get(n / 2).minutes()) / 2;
        }
        return new MonitoringDashboard.Removal(Arrays.stream(bins).boxed().toList(), later, speeds.size(), within, median);
    }

    private List<MonitoringDashboard.Compliance> compliance(Monitoring.Period p, String only) {
        String where = only == null ? "" : " and f.ms = :only";
        Map<String, Map<String, Integer>> grounds = new TreeMap<>();
        query("select f.detail as provider, a.reason, count(*) as n from " + ORDERS + " f join order_answer a"
                + " on a.order_id = f.id and a.kind = 'IMPOSSIBILITY' where f.ms is not null" + where + " group by 1, 2", p, only)
                .query((rs, n) -> List.of(rs.getString("provider"), rs.getString("reason"), rs.getString("n"))).list()
                .forEach(r -> grounds.computeIfAbsent(r.get(0), k -> new TreeMap<>()).put(r.get(1), Integer.parseInt(r.get(2))));
        return query("""
                select f.detail as provider, count(*) as orders,
                       count(*) filter (where o.executed_at is not null) as executed,
                       count(*) filter (where o.executed_at is not null and o.state <> :late
                           and (o.overdue_at is null or o.executed_at < o.overdue_at)) as in_time,
                       count(*) filter (where o.overdue_at is not null) as overdue
                from""" + ORDERS + " f join removal_order o on o.id = f.id where f.ms is not null" + where
                + " group by 1 order by 1", p, only)
                .param("late", OrderState.OVERDUE_EXECUTED.name())
                .query((rs, n) -> new MonitoringDashboard.Compliance(rs.getString("provider"), rs.getInt("orders"),
                        rs.getInt("executed"), rs.getInt("in_time"), rs.getInt("overdue"),
                        grounds.getOrDefault(rs.getString("provider"), Map.of())))
                .list();
    }

    private List<MonitoringDashboard.ReferralsAndOrders> referralsAndOrders(Monitoring.Period p, String only,
            Map<String, Integer[]> months) {
        Map<String, Integer> referrals = new TreeMap<>();
        query("select coalesce(r.sender_member_state, 'EU') as ms, count(*) as n from referral r"
                + " where r.sent_at >= :from and r.sent_at < :to"
                + (only == null ? "" : " and r.sender_member_state = :only") + " group by 1", p, only)
                .query((rs, n) -> Map.entry(rs.getString("ms"), rs.getInt("n"))).list()
                .forEach(e -> referrals.put(e.getKey(), e.getValue()));
        TreeMap<String, Integer> orders = new TreeMap<>();
        months.forEach((ms, row) -> orders.put(ms, Arrays.stream(row).mapToInt(Integer::intValue).sum()));
        List<MonitoringDashboard.ReferralsAndOrders> out = new ArrayList<>();
        java.util.TreeSet<String> states = new java.util.TreeSet<>(orders.keySet());
        states.addAll(referrals.keySet());
        for (String ms : states) {
            out.add(new MonitoringDashboard.ReferralsAndOrders(ms, referrals.getOrDefault(ms, 0), orders.getOrDefault(ms, 0)));
        }
        return out;
    }

    private JdbcClient.StatementSpec query(String sql, Monitoring.Period p, String only) {
        var spec = jdbc.sql(sql).param("from", Timestamp.from(p.from())).param("to", Timestamp.from(p.to()));
        return only == null ? spec : spec.param("only", only);
    }
}
