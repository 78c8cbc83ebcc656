package eu.vigil.transparency.internal;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import eu.vigil.report.Charts;
import eu.vigil.report.ComparisonCharts;
import eu.vigil.transparency.MonitoringDashboard;

/**
 * Draws the monitoring dashboard's charts as PNG {@code data:} URIs, each empty when there is nothing to draw (the
 * page says so instead). The page shows each next to its table with the same figures.
 */
final class MonitoringCharts {

    private MonitoringCharts() {
    }

    /** Orders per month, stacked by Member State: the seven with most orders, the rest together. */
    static Optional<String> ordersPerMonth(MonitoringDashboard d, Function<String, String> t, Locale locale) {
        if (d.ordersPerMonth().values().stream().flatMap(List::stream).allMatch(n -> n == 0)) {
            return Optional.empty();
        }
        List<Map.Entry<String, List<Integer>>> byTotal = d.ordersPerMonth().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Integer>> e) -> -sum(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .filter(e -> sum(e.getValue()) > 0).toList();
        int shown = byTotal.size() <= ComparisonCharts.MAX_SERIES ? byTotal.size() : ComparisonCharts.MAX_SERIES - 1;
        List<ComparisonCharts.Series> series = new ArrayList<>();
        for (var e : byTotal.subList(0, shown)) {
            series.add(new ComparisonCharts.Series(e.getKey(), e.getValue().stream().map(Integer::doubleValue).toList()));
        }
        if (shown < byTotal.size()) {
            double[] rest = new double[12];
            byTotal.subList(shown, byTotal.size()).forEach(e -> {
                for (int m = 0; m < 12; m++) {
                    rest[m] += e.getValue().get(m);
                }
            });
            series.add(new ComparisonCharts.Series(t.apply("monitoring.otherMemberStates"),
                    Arrays.stream(rest).boxed().toList()));
        }
        List<String> months = Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.SHORT, locale)).toList();
        return Optional.of(Charts.dataUri(ComparisonCharts.columns(months, series, t.apply("monitoring.axis.orders"),
                true, locale)));
    }

    /** Minutes from receipt to action, with the 60-minute line. */
    static Optional<String> removalSpeed(MonitoringDashboard d, Function<String, String> t, Locale locale) {
        if (d.removal().items() == d.removal().later()) {
            return Optional.empty();
        }
        List<ComparisonCharts.Bin> bins = new ArrayList<>();
        for (int i = 0; i < d.removal().bins().size(); i++) {
            int from = i * MonitoringDashboard.BIN_MINUTES;
            bins.add(new ComparisonCharts.Bin(from, from + MonitoringDashboard.BIN_MINUTES, d.removal().bins().get(i),
                    from >= MonitoringDashboard.LIMIT_MINUTES));
        }
        return Optional.of(Charts.dataUri(ComparisonCharts.histogram(bins, MonitoringDashboard.LIMIT_MINUTES,
                t.apply("monitoring.axis.minutes"), t.apply("monitoring.axis.items"), locale)));
    }

    /** Share of orders executed in time per provider; providers with overdue orders highlighted. */
    static Optional<String> compliance(MonitoringDashboard d, Function<String, String> t, Locale locale) {
        if (d.compliance().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Charts.dataUri(Charts.bars(d.compliance().stream()
                .map(c -> new Charts.Bar(c.provider(), Math.round(c.shareInTime() * 1000) / 10.0, c.overdue() > 0))
                .toList(), t.apply("monitoring.axis.shareInTime"), OptionalDouble.empty(), locale)));
    }

    /** Referrals and orders side by side per Member State. */
    static Optional<String> referralsAndOrders(MonitoringDashboard d, Function<String, String> t, Locale locale) {
        var rows = d.referralsAndOrders();
        if (rows.isEmpty() || rows.stream().allMatch(r -> r.referrals() == 0)) {
            return Optional.empty();
        }
        List<String> states = rows.stream().map(MonitoringDashboard.ReferralsAndOrders::memberState).toList();
        return Optional.of(Charts.dataUri(ComparisonCharts.columns(states, List.of(
                new ComparisonCharts.Series(t.apply("monitoring.series.referrals"),
                        rows.stream().map(r -> (double) r.referrals()).toList()),
                new ComparisonCharts.Series(t.apply("monitoring.series.orders"),
                        rows.stream().map(r -> (double) r.orders()).toList())),
                t.apply("monitoring.axis.count"), false, locale)));
    }

    private static int sum(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }
}
