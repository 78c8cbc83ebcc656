package eu.vigil.removalorder;

import java.time.Duration;

/**
 * A configurable kind of order (R53): its legal basis, its deadline rule, and which rules of the TCO Regulation
 * apply to it (issue 11, defect 6). Only the TCO removal order is under all of them; a national order (the Dutch
 * CSAM order) or a DSA Art. 9 order has its own law.
 *
 * @param code       stable code, e.g. {@code TCO_REMOVAL}
 * @param name       readable name
 * @param legalBasis legal basis printed on the order
 * @param deadline   time to act from receipt; null when the issuing authority sets it per order
 * @param warning    when the provider is warned, measured like the deadline (0 = no warning)
 * @param requiresTerroristContentReasons Art. 2(7) reasons are mandatory (TCO orders)
 * @param requiresTerritorialScope        the territorial scope is mandatory (DSA Art. 9 orders)
 * @param memberState                     the Member State whose law the type belongs to, whose authorities alone
 *                                        issue it; null for an order type of Union law
 * @param requiresIssuingRole             TCO Art. 12(1)(a): only an authority designated to issue removal orders
 *                                        issues it; otherwise any competent authority in the register (of
 *                                        {@code memberState}, if set) may
 * @param requiresPriorInformation        TCO Art. 3(2): a first order to a provider needs the 12-hour prior
 *                                        information (or a justified emergency)
 * @param opensCrossBorderScrutiny        TCO Art. 4: an order to a provider in another Member State is copied to
 *                                        the host Member State's role-(b) authority, which may scrutinise it
 * @param countsForExposure               TCO Art. 5(4): a final order counts towards the provider's exposure
 * @param countsInTcoReport               TCO Art. 8: the order counts in the authority's transparency report
 */
public record OrderType(String code, String name, String legalBasis, Duration deadline, Duration warning,
        boolean requiresTerroristContentReasons, boolean requiresTerritorialScope, String memberState,
        boolean requiresIssuingRole, boolean requiresPriorInformation, boolean opensCrossBorderScrutiny, boolean countsForExposure,
        boolean countsInTcoReport) {

    /** The TCO removal order: one hour, warning at 45 minutes (R12, R13). */
    public static final String TCO = "TCO_REMOVAL";

    /** A type of Union law under every TCO rule (the TCO removal order and types configured like it). */
    public OrderType(String code, String name, String legalBasis, Duration deadline, Duration warning,
            boolean requiresTerroristContentReasons, boolean requiresTerritorialScope) {
        this(code, name, legalBasis, deadline, warning, requiresTerroristContentReasons, requiresTerritorialScope, null,
                true, true, true, true, true);
    }

    /** Whether the issuing authority must set the deadline of each order. */
    public boolean authoritySetsDeadline() {
        return deadline == null;
    }

    /** Whether an authority of {@code issuingMemberState} may issue orders of this type. */
    public boolean issuableFrom(String issuingMemberState) {
        return memberState == null || memberState.equals(issuingMemberState);
    }
}
