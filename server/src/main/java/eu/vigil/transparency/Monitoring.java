package eu.vigil.transparency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.vigil.identity.Actor;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;

/**
 * The yearly monitoring data of TCO Art. 21(1) computed from the records, and the records behind each figure. The
 * Commission, which monitors the Regulation, sees every Member State side by side; a competent authority sees its own
 * Member State's; nobody else sees them. The year is a calendar year in UTC, like the Art. 8 report's.
 */
@Service
@Transactional(readOnly = true)
public class Monitoring {

    static final List<String> NOTES = List.of(
            "Calendar years and months in UTC. Orders count for the Member State of the issuing authority, by the time they were issued.",
            "Items removed or disabled are those of the orders issued in the year; speed runs from the provider's receipt of the order to the time of action it gave in its Annex II feedback, suspensions included.",
            "Only TCO removal orders are counted; orders of other types (national orders, DSA Art. 9) are not.",
            "Specific measures count for the Member State of the decision of exposure; access requests for the Member State of the requesting authority; scrutiny for the host Member State; review proceedings for the Member State whose order is reviewed.",
            "Penalties: decisions (by date of decision) imposing a penalty; decisions imposing none are not counted.");

    private final JdbcClient jdbc;
    private final Clock clock;

    Monitoring(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The Member States a viewer may see: empty for the Commission (meaning all); the authority's own. */
    private static Scope scope(Actor viewer) {
        return switch (viewer.kind()) {
            case COMMISSION -> new Scope(null);
            case COMPETENT_AUTHORITY -> {
                if (viewer.memberState() == null) {
                    throw new Forbidden("an authority without a Member State has no monitoring data");
                }
                yield new Scope(viewer.memberState());
            }
            default -> throw new Forbidden("Art. 21 monitoring data is for the Commission and competent authorities");
        };
    }

    /** One Member State, or all when {@code only} is null. */
    private record Scope(String only) {
        boolean sees(String memberState) {
            return only == null || only.equals(memberState);
        }
    }

    /** The bounds of a year a viewer may ask for, checked against the clock. */
    Period period(int year) {
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        if (year < AuthorityReports.FIRST_YEAR || year > thisYear) {
            throw InvalidInput.of("year", "between " + AuthorityReports.FIRST_YEAR
                    + " (the Regulation applies from 7 June 2022) and " + thisYear);
        }
        return new Period(year, LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** A calendar year in UTC: {@code from} inclusive, {@code to} exclusive. */
    record Period(int year, Instant from, Instant to) {
    }

    /** The monitoring data of {@code year} for the viewer's scope. */
    public MonitoringData data(Actor viewer, int year) {
        Scope scope = scope(viewer);
        Period p = period(year);
        Map<MonitoringFigure, Map<String, Integer>> counts = new LinkedHashMap<>();
        TreeSet<String> shown = new TreeSet<>();
        if (scope.only() != null) {
            shown.add(scope.only());
        }
        for (MonitoringFigure f : MonitoringFigure.values()) {
            Map<String, Integer> byMs = new HashMap<>();
            query("select ms, count(*) as n from (" + f.sql() + ") f where ms is not null"
                    + (scope.only() == null ? "" : " and ms = :only") + " group by ms", p, scope)
                    .query((rs, n) -> Map.entry(rs.getString("ms"), rs.getInt("n"))).list()
                    .forEach(e -> byMs.put(e.getKey(), e.getValue()));
            shown.addAll(byMs.keySet());
            counts.put(f, byMs);
        }
        List<MonitoringData.Row> rows = new ArrayList<>();
        counts.forEach((f, byMs) -> rows.add(new MonitoringData.Row(f, byMs,
                byMs.values().stream().mapToInt(Integer::intValue).sum())));
        Map<String, MonitoringData.Speed> speed = new HashMap<>();
        query("select ms, count(*) as n, percentile_cont(0.5) within group (order by minutes) as median from ("
                + MonitoringFigure.ITEMS_REMOVED.sql() + ") f where ms is not null"
                + (scope.only() == null ? "" : " and ms = :only") + " group by ms", p, scope)
                .query((rs, n) -> Map.entry(rs.getString("ms"), new double[] {rs.getInt("n"), rs.getDouble("median")}))
                .list().forEach(e -> {
                    int items = (int) e.getValue()[0];
                    int within = counts.get(MonitoringFigure.ITEMS_REMOVED_WITHIN_HOUR).getOrDefault(e.getKey(), 0);
                    speed.put(e.getKey(), new MonitoringData.Speed(items, e.getValue()[1], within, (double) within / items));
                });
        for (String ms : shown) {
            speed.putIfAbsent(ms, new MonitoringData.Speed(0, null, 0, null));
        }
        return new MonitoringData(year, clock.instant(), List.copyOf(shown), rows, speed, NOTES);
    }

    /** The records one figure counted for one Member State in {@code year}, oldest first. */
    public List<MonitoringRecord> records(Actor viewer, int year, String memberState, MonitoringFigure figure) {
        Scope scope = scope(viewer);
        if (memberState == null || !memberState.matches("[A-Z]{2}")) {
            throw InvalidInput.of("memberState", "a Member State code such as DE");
        }
        if (!scope.sees(memberState)) {
            throw new Forbidden("an authority sees the monitoring data of its own Member State");
        }
        Period p = period(year);
        UUID org = viewer.organisationId().value();
        return query("select * from (" + figure.sql() + ") f where ms = :only order by at, reference", p,
                new Scope(memberState))
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    UUID owner = rs.getObject("owner", UUID.class);
                    double minutes = rs.getDouble("minutes");
                    Double m = rs.wasNull() ? null : minutes;
                    Timestamp at = rs.getTimestamp("at");
                    return new MonitoringRecord(rs.getString("kind"), id, rs.getString("reference"),
                            at == null ? null : at.toInstant(), rs.getString("detail"), m,
                            org.equals(owner) ? href(rs.getString("kind"), id) : null);
                }).list();
    }

    /**
     * Minutes from receipt to action of every item counted in {@link MonitoringFigure#ITEMS_REMOVED} in the viewer's
     * scope, with the Member State and month (1–12, UTC) of the order's issue; for the dashboard's distribution.
     */
    List<ItemSpeed> itemSpeeds(Actor viewer, int year) {
        Scope scope = scope(viewer);
        Period p = period(year);
        return query("select ms, minutes from (" + MonitoringFigure.ITEMS_REMOVED.sql() + ") f where ms is not null"
                + (scope.only() == null ? "" : " and ms = :only") + " order by minutes", p, scope)
                .query((rs, n) -> new ItemSpeed(rs.getString("ms"), rs.getDouble("minutes"))).list();
    }

    /** One item's speed of removal. */
    record ItemSpeed(String memberState, double minutes) {
    }

    /** The viewer's scope as a Member State code, or null for all. */
    String only(Actor viewer) {
        return scope(viewer).only();
    }

    private JdbcClient.StatementSpec query(String sql, Period p, Scope scope) {
        var spec = jdbc.sql(sql).param("from", Timestamp.from(p.from())).param("to", Timestamp.from(p.to()));
        return scope.only() == null ? spec : spec.param("only", scope.only());
    }

    private static String href(String kind, UUID id) {
        return switch (kind) {
            case "ORDER" -> "/orders/" + id;
            case "PENALTY_PROCEEDING" -> "/penalties/" + id;
            case "EXPOSURE_CASE" -> "/exposure";
            default -> null;
        };
    }
}
