package eu.vigil.installation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Vigil time that runs {@link ClockRate rate} times as fast as real time from a start instant, in UTC and
 * microseconds like PostgreSQL. Real time elapsed is read from a monotonic ticker ({@link System#nanoTime()} in the
 * server), so a step of the wall clock does not move it. It never runs backwards: each reading is at least the one
 * before, and none goes past the {@linkplain #raiseCeiling(Instant) ceiling} — the mark last made durable, from
 * which the next start continues (ADR 0025). If the mark is not renewed, time stands still at the ceiling.
 */
public final class AcceleratedClock extends Clock {

    private final ClockRate rate;
    private final Instant start;
    private final LongSupplier ticker;
    private final long tickerAtStart;
    private final AtomicReference<Instant> last;
    private final AtomicReference<Instant> ceiling;

    /**
     * A clock that shows {@code start} now and then runs at {@code rate}, held at or below {@code ceiling}.
     *
     * @param ticker nanoseconds from a monotonic source, as {@link System#nanoTime()}
     */
    public AcceleratedClock(ClockRate rate, Instant start, LongSupplier ticker, Instant ceiling) {
        this.rate = rate;
        this.start = start.truncatedTo(ChronoUnit.MICROS);
        this.ticker = ticker;
        this.tickerAtStart = ticker.getAsLong();
        this.last = new AtomicReference<>(this.start);
        this.ceiling = new AtomicReference<>(ceiling.isBefore(this.start) ? this.start : ceiling);
    }

    /** The rate of this clock. */
    public ClockRate rate() {
        return rate;
    }

    @Override
    public Instant instant() {
        Instant running = ahead(Duration.ZERO);
        Instant held = ceiling.get();
        Instant now = running.isAfter(held) ? held : running;
        return last.accumulateAndGet(now, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** What this clock will show {@code real} time from now if nothing holds it: for the next mark. */
    public Instant ahead(Duration real) {
        Duration elapsed = Duration.ofNanos(ticker.getAsLong() - tickerAtStart).plus(real);
        return start.plus(rate.scale(elapsed));
    }

    /** Lets the clock run up to {@code mark}, which is durable now; a lower mark changes nothing. */
    public void raiseCeiling(Instant mark) {
        ceiling.accumulateAndGet(mark.truncatedTo(ChronoUnit.MICROS), (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The instant up to which the clock may run. */
    public Instant ceiling() {
        return ceiling.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Vigil computes in UTC");
    }
}
