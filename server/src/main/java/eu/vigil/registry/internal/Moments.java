package eu.vigil.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import eu.vigil.shared.InvalidInput;

/** Parses the {@code at} parameter of historic views: a date (end of that day, UTC) or an ISO instant. */
final class Moments {

    private Moments() {
    }

    static Instant parse(String at, Clock clock) {
        if (at == null || at.isBlank()) {
            return clock.instant();
        }
        try {
            if (at.length() == 10) {
                return LocalDate.parse(at).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
            }
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("at", "'" + at + "' is not a date (yyyy-mm-dd) or ISO instant");
        }
    }
}
