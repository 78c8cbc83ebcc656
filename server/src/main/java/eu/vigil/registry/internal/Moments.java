package eu.vigil.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import eu.vigil.shared.InvalidInput;

/**
 * Parses the {@code at} parameter of historic views: a date (the end of that day, in UTC for the API, in the
 * reader's time zone for the pages) or an ISO instant.
 */
final class Moments {

    private Moments() {
    }

    static Instant parse(String at, Clock clock) {
        return parse(at, clock, ZoneOffset.UTC);
    }

    /** A date as the end of that day in {@code zone}, or an ISO instant; now when empty. */
    static Instant parse(String at, Clock clock, java.time.ZoneId zone) {
        if (at == null || at.isBlank()) {
            return clock.instant();
        }
        try {
            if (at.length() == 10) {
                return LocalDate.parse(at).plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
            }
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("at", "'" + at + "' is not a date (yyyy-mm-dd) or ISO instant");
        }
    }
}
