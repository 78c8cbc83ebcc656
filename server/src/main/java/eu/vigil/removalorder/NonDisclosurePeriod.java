package eu.vigil.removalorder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The time during which the provider must not inform the content provider (Art. 11(3)): from the order until the end
 * of its effective non-disclosure date ({@link RemovalOrder#nonDisclosureEndsOn()}), that date included, in UTC
 * (ADR 0028). It ends at 00:00 UTC of the following day, the same reading as {@link NonDisclosure}, which refuses
 * to extend from the day after the end date on.
 *
 * @param endsOn the last day of non-disclosure (inclusive)
 */
public record NonDisclosurePeriod(LocalDate endsOn) {

    public NonDisclosurePeriod {
        if (endsOn == null) {
            throw new IllegalArgumentException("a non-disclosure period has an end date");
        }
    }

    /** The order's non-disclosure, empty when it has none (or none with a date). */
    public static Optional<NonDisclosurePeriod> of(RemovalOrder order) {
        return Optional.ofNullable(order.nonDisclosureEndsOn()).map(NonDisclosurePeriod::new);
    }

    /** The first instant at which the provider may inform the content provider. */
    public Instant endsAt() {
        return endsOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether the provider must still keep silent at {@code at}. */
    public boolean inForceAt(Instant at) {
        return at.isBefore(endsAt());
    }
}
