package eu.vigil.transparency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The figures a provider reports on the orders it received from Member States' authorities under DSA Art. 15(1)(a):
 * their number by type of illegal content and issuing Member State, the median time to inform the authority of
 * receipt and the median time to give effect to the orders, for one provider and period.
 *
 * @param providerId   the provider
 * @param providerName its name
 * @param from         first day of the period (UTC), inclusive
 * @param to           last day of the period (UTC), inclusive
 * @param generatedAt  when it was computed
 * @param total        all orders received in the period, with the medians over all of them
 * @param rows         one per type of illegal content and issuing Member State, ordered by both
 * @param notes        how the figures were counted
 */
public record OrderMetricsReport(UUID providerId, String providerName, LocalDate from, LocalDate to,
        Instant generatedAt, Row total, List<Row> rows, List<String> notes) {

    public OrderMetricsReport {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * Orders of one type of illegal content from one Member State (both null in the total).
     *
     * @param contentType          the type of illegal content: {@code TERRORIST_CONTENT},
     *                             {@code CHILD_SEXUAL_ABUSE_MATERIAL} or {@code OTHER_ILLEGAL_CONTENT}
     * @param issuingMemberState   the Member State of the issuing authority
     * @param orders               orders received
     * @param acknowledged         of which the receipt was acknowledged
     * @param medianMinutesToAcknowledge median minutes from receipt to the acknowledgement, null when none
     * @param givenEffect          of which given effect (every item removed or disabled)
     * @param medianMinutesToEffect median minutes from receipt to giving effect, null when none
     */
    public record Row(String contentType, String issuingMemberState, int orders, int acknowledged,
            Double medianMinutesToAcknowledge, int givenEffect, Double medianMinutesToEffect) {
    }
}
