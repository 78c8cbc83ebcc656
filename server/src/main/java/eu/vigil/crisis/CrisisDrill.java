package eu.vigil.crisis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A contact-point drill (issue 13, point 2): a test alert from Europol's coordinator to the 24/7 crisis contact of
 * every participant, to learn how fast each answers. It is a test, not a crisis case: no phase, no legal record, not
 * counted in any crisis figure; it is open until {@code closesAt} or until the coordinator closes it.
 *
 * @param id        the drill
 * @param reference its reference, e.g. {@code DRILL-2026-3F9A1C}
 * @param startedAt when the test alert went out
 * @param startedBy who started it
 * @param closesAt  when it closes by itself
 * @param closedAt  when the coordinator closed it, or when it closed by itself; null while open
 * @param closedBy  who closed it, null while open or when it closed by itself
 * @param replies   one per participant told, in the order they were told
 */
public record CrisisDrill(UUID id, String reference, Instant startedAt, String startedBy, UUID startedByOrganisation,
        Instant closesAt, Instant closedAt, String closedBy, List<Reply> replies) {

    /**
     * A participant told of the drill and whether it answered.
     *
     * @param contact the 24/7 contact it was told through (providers), null for authorities and Europol
     */
    public record Reply(UUID organisation, String name, String contact, Instant toldAt, Instant acknowledgedAt,
            String acknowledgedBy) {

        /** Time from the test alert to the acknowledgement, empty while unanswered. */
        public Optional<Duration> timeToAcknowledge() {
            return Optional.ofNullable(acknowledgedAt).map(a -> Duration.between(toldAt, a));
        }

        /** Seconds from the test alert to the acknowledgement, null while unanswered (for the API). */
        @com.fasterxml.jackson.annotation.JsonProperty("secondsToAcknowledge")
        public Long secondsToAcknowledge() {
            return timeToAcknowledge().map(Duration::toSeconds).orElse(null);
        }
    }

    public CrisisDrill {
        replies = List.copyOf(replies);
    }

    /** Whether participants may still acknowledge at {@code now}. */
    public boolean openAt(Instant now) {
        return closedAt == null && now.isBefore(closesAt);
    }

    /** The participants that have not answered. */
    public List<Reply> waiting() {
        return replies.stream().filter(r -> r.acknowledgedAt() == null).toList();
    }

    /** The median time to acknowledge of those that answered (mean of the two middle ones for an even count). */
    public Optional<Duration> medianTimeToAcknowledge() {
        List<Duration> times = times();
        if (times.isEmpty()) {
            return Optional.empty();
        }
        int n = times.size();
        return Optional.of(n % 2 == 1 ? times.get(n / 2) : times.get(n / 2 - 1).plus(times.get(n / 2)).dividedBy(2));
    }

    /** The longest time to acknowledge of those that answered. */
    public Optional<Duration> maxTimeToAcknowledge() {
        List<Duration> times = times();
        return times.isEmpty() ? Optional.empty() : Optional.of(times.getLast());
    }

    /** The median in seconds, null before any answer (for the API). */
    @com.fasterxml.jackson.annotation.JsonProperty("medianSeconds")
    public Long medianSeconds() {
        return medianTimeToAcknowledge().map(Duration::toSeconds).orElse(null);
    }

    /** The longest time in seconds, null before any answer (for the API). */
    @com.fasterxml.jackson.annotation.JsonProperty("maxSeconds")
    public Long maxSeconds() {
        return maxTimeToAcknowledge().map(Duration::toSeconds).orElse(null);
    }

    /** How many of those told have answered (for the API). */
    @com.fasterxml.jackson.annotation.JsonProperty("acknowledged")
    public int acknowledged() {
        return replies.size() - waiting().size();
    }

    private List<Duration> times() {
        return replies.stream().flatMap(r -> r.timeToAcknowledge().stream()).sorted().toList();
    }
}
