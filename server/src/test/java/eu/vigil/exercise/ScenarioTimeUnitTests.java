package eu.vigil.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Scenario time is Vigil time since the start minus the pauses: it stands still while paused. */
class ScenarioTimeUnitTests {

    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

    private static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void withoutPausesScenarioTimeIsTheTimeSinceTheStart() {
        ScenarioTime time = ScenarioTime.startedAt(START);
        assertThat(time.at(at(25))).isEqualTo(Duration.ofMinutes(25));
        assertThat(time.at(START.minusSeconds(30))).as("before the start").isZero();
        assertThat(time.paused()).isFalse();
    }

    @Test
    void whilePausedScenarioTimeStandsStillAndAfterwardsContinuesWhereItStood() {
        ScenarioTime paused = ScenarioTime.startedAt(START).pause(at(10));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.at(at(10))).isEqualTo(Duration.ofMinutes(10));
        assertThat(paused.at(at(17))).as("the Vigil clock ran on 7 minutes").isEqualTo(Duration.ofMinutes(10));
        ScenarioTime resumed = paused.resume(at(17));
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.at(at(20))).isEqualTo(Duration.ofMinutes(13));
        assertThat(resumed.at(at(12))).as("an instant inside the pause").isEqualTo(Duration.ofMinutes(10));
        assertThat(resumed.at(at(5))).as("an instant before the pause").isEqualTo(Duration.ofMinutes(5));
        assertThat(resumed.pausedFor(at(20))).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void severalPausesAddUp() {
        ScenarioTime time = ScenarioTime.startedAt(START).pause(at(10)).resume(at(15)).pause(at(30)).resume(at(33));
        assertThat(time.at(at(60))).isEqualTo(Duration.ofMinutes(52));
        assertThat(time.at(at(31))).isEqualTo(Duration.ofMinutes(25));
        assertThat(time.pause(at(40)).at(at(70))).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void pausingTwiceOrResumingARunningScenarioChangesNothing() {
        ScenarioTime paused = ScenarioTime.startedAt(START).pause(at(10));
        assertThat(paused.pause(at(12))).isEqualTo(paused);
        ScenarioTime running = ScenarioTime.startedAt(START);
        assertThat(running.resume(at(3))).isEqualTo(running);
    }

    @Test
    void pausesMustBeInOrderAndOnlyTheLastOpen() {
        assertThatThrownBy(() -> new ScenarioTime(START, List.of(new ScenarioTime.Pause(at(10), null),
                new ScenarioTime.Pause(at(20), at(25))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScenarioTime.Pause(at(10), at(5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScenarioTime(START, List.of(new ScenarioTime.Pause(START.minusSeconds(1), null))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scenarioTimeReadsAsHoursMinutesSeconds() {
        assertThat(ScenarioTime.format(Duration.ofSeconds(3725))).isEqualTo("+01:02:05");
        assertThat(ScenarioTime.format(null)).isEqualTo("—");
    }
}
