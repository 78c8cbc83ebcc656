package eu.vigil.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

/** The rate's limits, its wording in the header, the sweep interval it implies, and the purpose a start asks for. */
class ClockRateUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.0", "3600.000001", "3601", "1e9"})
    void ratesOutsideZeroToOneHourPerSecondAreRefused(String rate) {
        assertThatThrownBy(() -> ClockRate.of(rate)).isInstanceOfSatisfying(ClockRefused.class,
                e -> assertThat(e.reason()).isEqualTo(ClockRefusal.RATE_OUT_OF_RANGE))
                .hasMessageContaining("vigil.clock.rate").hasMessageContaining("3600");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast", "NaN", "Infinity", "12O", "1/2"})
    void ratesThatAreNoNumbersAreRefused(String rate) {
        assertThatThrownBy(() -> ClockRate.of(rate)).isInstanceOfSatisfying(ClockRefused.class,
                e -> assertThat(e.reason()).isEqualTo(ClockRefusal.RATE_NOT_A_NUMBER)).hasMessageContaining(rate);
    }

    @ParameterizedTest
    @CsvSource({"3600, 60 h", "120, 2 h", "120.0, 2 h", "90, 1 h 30 min", "60, 1 h", "30, 30 min", "1.5, 1 min 30 s",
            "0.5, 30 s", "0.0001, 0.006 s", "1, 1 min", "' 2 ', 2 min"})
    void oneRealMinuteIsShownInHoursMinutesAndSeconds(String rate, String shown) {
        assertThat(ClockRate.of(rate).realMinuteShownAs()).isEqualTo(shown);
    }

    @Test
    void realTimeIsTheDefault() {
        assertThat(ClockRate.of(null)).isEqualTo(ClockRate.REAL_TIME);
        assertThat(ClockRate.of("1.000").accelerated()).isFalse();
        assertThat(ClockRate.of("120").toString()).isEqualTo("120");
        assertThat(ClockRate.of("3600").accelerated()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1, PT5S", "12, PT5S", "24, PT2.5S", "120, PT0.5S", "240, PT0.25S", "3600, PT0.25S", "0.5, PT5S"})
    void theSweepLagsAtMostOneMinuteOfVigilTimeWithinItsBounds(String rate, String interval) {
        assertThat(ClockRate.of(rate).sweepInterval()).isEqualTo(Duration.parse(interval));
    }

    @Test
    void anAcceleratedRateShortensTheSweepIntervalUnlessOneIsConfigured() {
        MockEnvironment accelerated = new MockEnvironment().withProperty("vigil.clock.rate", "120");
        new SweepIntervalDefault().postProcessEnvironment(accelerated, null);
        assertThat(accelerated.getProperty("vigil.sweep.interval")).isEqualTo("PT0.5S");

        MockEnvironment configured = new MockEnvironment().withProperty("vigil.clock.rate", "120")
                .withProperty("vigil.sweep.interval", "PT3S");
        new SweepIntervalDefault().postProcessEnvironment(configured, null);
        assertThat(configured.getProperty("vigil.sweep.interval")).isEqualTo("PT3S");

        for (String rate : new String[] {"1", "0", "fast"}) {
            MockEnvironment unchanged = new MockEnvironment().withProperty("vigil.clock.rate", rate);
            new SweepIntervalDefault().postProcessEnvironment(unchanged, null);
            assertThat(unchanged.getProperty("vigil.sweep.interval")).as("rate " + rate).isNull();
        }
    }

    @Test
    void theDemoAsksForDemoAndAnExplicitPurposeWins() {
        assertThat(InstallationClock.requested("", true)).contains(InstallationPurpose.DEMO);
        assertThat(InstallationClock.requested(null, false)).isEmpty();
        assertThat(InstallationClock.requested("exercise", true)).contains(InstallationPurpose.EXERCISE);
        assertThat(InstallationClock.requested("EXERCISE", false)).isEqualTo(Optional.of(InstallationPurpose.EXERCISE));
        assertThatThrownBy(() -> InstallationClock.requested("PRODUCTION", false)).isInstanceOfSatisfying(
                ClockRefused.class, e -> assertThat(e.reason()).isEqualTo(ClockRefusal.PURPOSE_UNKNOWN));
    }
}
