package eu.vigil.penalty;

import java.time.Instant;
import java.util.UUID;

/**
 * The Art. 18(3) indicator of a provider: of the TCO removal orders it received in the window, how many missed the
 * one-hour deadline of Art. 3(3) in any clock period (a missed deadline stays in the order's history whatever
 * follows), and whether that passes the {@link SystematicFailurePolicy}.
 *
 * @param providerId  the provider
 * @param from        start of the window (inclusive)
 * @param to          end of the window (inclusive), the time of computing
 * @param orders      orders received in the window
 * @param missed      of which with a missed deadline
 * @param share       missed / orders, 0 without orders
 * @param systematic  whether the policy's threshold is passed
 * @param policy      the threshold applied
 */
public record FailureIndicator(UUID providerId, Instant from, Instant to, int orders, int missed, double share,
        boolean systematic, SystematicFailurePolicy policy) {

    /** The indicator for these counts under {@code policy}. */
    public static FailureIndicator of(UUID providerId, Instant from, Instant to, int orders, int missed,
            SystematicFailurePolicy policy) {
        if (missed < 0 || missed > orders) {
            throw new IllegalArgumentException("missed must be between 0 and orders");
        }
        return new FailureIndicator(providerId, from, to, orders, missed, orders == 0 ? 0 : (double) missed / orders,
                policy.systematic(orders, missed), policy);
    }

    /** The share in per cent, rounded to one decimal, for display. */
    public String percent() {
        return String.format(java.util.Locale.ROOT, "%.1f %%", share * 100);
    }
}
