package eu.vigil.installation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of the accelerated clock, checked as properties over seeded random rates and ticker steps:
 * it runs {@code rate} times as fast, to the microsecond, never backwards, never past its ceiling.
 */
class AcceleratedClockUnitTests {

    private static final Instant START = Instant.parse("2026-03-29T00:59:30.123456Z");

    private final AtomicLong ticker = new AtomicLong(7_000_000_000L);

    @Test
    void atRate120OneRealMinuteIsTwoHours() {
        AcceleratedClock clock = new AcceleratedClock(ClockRate.of("120"), START, ticker::get, Instant.MAX);
        ticker.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(2)));
        ticker.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofHours(3)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void runsRateTimesAsFastToTheMicrosecond(long seed) {
        Random random = new Random(seed);
        ClockRate rate = randomRate(random);
        AcceleratedClock clock = new AcceleratedClock(rate, START, ticker::get, Instant.MAX);
        long origin = ticker.get();
        for (int i = 0; i < 200; i++) {
            ticker.addAndGet(random.nextLong(0, Duration.ofHours(30).toNanos()));
            BigDecimal realSeconds = BigDecimal.valueOf(ticker.get() - origin, 9);
            BigDecimal expectedMicros = realSeconds.multiply(rate.value()).movePointRight(6)
                    .setScale(0, RoundingMode.FLOOR);
            long shownMicros = ChronoUnit.MICROS.between(START, clock.instant());
            assertThat(BigDecimal.valueOf(shownMicros)).as("rate %s after %s s", rate, realSeconds)
                    .isEqualByComparingTo(expectedMicros);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void neverRunsBackwardsNorPastTheCeiling(long seed) {
        Random random = new Random(seed);
        ClockRate rate = randomRate(random);
        AcceleratedClock clock = new AcceleratedClock(rate, START, ticker::get, START);
        Instant before = clock.instant();
        for (int i = 0; i < 2_000; i++) {
            switch (random.nextInt(4)) {
                case 0 -> ticker.addAndGet(random.nextLong(0, 2_000_000_000L));
                case 1 -> clock.raiseCeiling(clock.ahead(Duration.ofMillis(random.nextLong(-5_000, 5_000))));
                case 2 -> clock.raiseCeiling(START.minusSeconds(random.nextInt(1_000)));
                default -> {
                    // the ticker does not move between two readings
                }
            }
            Instant now = clock.instant();
            assertThat(now).as("step %d at rate %s", i, rate).isAfterOrEqualTo(before)
                    .isBeforeOrEqualTo(clock.ceiling());
            assertThat(now.getNano() % 1_000).isZero();
            before = now;
        }
    }

    @Test
    void standsStillAtTheCeilingUntilTheMarkIsRenewed() {
        AcceleratedClock clock = new AcceleratedClock(ClockRate.of("120"), START, ticker::get, START.plusSeconds(60));
        ticker.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
        clock.raiseCeiling(START.plusSeconds(30));
        assertThat(clock.instant()).as("a lower mark changes nothing").isEqualTo(START.plusSeconds(60));
        clock.raiseCeiling(clock.ahead(Duration.ofSeconds(5)));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(20)));
    }

    @Test
    void aSecondStartContinuesFromTheMarkOfTheFirst() {
        AcceleratedClock first = new AcceleratedClock(ClockRate.of("120"), START, ticker::get, START);
        ticker.addAndGet(Duration.ofSeconds(40).toNanos());
        Instant mark = first.ahead(InstallationClock.LEASE);
        first.raiseCeiling(mark);
        Instant lastShown = first.instant();
        // restart: the wall clock says START + 41 s, the mark is far ahead; the start takes the later one
        Instant real = START.plusSeconds(41);
        Instant from = mark.isAfter(real) ? mark : real;
        AcceleratedClock second = new AcceleratedClock(ClockRate.of("120"), from, ticker::get, from);
        assertThat(second.instant()).isAfterOrEqualTo(lastShown).isEqualTo(mark);
    }

    private static ClockRate randomRate(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> ClockRate.of(Integer.toString(random.nextInt(1, 3601)));
            case 1 -> ClockRate.of(BigDecimal.valueOf(random.nextLong(1, 3_600_000_000L), 6).toPlainString());
            default -> ClockRate.of(BigDecimal.valueOf(random.nextInt(1, 1000), 3).toPlainString());
        };
    }
}
