package eu.vigil.situation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import eu.vigil.crimearea.CrimeArea;
import eu.vigil.identity.Actor;
import eu.vigil.shared.Forbidden;
import eu.vigil.shared.InvalidInput;

/**
 * The situational dashboards: for a crime area and a period, the items every {@link SituationSource} lets the viewer
 * count, made into a {@link SituationReport}. Competent authorities see their own Member State's cases, Europol and
 * the Commission all; providers have their queue instead.
 */
@Service
public class Situation {

    /** The longest period one report covers. */
    public static final Duration LONGEST = Duration.ofDays(366);

    /** The period a dashboard shows when the reader names none. */
    public static final int DEFAULT_DAYS = 90;

    private final List<SituationSource> sources;
    private final Clock clock;

    Situation(List<SituationSource> sources, Clock clock) {
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    /** Whether the actor may read the dashboards. */
    public static boolean mayView(Actor actor) {
        return switch (actor.kind()) {
            case COMPETENT_AUTHORITY, EUROPOL, COMMISSION -> true;
            default -> false;
        };
    }

    /** A period of whole days in the reader's zone, from the first day's start to the end of the last day. */
    public record Period(LocalDate first, LocalDate last, Instant from, Instant to) {
    }

    /**
     * The period the reader asked for: {@code first} and {@code last} as ISO dates (both optional; the last
     * {@value #DEFAULT_DAYS} days up to today by default), at most {@link #LONGEST}.
     */
    public Period period(String first, String last, ZoneId zone) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate to = date(last, "to", errors);
        LocalDate from = date(first, "from", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        to = to == null ? today : to;
        from = from == null ? to.minusDays(DEFAULT_DAYS - 1) : from;
        if (from.isAfter(to)) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("from", "on or before the last day")));
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        if (Duration.between(start, end).compareTo(LONGEST.plusHours(1)) > 0) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("from", "within a year of the last day")));
        }
        return new Period(from, to, start, end);
    }

    private static LocalDate date(String text, String field, List<InvalidInput.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new InvalidInput.FieldError(field, "a date as YYYY-MM-DD"));
            return null;
        }
    }

    /** The area's report for the period, of what the viewer may count. */
    public SituationReport report(Actor viewer, CrimeArea area, Period period, ZoneId zone) {
        if (!mayView(viewer)) {
            throw new Forbidden("the situational dashboards are for competent authorities, Europol and the Commission");
        }
        List<ItemFact> facts = new ArrayList<>();
        for (SituationSource source : sources) {
            facts.addAll(source.facts(viewer, area, period.from(), period.to()));
        }
        return SituationReport.of(area, period.from(), period.to(), zone, facts);
    }
}
