package eu.vigil.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.vigil.crisis.CrisisTransition.Allowed;
import eu.vigil.crisis.CrisisTransition.Refused;

/** The crisis case's life (R39–R41) as rules of the model, without a database. */
class CrisisRulesTests {

    private static final Instant T0 = Instant.parse("2026-03-15T01:40:00Z");

    @Test
    void aCrisisWalksEveryPhaseWithTheCoordinatorsReasons() {
        CrisisPhase phase = CrisisPhase.ALERT;
        for (CrisisStep step : List.of(CrisisStep.ASSESS, CrisisStep.ACTIVATE, CrisisStep.DE_ESCALATE,
                CrisisStep.RE_ESCALATE, CrisisStep.DE_ESCALATE, CrisisStep.CLOSE, CrisisStep.RECORD_REVIEW)) {
            CrisisTransition t = CrisisRules.step(phase, phase != CrisisPhase.ALERT && phase != CrisisPhase.ASSESSMENT,
                    step, true, "live stream of an attack spreading");
            assertThat(t).as(step + " from " + phase).isInstanceOf(Allowed.class);
            phase = ((Allowed) t).to();
        }
        assertThat(phase).isEqualTo(CrisisPhase.POST_CRISIS_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(CrisisStep.class)
    void onlyTheCoordinatorMovesACrisis(CrisisStep step) {
        CrisisPhase from = step.from().iterator().next();
        assertThat(CrisisRules.step(from, true, step, false, "because"))
                .isEqualTo(new Refused(CrisisRefusal.NOT_THE_COORDINATOR, from));
        assertThat(CrisisRules.step(from, true, step, true, " "))
                .isEqualTo(new Refused(CrisisRefusal.REASON_REQUIRED, from));
        assertThat(CrisisRules.step(from, true, step, true, "because")).isEqualTo(new Allowed(step.to()));
    }

    @ParameterizedTest
    @EnumSource(CrisisPhase.class)
    void stepsOutsideTheirPhasesAreRefusedNamingWhy(CrisisPhase phase) {
        for (CrisisStep step : CrisisStep.values()) {
            if (!step.from().contains(phase)) {
                var refused = (Refused) CrisisRules.step(phase, true, step, true, "because");
                assertThat(refused.reason()).isEqualTo(phase.open() ? CrisisRefusal.NOT_FROM_THIS_PHASE
                        : CrisisRefusal.CASE_CLOSED);
            }
        }
        assertThat(CrisisRules.participate(phase).allowed()).isEqualTo(phase.open());
    }

    @Test
    void aDismissedAlertHasNoReviewAndOffersNothing() {
        var dismissed = CrisisRules.step(CrisisPhase.ASSESSMENT, false, CrisisStep.DISMISS, true, "not terrorist content");
        assertThat(dismissed).isEqualTo(new Allowed(CrisisPhase.CLOSED));
        assertThat(CrisisRules.step(CrisisPhase.CLOSED, false, CrisisStep.RECORD_REVIEW, true, "x"))
                .isEqualTo(new Refused(CrisisRefusal.NEVER_ACTIVATED, CrisisPhase.CLOSED));
        assertThat(CrisisRules.steps(CrisisPhase.CLOSED, false, true)).isEmpty();
        assertThat(CrisisRules.steps(CrisisPhase.CLOSED, true, true)).containsExactly(CrisisStep.RECORD_REVIEW);
        assertThat(CrisisRules.steps(CrisisPhase.ALERT, false, true))
                .containsExactly(CrisisStep.ASSESS, CrisisStep.ACTIVATE, CrisisStep.DISMISS);
        assertThat(CrisisRules.steps(CrisisPhase.ACTIVE, true, false)).as("participants are offered no step").isEmpty();
    }

    @Test
    void theCoordinatorIsRemindedOnceForEachMissedSituationReport() {
        var every = new SitrepInterval(SitrepInterval.DEFAULT);
        assertThat(every.dueAt(T0, Optional.empty())).isEqualTo(T0.plus(Duration.ofHours(2)));
        Instant due = T0.plus(Duration.ofHours(2));
        assertThat(every.remindAt(due.minusSeconds(1), T0, Optional.empty(), Optional.empty())).isFalse();
        assertThat(every.remindAt(due, T0, Optional.empty(), Optional.empty())).as("at exactly 2 h").isTrue();
        assertThat(every.remindAt(due.plusSeconds(60), T0, Optional.empty(), Optional.of(due))).as("once").isFalse();
        Instant report = T0.plus(Duration.ofMinutes(90));
        assertThat(every.dueAt(T0, Optional.of(report))).isEqualTo(report.plus(Duration.ofHours(2)));
        assertThat(every.remindAt(due, T0, Optional.of(report), Optional.empty())).as("a report resets it").isFalse();
        Instant next = report.plus(Duration.ofHours(2));
        assertThat(every.remindAt(next, T0, Optional.of(report), Optional.of(due))).as("the next missed one").isTrue();
        assertThat(every.dueAt(T0, Optional.of(T0.minusSeconds(5)))).as("a report before activation does not count")
                .isEqualTo(due);
    }

    @Test
    void aClosedCrisisWithoutReviewIsFlaggedAfterThirtyDays() {
        var period = new ReviewPeriod(ReviewPeriod.DEFAULT);
        Instant due = T0.plus(Duration.ofDays(30));
        assertThat(period.flaggedAt(due.minusSeconds(1), CrisisPhase.CLOSED, true, T0)).isFalse();
        assertThat(period.flaggedAt(due, CrisisPhase.CLOSED, true, T0)).isTrue();
        assertThat(period.flaggedAt(due, CrisisPhase.POST_CRISIS_REVIEW, true, T0)).as("reviewed").isFalse();
        assertThat(period.flaggedAt(due, CrisisPhase.CLOSED, false, T0)).as("dismissed alert").isFalse();
    }
}
