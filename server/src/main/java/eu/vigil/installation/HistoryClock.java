package eu.vigil.installation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The server's clock on a demo database: the installation's clock, except on a thread that is writing the demo's
 * history, for which it shows the instant that thread was told ({@link #at}). So a year of demo activity is recorded
 * through the same use cases as live work — orders sealed, answered and reported as they would have been on those
 * days — and every record agrees with its own timestamps. Only the demo's seeding uses it; every other thread, and
 * every real or exercise installation (which get the plain clock), sees the installation's time, which never runs
 * backwards (ADR 0025). Thread-safe: the told instant is per thread.
 */
public final class HistoryClock extends Clock {

    private final Clock installation;
    private final ThreadLocal<Instant> told = new ThreadLocal<>();

    /** Wraps the installation's clock. */
    public HistoryClock(Clock installation) {
        this.installation = installation;
    }

    /**
     * Runs {@code work} on this thread with the clock showing {@code instant}, then restores what it showed before.
     *
     * @throws IllegalArgumentException if {@code instant} is after the installation's time: history is the past
     */
    public <T> T at(Instant instant, Supplier<T> work) {
        if (instant.isAfter(installation.instant())) {
            throw new IllegalArgumentException("history is in the past: " + instant);
        }
        Instant before = told.get();
        told.set(instant);
        try {
            return work.get();
        } finally {
            if (before == null) {
                told.remove();
            } else {
                told.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant t = told.get();
        return t != null ? t : installation.instant();
    }

    @Override
    public ZoneId getZone() {
        return installation.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Vigil computes in UTC");
    }
}
