package eu.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Times typed in the viewer's zone, across both clock changes of 2026 in Brussels and Lisbon (defect 13). */
class WallClockTimeTests {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void theRepeatedAutumnHourIsAskedNotGuessed() {
        assertThatThrownBy(() -> WallClockTime.resolve("2026-10-25T02:30", BRUSSELS, "", "actionAt"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors().getFirst().field()).isEqualTo("actionAt");
                    assertThat(e.errors().getFirst().message()).contains("occurs twice").contains("+02:00").contains("+01:00");
                });
        assertThat(WallClockTime.resolve("2026-10-25T02:30", BRUSSELS, "EARLIER", "actionAt"))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(WallClockTime.resolve("2026-10-25T02:30", BRUSSELS, "later", "actionAt"))
                .isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void aTimeSkippedInSpringIsRefused() {
        assertThatThrownBy(() -> WallClockTime.resolve("2026-03-29T02:30", BRUSSELS, "EARLIER", "ceasedAt"))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors().getFirst().message()).contains("does not exist"));
    }

    @ParameterizedTest
    @CsvSource({"Europe/Brussels,2026-10-25T01:59,2026-10-24T23:59:00Z", "Europe/Brussels,2026-10-25T03:00,2026-10-25T02:00:00Z",
            "Europe/Lisbon,2026-10-25T01:30,", "Europe/Lisbon,2026-07-01T12:00,2026-07-01T11:00:00Z",
            "UTC,2026-10-25T02:30,2026-10-25T02:30:00Z"})
    void unambiguousTimesNeedNoChoice(String zone, String local, String expected) {
        if (expected == null) {
            assertThatThrownBy(() -> WallClockTime.resolve(local, ZoneId.of(zone), null, "f"))
                    .isInstanceOf(InvalidInput.class);
        } else {
            assertThat(WallClockTime.resolve(local, ZoneId.of(zone), null, "f")).isEqualTo(Instant.parse(expected));
        }
    }

    @Test
    void textThatIsNoTimeNamesTheField() {
        assertThatThrownBy(() -> WallClockTime.resolve("yesterday", BRUSSELS, null, "lodgedAt"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("lodgedAt"));
        assertThatThrownBy(() -> WallClockTime.resolve(null, BRUSSELS, null, "lodgedAt")).isInstanceOf(InvalidInput.class);
    }
}
