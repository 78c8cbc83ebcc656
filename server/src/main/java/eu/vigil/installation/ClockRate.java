package eu.vigil.installation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * How many seconds of Vigil time pass in one real second ({@code vigil.clock.rate}): 1 is real time, 120 makes
 * one real minute two hours. Greater than 0 and at most 3600 (one real second is at most one hour).
 *
 * @param value the rate, without trailing zeros
 */
public record ClockRate(BigDecimal value) {

    /** The largest rate: one real second is one hour. */
    public static final BigDecimal MAX = BigDecimal.valueOf(3600);

    /** Real time. */
    public static final ClockRate REAL_TIME = new ClockRate(BigDecimal.ONE);

    /** The slowest sweep interval under acceleration is the default one, {@code PT5S}. */
    static final Duration SWEEP_DEFAULT = Duration.ofSeconds(5);

    /** The sweep does not run more often than this, whatever the rate. */
    static final Duration SWEEP_FLOOR = Duration.ofMillis(250);

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    public ClockRate {
        if (value == null || value.signum() <= 0 || value.compareTo(MAX) > 0) {
            throw new ClockRefused(ClockRefusal.RATE_OUT_OF_RANGE, "vigil.clock.rate must be greater than 0 and at most "
                    + "3600 (one real second = one hour); got " + (value == null ? "nothing" : value.toPlainString())
                    + ".");
        }
        value = value.stripTrailingZeros();
    }

    /**
     * The rate written in {@code vigil.clock.rate}.
     *
     * @throws ClockRefused naming {@link ClockRefusal#RATE_NOT_A_NUMBER} or {@link ClockRefusal#RATE_OUT_OF_RANGE}
     */
    public static ClockRate of(String text) {
        if (text == null || text.isBlank()) {
            return REAL_TIME;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new ClockRefused(ClockRefusal.RATE_NOT_A_NUMBER, "vigil.clock.rate must be a number greater than 0 "
                    + "and at most 3600, such as 120 (one real minute = two hours); got '" + text + "'.");
        }
        return new ClockRate(value);
    }

    /** Whether Vigil time runs at another speed than real time. */
    public boolean accelerated() {
        return value.compareTo(BigDecimal.ONE) != 0;
    }

    /** The Vigil time that passes in {@code real} time, rounded down to the microsecond. */
    public Duration scale(Duration real) {
        if (!accelerated()) {
            return real;
        }
        BigDecimal seconds = BigDecimal.valueOf(real.getSeconds()).add(BigDecimal.valueOf(real.getNano(), 9));
        BigDecimal scaled = seconds.multiply(value).setScale(6, RoundingMode.FLOOR);
        BigDecimal whole = scaled.setScale(0, RoundingMode.FLOOR);
        long nanos = scaled.subtract(whole).multiply(NANOS_PER_SECOND).longValueExact();
        return Duration.ofSeconds(whole.longValueExact(), nanos);
    }

    /** The real time in which {@code vigil} time passes, rounded up to the nanosecond. */
    public Duration realTimeOf(Duration vigil) {
        BigDecimal nanos = BigDecimal.valueOf(vigil.getSeconds()).multiply(NANOS_PER_SECOND)
                .add(BigDecimal.valueOf(vigil.getNano()));
        return Duration.ofNanos(nanos.divide(value, 0, RoundingMode.CEILING).longValueExact());
    }

    /**
     * How often the deadline sweep should run so that it lags at most one minute of Vigil time: 60 s divided by
     * the rate, at least {@link #SWEEP_FLOOR} and at most the default {@link #SWEEP_DEFAULT}.
     */
    public Duration sweepInterval() {
        Duration oneVigilMinute = realTimeOf(Duration.ofMinutes(1));
        if (oneVigilMinute.compareTo(SWEEP_FLOOR) < 0) {
            return SWEEP_FLOOR;
        }
        return oneVigilMinute.compareTo(SWEEP_DEFAULT) > 0 ? SWEEP_DEFAULT : oneVigilMinute;
    }

    /** What one real minute becomes, in hours, minutes and seconds: "2 h", "1 h 30 min", "30 s". */
    public String realMinuteShownAs() {
        Duration d = scale(Duration.ofMinutes(1));
        StringBuilder out = new StringBuilder();
        if (d.toHours() > 0) {
            out.append(d.toHours()).append(" h");
        }
        if (d.toMinutesPart() > 0) {
            out.append(out.isEmpty() ? "" : " ").append(d.toMinutesPart()).append(" min");
        }
        BigDecimal seconds = BigDecimal.valueOf(d.toSecondsPart()).add(BigDecimal.valueOf(d.toNanosPart(), 9))
                .setScale(3, RoundingMode.FLOOR).stripTrailingZeros();
        if (seconds.signum() > 0) {
            out.append(out.isEmpty() ? "" : " ").append(seconds.toPlainString()).append(" s");
        }
        return out.isEmpty() ? "< 0.001 s" : out.toString();
    }

    /** The rate as written: "120", "0.5". */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
