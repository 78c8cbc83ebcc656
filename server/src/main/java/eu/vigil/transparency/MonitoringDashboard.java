package eu.vigil.transparency;

import java.util.List;
import java.util.Map;

/**
 * The figures behind the monitoring dashboard's charts for one calendar year (UTC), in the viewer's scope (the
 * Commission: every Member State; an authority: its own). Each chart on the page is drawn from one of these and shown
 * with the same numbers as a table and a CSV file.
 *
 * @param year             the calendar year
 * @param ordersPerMonth   TCO removal orders issued per Member State, twelve months each (January first)
 * @param removal          distribution of minutes from receipt to the time of action of the items removed or disabled
 * @param compliance       per provider that received orders in the year
 * @param referralsAndOrders referrals sent and orders issued per Member State ({@code EU} for Europol's referrals)
 */
public record MonitoringDashboard(int year, Map<String, List<Integer>> ordersPerMonth, Removal removal,
        List<Compliance> compliance, List<ReferralsAndOrders> referralsAndOrders) {

    /** Width of a bin of the distribution, in minutes. */
    public static final int BIN_MINUTES = 10;
    /** Last minute the distribution draws; later items are counted in {@link Removal#later()}. */
    public static final int DRAWN_MINUTES = 180;
    /** The one-hour limit of TCO Art. 3(3). */
    public static final int LIMIT_MINUTES = 60;

    public MonitoringDashboard {
        // keeps the Member States in the order given (alphabetical)
        ordersPerMonth = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ordersPerMonth));
        compliance = List.copyOf(compliance);
        referralsAndOrders = List.copyOf(referralsAndOrders);
    }

    /**
     * The distribution of speed of removal.
     *
     * @param bins     items per bin of {@value #BIN_MINUTES} minutes from 0 to {@value #DRAWN_MINUTES}
     * @param later    items acted on {@value #DRAWN_MINUTES} minutes or more after receipt
     * @param items    all items counted
     * @param withinHour of which within {@value #LIMIT_MINUTES} minutes
     * @param medianMinutes median, null when there are none
     */
    public record Removal(List<Integer> bins, int later, int items, int withinHour, Double medianMinutes) {
        public Removal {
            bins = List.copyOf(bins);
        }
    }

    /**
     * How one provider answered the orders of the year in scope.
     *
     * @param provider      its name
     * @param orders        orders it received
     * @param executed      of which executed (every item removed or disabled)
     * @param inTime        of which executed within the deadline
     * @param overdue       orders whose deadline passed before they were executed (executed late or not at all)
     * @param impossibility Annex III notices by ground
     */
    public record Compliance(String provider, int orders, int executed, int inTime, int overdue,
            Map<String, Integer> impossibility) {
        public Compliance {
            impossibility = Map.copyOf(impossibility);
        }

        /** Share of its orders executed in time, 0 to 1. */
        public double shareInTime() {
            return orders == 0 ? 0 : (double) inTime / orders;
        }
    }

    /**
     * Referrals against orders for one Member State (or Europol).
     *
     * @param memberState the sender's Member State, {@code EU} for Europol
     * @param referrals   referrals sent in the year
     * @param orders      TCO removal orders issued in the year
     */
    public record ReferralsAndOrders(String memberState, int referrals, int orders) {
    }
}
