package eu.vigil.installation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides at start-up what the installation is for and which clock it runs, before the server writes anything:
 * records the purpose on an empty database, refuses an accelerated clock on any other than a demo or exercise
 * database ({@link ClockRefused}), and keeps the clock's mark durable ahead of the clock so that time continues
 * from it after a restart. The composition root asks it for the one {@link Clock} of the server.
 */
@Component
@DependsOnDatabaseInitialization
public class InstallationClock implements DisposableBean {

    /** How far ahead of the clock the durable mark is kept, in real time. */
    static final Duration LEASE = Duration.ofSeconds(5);

    /** How often the mark is renewed, in real time. */
    static final Duration RENEWAL = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(InstallationClock.class);

    private final JdbcClient jdbc;
    private final ClockRate rate;
    private final Optional<InstallationPurpose> requested;
    private Optional<InstallationPurpose> purpose = Optional.empty();
    private boolean started;
    private ScheduledExecutorService renewal;

    InstallationClock(JdbcClient jdbc, @Value("${vigil.clock.rate:1}") String rate,
            @Value("${vigil.installation.purpose:}") String purpose,
            @Value("${vigil.demo.enabled:false}") boolean demo) {
        this.jdbc = jdbc;
        this.rate = ClockRate.of(rate);
        this.requested = requested(purpose, demo);
    }

    /**
     * The purpose a start asks for: {@code vigil.installation.purpose} if set, else {@link InstallationPurpose#DEMO}
     * when the demo data is on, else none.
     *
     * @throws ClockRefused naming {@link ClockRefusal#PURPOSE_UNKNOWN}
     */
    static Optional<InstallationPurpose> requested(String property, boolean demo) {
        if (property != null && !property.isBlank()) {
            try {
                return Optional.of(InstallationPurpose.valueOf(property.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ClockRefused(ClockRefusal.PURPOSE_UNKNOWN, "vigil.installation.purpose must be EXERCISE "
                        + "(or DEMO); got '" + property + "'. Leave it unset for a real installation.");
            }
        }
        return demo ? Optional.of(InstallationPurpose.DEMO) : Optional.empty();
    }

    /**
     * The server's clock: the system clock in microseconds on a real database, an {@link AcceleratedClock} on a
     * demo or exercise database (at rate 1 too, so that it continues from the mark of an earlier accelerated run).
     *
     * @param system the wall clock, read once for the start
     * @param ticker a monotonic nanosecond source for elapsed time
     * @throws ClockRefused when the rate is not 1 and the database is not a demo or exercise database
     */
    public synchronized Clock start(Clock system, LongSupplier ticker) {
        if (started) {
            throw new IllegalStateException("the installation clock is started once");
        }
        started = true;
        boolean table = jdbc.sql("select to_regclass('installation') is not null").query(Boolean.class).single();
        Optional<Row> row = table ? read() : Optional.empty();
        if (table && row.isEmpty() && requested.isPresent()) {
            row = mark(requested.get(), system.instant());
        }
        purpose = row.map(Row::purpose);
        if (requested.isPresent() && purpose.isPresent() && requested.get() != purpose.get()) {
            log.warn("This database was recorded as a {} installation; vigil.installation.purpose={} changes nothing.",
                    purpose.get(), requested.get());
        }
        if (purpose.isEmpty()) {
            if (rate.accelerated()) {
                throw new ClockRefused(ClockRefusal.NOT_A_DEMO_OR_EXERCISE_DATABASE, "vigil.clock.rate=" + rate
                        + " is refused: an accelerated clock runs only on a demo or exercise database, and this "
                        + "database is neither. A database is recorded as one only when ./vigil demo or "
                        + "--vigil.installation.purpose=EXERCISE first starts on it while it is empty; one that "
                        + "already holds data is never marked later.");
            }
            return Clock.tick(system, Duration.ofNanos(1_000));
        }
        Instant real = system.instant().truncatedTo(ChronoUnit.MICROS);
        Instant mark = row.get().mark();
        Instant from = mark != null && mark.isAfter(real) ? mark : real;
        AcceleratedClock clock = new AcceleratedClock(rate, from, ticker, from);
        renew(clock);
        renewal = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("vigil-clock-mark").daemon().factory());
        renewal.scheduleWithFixedDelay(() -> renewQuietly(clock), RENEWAL.toMillis(), RENEWAL.toMillis(),
                TimeUnit.MILLISECONDS);
        if (rate.accelerated()) {
            log.warn("Accelerated clock on this {} installation: 1 real minute = {} (vigil.clock.rate={}); Vigil time "
                    + "continues from {}.", purpose.get(), rate.realMinuteShownAs(), rate, from);
        }
        return clock;
    }

    /** The rate of the clock. */
    public ClockRate rate() {
        return rate;
    }

    /** The recorded purpose; empty on a real installation (or before {@link #start}). */
    public Optional<InstallationPurpose> purpose() {
        return purpose;
    }

    /** Whether Vigil time runs at another speed than real time. */
    public boolean accelerated() {
        return rate.accelerated();
    }

    private record Row(InstallationPurpose purpose, Instant mark) {
    }

    private Optional<Row> read() {
        return jdbc.sql("select purpose, clock_mark from installation")
                .query((rs, n) -> new Row(InstallationPurpose.valueOf(rs.getString(1)),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** Records the purpose if the database is empty; a database holding data stays unmarked. */
    private Optional<Row> mark(InstallationPurpose wanted, Instant now) {
        int marked = jdbc.sql("""
                insert into installation (purpose, recorded_at)
                select ?, ? where not exists (select 1 from organisation) and not exists (select 1 from audit_record)
                on conflict do nothing""").params(wanted.name(), Timestamp.from(now)).update();
        if (marked == 1) {
            log.info("Empty database recorded as a {} installation.", wanted);
        } else {
            log.info("This database already holds data and is not a demo or exercise database; it stays unmarked.");
        }
        return read();
    }

    /** Makes the mark durable {@link #LEASE} ahead of the clock, then lets the clock run up to it. */
    private void renew(AcceleratedClock clock) {
        Instant mark = clock.ahead(LEASE).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("update installation set clock_mark = greatest(clock_mark, ?)").param(Timestamp.from(mark)).update();
        clock.raiseCeiling(mark);
    }

    private void renewQuietly(AcceleratedClock clock) {
        try {
            renew(clock);
        } catch (RuntimeException e) {
            log.warn("Could not renew the clock mark; the clock stands still at {} until it can: {}", clock.ceiling(),
                    e.toString());
        }
    }

    @Override
    public void destroy() {
        if (renewal != null) {
            renewal.shutdownNow();
        }
    }
}
