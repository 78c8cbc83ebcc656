package eu.vigil.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The time of a running scenario: Vigil clock time since the exercise started, minus the time it was paused. The
 * Vigil clock itself never stops (deadlines of orders keep running during a pause, ADR 0025); only the MSEL waits.
 *
 * @param start  when the exercise started, by the Vigil clock
 * @param pauses the pauses in order; the last one may be open (still paused)
 */
public record ScenarioTime(Instant start, List<Pause> pauses) {

    /**
     * A pause of the scenario.
     *
     * @param from when the facilitator paused
     * @param to   when the facilitator resumed, null while paused
     */
    public record Pause(Instant from, Instant to) {
        public Pause {
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("a pause ends after it began: " + from + " … " + to);
            }
        }
    }

    public ScenarioTime {
        pauses = List.copyOf(pauses);
        for (int i = 0; i < pauses.size(); i++) {
            Pause p = pauses.get(i);
            if (p.from().isBefore(start)) {
                throw new IllegalArgumentException("a pause begins after the start");
            }
            if (i < pauses.size() - 1 && (p.to() == null || pauses.get(i + 1).from().isBefore(p.to()))) {
                throw new IllegalArgumentException("only the last pause may be open, and pauses do not overlap");
            }
        }
    }

    /** A scenario started at {@code start}, never paused. */
    public static ScenarioTime startedAt(Instant start) {
        return new ScenarioTime(start, List.of());
    }

    /** Whether the scenario is paused now. */
    public boolean paused() {
        return !pauses.isEmpty() && pauses.getLast().to() == null;
    }

    /** Scenario time at Vigil time {@code at}: zero before the start, standing still during pauses. */
    public Duration at(Instant at) {
        if (!at.isAfter(start)) {
            return Duration.ZERO;
        }
        Duration elapsed = Duration.between(start, at);
        for (Pause p : pauses) {
            if (!p.from().isBefore(at)) {
                break;
            }
            Instant end = p.to() == null || p.to().isAfter(at) ? at : p.to();
            elapsed = elapsed.minus(Duration.between(p.from(), end));
        }
        return elapsed;
    }

    /** Paused from {@code at}; already paused stays as it is. */
    public ScenarioTime pause(Instant at) {
        if (paused()) {
            return this;
        }
        List<Pause> more = new ArrayList<>(pauses);
        more.add(new Pause(at, null));
        return new ScenarioTime(start, more);
    }

    /** Running again from {@code at}; running stays as it is. */
    public ScenarioTime resume(Instant at) {
        if (!paused()) {
            return this;
        }
        List<Pause> more = new ArrayList<>(pauses);
        more.set(more.size() - 1, new Pause(more.getLast().from(), at));
        return new ScenarioTime(start, more);
    }

    /** Total time paused up to {@code at}. */
    public Duration pausedFor(Instant at) {
        return at.isAfter(start) ? Duration.between(start, at).minus(at(at)) : Duration.ZERO;
    }

    /** "+00:12:30": a scenario time for people. */
    public static String format(Duration d) {
        if (d == null) {
            return "—";
        }
        long s = Math.abs(d.toSeconds());
        return (d.isNegative() ? "−" : "+") + String.format("%02d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60);
    }
}
