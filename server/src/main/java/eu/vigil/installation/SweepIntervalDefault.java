package eu.vigil.installation;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Under an accelerated clock, a default for {@code vigil.sweep.interval} derived from the rate
 * ({@link ClockRate#sweepInterval()}: the sweep lags at most one minute of Vigil time, e.g. {@code PT0.5S} at
 * rate 120), so warnings and overdue notices come promptly although the sweep runs in real time. Only a default:
 * a configured interval always wins, and nothing changes at rate 1 or with an invalid rate (the start is refused
 * later with its reason).
 */
public final class SweepIntervalDefault implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "vigil-clock-rate-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("vigil.sweep.interval")) {
            return;
        }
        ClockRate rate;
        try {
            rate = ClockRate.of(environment.getProperty("vigil.clock.rate"));
        } catch (ClockRefused refused) {
            return;
        }
        if (rate.sweepInterval().compareTo(ClockRate.SWEEP_DEFAULT) < 0) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE,
                    Map.of("vigil.sweep.interval", rate.sweepInterval().toString())));
        }
    }

    /** After the configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
