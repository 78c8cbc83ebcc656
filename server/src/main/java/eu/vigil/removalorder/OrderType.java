package eu.vigil.removalorder;

import java.time.Duration;

/**
 * A configurable kind of order (R53): its legal basis and its deadline rule.
 *
 * @param code       stable code, e.g. {@code TCO_REMOVAL}
 * @param name       readable name
 * @param legalBasis legal basis printed on the order
 * @param deadline   time to act from receipt; null when the issuing authority sets it per order
 * @param warning    when the provider is warned, measured like the deadline (0 = no warning)
 * @param requiresTerroristContentReasons Art. 2(7) reasons are mandatory (TCO orders)
 * @param requiresTerritorialScope        the territorial scope is mandatory (DSA Art. 9 orders)
 */
public record OrderType(String code, String name, String legalBasis, Duration deadline, Duration warning,
        boolean requiresTerroristContentReasons, boolean requiresTerritorialScope) {

    /** The TCO removal order: one hour, warning at 45 minutes (R12, R13). */
    public static final String TCO = "TCO_REMOVAL";

    /** Whether the issuing authority must set the deadline of each order. */
    public boolean authoritySetsDeadline() {
        return deadline == null;
    }
}
