package eu.vigil.removalorder;

import java.time.Instant;

/**
 * Where an issuing authority stands with the 12-hour prior information of Art. 3(2) towards one provider, for one
 * order type: whether a first order may be issued now without declaring an emergency.
 *
 * @param status       the state of the rule
 * @param informedAt   when the authority recorded the prior information, null if it did not
 * @param issuableFrom from when a first order may be issued without emergency ({@code informedAt} + 12 hours), null
 *                     without prior information
 */
public record PriorInformation(Status status, Instant informedAt, Instant issuableFrom) {

    /** The states of the rule. */
    public enum Status {
        /** The order type is not under Art. 3(2) (a national or DSA order). */
        NOT_REQUIRED,
        /** The authority has issued an order to this provider before: this is not a first order. */
        EARLIER_ORDER,
        /** The prior information was sent at least 12 hours ago. */
        MET,
        /** The prior information was sent less than 12 hours ago: issue from {@code issuableFrom} or in an emergency. */
        TOO_RECENT,
        /** No prior information was recorded: record it and wait 12 hours, or declare a justified emergency. */
        MISSING
    }

    /** Whether an order may be issued now without declaring an emergency. */
    public boolean met() {
        return status == Status.NOT_REQUIRED || status == Status.EARLIER_ORDER || status == Status.MET;
    }

    /** Whether the rule applies to this order at all, i.e. whether an emergency could be declared against it. */
    public boolean applies() {
        return status != Status.NOT_REQUIRED && status != Status.EARLIER_ORDER;
    }
}
