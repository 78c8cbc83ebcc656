package eu.vigil.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A date and time typed on a form ({@code datetime-local}, no offset) in the viewer's time zone, turned into
 * an instant without guessing (defect 13): a time that does not exist (clocks go forward) is refused, and a
 * time that occurs twice (clocks go back, the repeated autumn hour) needs the person to say which occurrence
 * they mean; Vigil never silently takes the earlier offset.
 */
public final class WallClockTime {

    /** Which of the two occurrences of a repeated hour is meant. */
    public enum Occurrence {
        /** The first, still on summer time (the larger offset). */
        EARLIER,
        /** The second, already on winter time. */
        LATER
    }

    private WallClockTime() {
    }

    /**
     * The instant of {@code local} in {@code zone}.
     *
     * @param occurrence {@code EARLIER}, {@code LATER} or blank; only looked at when the time occurs twice
     * @param field      the form field, for the error
     * @throws InvalidInput naming {@code field} when the text is not a date and time, the time does not exist,
     *                      or it occurs twice and {@code occurrence} does not say which
     */
    public static Instant resolve(String local, ZoneId zone, String occurrence, String field) {
        LocalDateTime time;
        try {
            time = LocalDateTime.parse(local.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw InvalidInput.of(field, "use the date and time picker (e.g. 2026-10-25T02:30)");
        }
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(time);
        if (offsets.isEmpty()) {
            throw InvalidInput.of(field, time + " does not exist in " + zone.getId()
                    + " (the clocks go forward at that hour); check the time");
        }
        if (offsets.size() == 1) {
            return time.atOffset(offsets.getFirst()).toInstant();
        }
        Occurrence chosen = parse(occurrence);
        if (chosen == null) {
            throw InvalidInput.of(field, time + " occurs twice in " + zone.getId() + " (the clocks go back): say whether"
                    + " you mean the earlier (" + offsets.get(0) + ") or the later (" + offsets.get(1) + ") one");
        }
        var zoned = time.atZone(zone);
        return (chosen == Occurrence.EARLIER ? zoned.withEarlierOffsetAtOverlap() : zoned.withLaterOffsetAtOverlap())
                .toInstant();
    }

    private static Occurrence parse(String occurrence) {
        if (occurrence == null || occurrence.isBlank()) {
            return null;
        }
        try {
            return Occurrence.valueOf(occurrence.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
