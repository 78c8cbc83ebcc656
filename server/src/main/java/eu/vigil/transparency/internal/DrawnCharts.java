package eu.vigil.transparency.internal;

/**
 * The charts of the monitoring dashboard as drawn for one page, each a PNG {@code data:} URI or null when there is
 * nothing to draw.
 */
public record DrawnCharts(String ordersPerMonth, String removalSpeed, String compliance, String referralsAndOrders) {
}
