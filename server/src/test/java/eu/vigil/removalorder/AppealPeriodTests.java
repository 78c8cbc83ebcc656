package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Appeal periods on the issuing Member State's calendar (Art. 3(9), defect 10). */
class AppealPeriodTests {

    @ParameterizedTest
    @CsvSource({
            // received late evening in Brussels, which is already the next day in Helsinki
            "2026-03-10T22:30:00Z, BE, 30, DAYS,   2026-04-09T22:00:00Z",
            "2026-03-10T22:30:00Z, FI, 30, DAYS,   2026-04-10T21:00:00Z",
            // across the autumn clock change: the period ends at local midnight, not N x 24 h later
            "2026-10-01T10:00:00Z, DE, 30, DAYS,   2026-10-31T23:00:00Z",
            "2026-01-31T09:00:00Z, PT, 1,  MONTHS, 2026-03-01T00:00:00Z",
            "2026-08-15T12:00:00Z, IE, 2,  MONTHS, 2026-10-15T23:00:00Z"})
    void endsAtTheEndOfTheLastDayInTheIssuingMemberState(String received, String ms, int amount, String unit,
            String expected) {
        assertThat(new AppealPeriod(amount, AppealPeriod.Unit.valueOf(unit)).endsFor(Instant.parse(received), ms))
                .isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2026L})
    void neverEarlierThanTheDaysOfTheLaw(long seed) {
        Random random = new Random(seed);
        String[] states = {"BE", "FI", "PT", "IE", "CY", "DE", "XX"};
        for (int i = 0; i < 500; i++) {
            Instant received = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextLong(365L * 86_400));
            int days = 1 + random.nextInt(366);
            String ms = states[random.nextInt(states.length)];
            var zone = AppealPeriod.zoneOf(ms);
            Instant ends = AppealPeriod.days(days).endsFor(received, ms);
            assertThat(ends.atZone(zone).toLocalTime()).as("ends at local midnight").isEqualTo(java.time.LocalTime.MIDNIGHT);
            assertThat(ends.minusNanos(1).atZone(zone).toLocalDate()).as("the whole last day counts")
                    .isEqualTo(received.atZone(zone).toLocalDate().plusDays(days));
            // at most one hour shorter than N x 24 h, and only when the clocks went forward in between
            assertThat(ends).isAfterOrEqualTo(received.plus(Duration.ofDays(days)).minus(Duration.ofHours(1)));
        }
    }

    @Test
    void aPeriodIsAtLeastOneDay() {
        assertThatThrownBy(() -> AppealPeriod.days(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AppealPeriod.zoneOf("xx").getId()).isEqualTo("UTC");
    }
}
