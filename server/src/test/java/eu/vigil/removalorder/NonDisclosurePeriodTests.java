package eu.vigil.removalorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The end date of non-disclosure is included: silence lasts until 00:00 UTC of the next day (ADR 0028). */
class NonDisclosurePeriodTests {

    private final NonDisclosurePeriod period = new NonDisclosurePeriod(LocalDate.of(2026, 3, 29));

    @Test
    void theEndDateIsStillSilentAndTheNextDayIsNot() {
        assertThat(period.inForceAt(Instant.parse("2026-03-29T00:00:00Z"))).isTrue();
        assertThat(period.inForceAt(Instant.parse("2026-03-29T23:59:59.999999Z"))).isTrue();
        assertThat(period.inForceAt(Instant.parse("2026-03-30T00:00:00Z"))).isFalse();
        assertThat(period.endsAt()).isEqualTo(Instant.parse("2026-03-30T00:00:00Z"));
    }
}
