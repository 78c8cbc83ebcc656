package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

/** The clock of an order as a value: boundaries and daylight-saving time (R12, R13, R26). */
class DeadlineTests {

    private static final Deadline TCO = new Deadline(Instant.parse("2026-03-10T09:00:00Z"), Duration.ofMinutes(60),
            Duration.ofMinutes(45));

    @Test
    void phasesChangeExactlyAtFortyFiveAndSixtyMinutes() {
        Instant start = TCO.startedAt();
        assertThat(TCO.phaseAt(start.plus(Duration.ofMinutes(45)).minusNanos(1000))).isEqualTo(Deadline.Phase.ON_TIME);
        assertThat(TCO.phaseAt(start.plus(Duration.ofMinutes(45)))).isEqualTo(Deadline.Phase.WARNING);
        assertThat(TCO.phaseAt(start.plus(Duration.ofMinutes(60)).minusNanos(1000))).isEqualTo(Deadline.Phase.WARNING);
        assertThat(TCO.phaseAt(start.plus(Duration.ofMinutes(60)))).isEqualTo(Deadline.Phase.OVERDUE);
        assertThat(TCO.remainingAt(start.plus(Duration.ofMinutes(70)))).isEqualTo(Duration.ofMinutes(-10));
    }

    @Test
    void orderReceivedThirtyMinutesBeforeTheSpringDstSwitchIsDueSixtyRealMinutesLater() {
        // Europe/Berlin switches from 02:00 CET to 03:00 CEST on 29 March 2026.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime received = ZonedDateTime.of(2026, 3, 29, 1, 30, 0, 0, berlin);
        Deadline d = new Deadline(received.toInstant(), Duration.ofMinutes(60), Duration.ofMinutes(45));
        ZonedDateTime due = d.dueAt().atZone(berlin);
        assertThat(Duration.between(received.toInstant(), d.dueAt())).isEqualTo(Duration.ofMinutes(60));
        assertThat(due.format(DateTimeFormatter.ofPattern("HH:mm xxx"))).isEqualTo("03:30 +02:00");
        assertThat(received.format(DateTimeFormatter.ofPattern("HH:mm xxx"))).isEqualTo("01:30 +01:00");
    }

    @Test
    void orderReceivedThirtyMinutesBeforeTheAutumnDstSwitchIsDueSixtyRealMinutesLater() {
        ZoneId dublin = ZoneId.of("Europe/Dublin");
        ZonedDateTime received = ZonedDateTime.of(2026, 10, 25, 1, 30, 0, 0, dublin); // 01:30 IST (+01:00)
        Deadline d = new Deadline(received.toInstant(), Duration.ofMinutes(60), Duration.ofMinutes(45));
        assertThat(d.dueAt().atZone(dublin).format(DateTimeFormatter.ofPattern("HH:mm xxx"))).isEqualTo("01:30 +00:00");
        assertThat(d.isMissedAt(received.toInstant().plus(Duration.ofMinutes(59)))).isFalse();
    }

    @Test
    void brokenDeadlinesAreRefused() {
        assertThatThrownBy(() -> new Deadline(Instant.EPOCH, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(Instant.EPOCH, Duration.ofMinutes(60), Duration.ofMinutes(60)))
                .hasMessageContaining("warning");
    }
}
