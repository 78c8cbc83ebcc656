package eu.vigil.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.vigil.shared.InvalidInput;
import eu.vigil.shared.StateConflict;

/** The rules of a penalty proceeding and of the Art. 18(3) indicator, without a database. */
class PenaltyProceedingTests {

    static final Instant OPENED = Instant.parse("2027-03-10T09:00:00Z");
    static final Instant NOW = Instant.parse("2027-05-02T12:00:00Z");

    static PenaltyProceeding open() {
        return new PenaltyProceeding(new ProceedingId(UUID.randomUUID()), UUID.randomUUID(), "Autorité", "LU",
                UUID.randomUUID(), "Host SA", LegalBasis.ART_3_3, "Three orders removed after more than one hour",
                List.of(), List.of(), ProceedingState.OPEN, OPENED, "officer", null);
    }

    static PenaltyDecision fine(String amount, LocalDate on) {
        return new PenaltyDecision(Sanction.FINE, amount == null ? null : new BigDecimal(amount), null,
                "Repeated, negligent, small provider that cooperated", on, NOW, "officer");
    }

    @Test
    void anOpenProceedingIsDecidedOnceAndThenRefusesChanges() {
        PenaltyProceeding decided = open().decide(fine("25000.00", LocalDate.of(2027, 5, 2)));
        assertThat(decided.state()).isEqualTo(ProceedingState.DECIDED);
        assertThat(decided.decision().amountEur()).isEqualByComparingTo("25000");
        assertThatThrownBy(() -> decided.decide(fine("1000", LocalDate.of(2027, 5, 2))))
                .isInstanceOfSatisfying(StateConflict.class, e -> {
                    assertThat(e.reason()).isEqualTo("PROCEEDING_DECIDED");
                    assertThat(e.state()).isEqualTo("DECIDED");
                });
    }

    @Test
    void aFineHasAnAmountAboveZeroAndOnlyAFineHasOne() {
        assertThatThrownBy(() -> open().decide(fine(null, LocalDate.of(2027, 5, 1))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field)
                        .containsExactly("amountEur"));
        assertThatThrownBy(() -> open().decide(fine("0", LocalDate.of(2027, 5, 1)))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> open().decide(fine("10.005", LocalDate.of(2027, 5, 1)))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> open().decide(new PenaltyDecision(Sanction.NONE, BigDecimal.TEN, null, "cooperated",
                LocalDate.of(2027, 5, 1), NOW, "officer"))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("amountEur"));
        assertThat(open().decide(new PenaltyDecision(Sanction.NONE, null, null, "first breach, cooperated",
                LocalDate.of(2027, 5, 1), NOW, "officer")).decision().sanction().imposed()).isFalse();
    }

    @Test
    void anotherPenaltyIsDescribedAndCircumstancesAreAlwaysGiven() {
        assertThatThrownBy(() -> open().decide(new PenaltyDecision(Sanction.OTHER, null, " ", null,
                LocalDate.of(2027, 5, 1), NOW, "officer"))).isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field)
                                .containsExactlyInAnyOrder("description", "circumstances"));
    }

    @Test
    void theDecisionDateLiesBetweenOpeningAndToday() {
        assertThatThrownBy(() -> open().decide(fine("100", LocalDate.of(2027, 3, 9)))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> open().decide(fine("100", LocalDate.of(2027, 5, 3)))).isInstanceOf(InvalidInput.class);
        assertThat(open().decide(fine("100", LocalDate.of(2027, 3, 10))).state()).isEqualTo(ProceedingState.DECIDED);
    }

    @Test
    void openingNeedsALegalBasisAndFacts() {
        assertThatThrownBy(() -> PenaltyProceeding.checkOpening(null, " ")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("legalBasis", "facts"));
    }

    @Test
    void theIndicatorIsFlaggedFromTheMinimumAndTheShare() {
        var policy = new SystematicFailurePolicy(Period.ofMonths(12), 3, 0.10);
        assertThat(FailureIndicator.of(UUID.randomUUID(), OPENED, NOW, 0, 0, policy).systematic()).isFalse();
        assertThat(FailureIndicator.of(UUID.randomUUID(), OPENED, NOW, 2, 2, policy).systematic())
                .as("below the minimum of missed orders").isFalse();
        assertThat(FailureIndicator.of(UUID.randomUUID(), OPENED, NOW, 31, 3, policy).systematic())
                .as("3 of 31 is below 10 %").isFalse();
        var flagged = FailureIndicator.of(UUID.randomUUID(), OPENED, NOW, 30, 3, policy);
        assertThat(flagged.systematic()).isTrue();
        assertThat(flagged.percent()).isEqualTo("10.0 %");
        assertThatThrownBy(() -> new SystematicFailurePolicy(Period.ZERO, 3, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FailureIndicator.of(UUID.randomUUID(), OPENED, NOW, 1, 2, policy))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
