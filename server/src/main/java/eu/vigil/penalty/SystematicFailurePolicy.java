package eu.vigil.penalty;

import java.time.Period;

/**
 * When the deadline history of a provider indicates a "systematic or persistent failure to comply with the
 * obligations pursuant to Article 3(3)" (Art. 18(3)): a policy setting of the installation (ADR 0027), read from
 * {@code vigil.penalty.systematic.*}. It is an indicator for the role-(d) authority, never a decision.
 *
 * @param window        how far back orders are counted, by the time they were issued (default 12 months)
 * @param minimumMissed the fewest orders with a missed deadline that can be systematic (default 3)
 * @param missedShare   the share of orders with a missed deadline from which the failure is flagged (default 0.10)
 */
public record SystematicFailurePolicy(Period window, int minimumMissed, double missedShare) {

    public SystematicFailurePolicy {
        if (window.isNegative() || window.isZero() || minimumMissed < 1 || missedShare <= 0 || missedShare > 1) {
            throw new IllegalArgumentException("vigil.penalty.systematic: window > 0, minimum-missed >= 1, 0 < missed-share <= 1");
        }
    }

    /** Whether {@code missed} of {@code orders} orders pass the threshold. */
    public boolean systematic(int orders, int missed) {
        return orders > 0 && missed >= minimumMissed && (double) missed / orders >= missedShare;
    }
}
