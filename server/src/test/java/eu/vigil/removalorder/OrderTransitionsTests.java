package eu.vigil.removalorder;

import static eu.vigil.removalorder.OrderState.EXECUTED;
import static eu.vigil.removalorder.OrderState.NO_LEGAL_EFFECT;
import static eu.vigil.removalorder.OrderState.OPEN;
import static eu.vigil.removalorder.OrderState.OVERDUE_EXECUTED;
import static eu.vigil.removalorder.OrderState.SUSPENDED;
import static eu.vigil.removalorder.OrderState.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import eu.vigil.removalorder.OrderTransition.Allowed;
import eu.vigil.removalorder.OrderTransition.Refused;
import eu.vigil.shared.StateConflict;

/** Every transition of an order and every refused one, without a database (Art. 3(7), 3(8), 4(7)). */
class OrderTransitionsTests {

    private static final EnumSet<OrderState> CLOSED = EnumSet.of(EXECUTED, OVERDUE_EXECUTED, NO_LEGAL_EFFECT, WITHDRAWN);

    @Test
    void closedOrdersRefuseEveryAnswerNamingTheirState() {
        for (OrderState s : CLOSED) {
            Refused refused = new Refused(OrderRefusal.ORDER_CLOSED, s);
            assertThat(OrderTransitions.acknowledge(s)).isEqualTo(refused);
            assertThat(OrderTransitions.feedback(s, true, false)).isEqualTo(refused);
            assertThat(OrderTransitions.impossibility(s)).isEqualTo(refused);
            assertThat(OrderTransitions.groundsCeased(s, ImpossibilityReason.FORCE_MAJEURE)).isEqualTo(refused);
            assertThat(OrderTransitions.clarify(s, ImpossibilityReason.MANIFEST_ERROR)).isEqualTo(refused);
            assertThat(OrderTransitions.warning(s, false)).isEqualTo(new Refused(OrderRefusal.CLOCK_NOT_RUNNING, s));
            assertThat(OrderTransitions.overdue(s, false)).isEqualTo(new Refused(OrderRefusal.CLOCK_NOT_RUNNING, s));
        }
    }

    @Test
    void feedbackExecutesInTimeOrLateAndKeepsAPartialOrderOpen() {
        assertThat(OrderTransitions.feedback(OPEN, false, false)).isEqualTo(new Allowed(OPEN));
        assertThat(OrderTransitions.feedback(OPEN, true, false)).isEqualTo(new Allowed(EXECUTED));
        assertThat(OrderTransitions.feedback(OPEN, true, true)).isEqualTo(new Allowed(OVERDUE_EXECUTED));
        assertThat(OrderTransitions.feedback(SUSPENDED, true, false))
                .isEqualTo(new Refused(OrderRefusal.ORDER_SUSPENDED, SUSPENDED));
    }

    @Test
    void acknowledgementAndAnnexThreeOnLiveOrders() {
        assertThat(OrderTransitions.acknowledge(OPEN)).isEqualTo(new Allowed(OPEN));
        assertThat(OrderTransitions.acknowledge(SUSPENDED)).isEqualTo(new Allowed(SUSPENDED));
        assertThat(OrderTransitions.impossibility(OPEN)).isEqualTo(new Allowed(SUSPENDED));
        assertThat(OrderTransitions.impossibility(SUSPENDED)).isEqualTo(new Allowed(SUSPENDED));
    }

    @Test
    void onlyASuspensionForTheRightReasonRestartsTheClock() {
        assertThat(OrderTransitions.groundsCeased(SUSPENDED, ImpossibilityReason.FORCE_MAJEURE)).isEqualTo(new Allowed(OPEN));
        assertThat(OrderTransitions.groundsCeased(SUSPENDED, ImpossibilityReason.MANIFEST_ERROR))
                .isEqualTo(new Refused(OrderRefusal.NOT_FORCE_MAJEURE, SUSPENDED));
        assertThat(OrderTransitions.groundsCeased(OPEN, ImpossibilityReason.FORCE_MAJEURE))
                .isEqualTo(new Refused(OrderRefusal.NOT_SUSPENDED, OPEN));
        assertThat(OrderTransitions.clarify(SUSPENDED, ImpossibilityReason.MANIFEST_ERROR)).isEqualTo(new Allowed(OPEN));
        assertThat(OrderTransitions.clarify(SUSPENDED, ImpossibilityReason.FORCE_MAJEURE))
                .isEqualTo(new Refused(OrderRefusal.NO_CLARIFICATION_ASKED, SUSPENDED));
        assertThat(OrderTransitions.clarify(SUSPENDED, null))
                .isEqualTo(new Refused(OrderRefusal.NO_CLARIFICATION_ASKED, SUSPENDED));
        assertThat(OrderTransitions.clarify(OPEN, ImpossibilityReason.MANIFEST_ERROR))
                .isEqualTo(new Refused(OrderRefusal.NOT_SUSPENDED, OPEN));
    }

    @Test
    void warningAndOverdueOnlyOnceOnARunningClock() {
        assertThat(OrderTransitions.warning(OPEN, false)).isEqualTo(new Allowed(OPEN));
        assertThat(OrderTransitions.warning(OPEN, true)).isEqualTo(new Refused(OrderRefusal.CLOCK_NOT_RUNNING, OPEN));
        assertThat(OrderTransitions.warning(SUSPENDED, false)).isEqualTo(new Refused(OrderRefusal.CLOCK_NOT_RUNNING, SUSPENDED));
        assertThat(OrderTransitions.overdue(OPEN, false)).isEqualTo(new Allowed(OPEN));
        assertThat(OrderTransitions.overdue(OPEN, true)).isEqualTo(new Refused(OrderRefusal.CLOCK_NOT_RUNNING, OPEN));
        assertThat(OrderTransitions.overdue(SUSPENDED, false)).isEqualTo(new Refused(OrderRefusal.CLOCK_NOT_RUNNING, SUSPENDED));
    }

    @Test
    void noLegalEffectWithdrawalAndFinalityOnlyWhileInForce() {
        for (OrderState s : EnumSet.complementOf(EnumSet.of(NO_LEGAL_EFFECT, WITHDRAWN))) {
            assertThat(s.inForce()).isTrue();
            assertThat(OrderTransitions.noLegalEffect(s)).isEqualTo(new Allowed(NO_LEGAL_EFFECT));
            assertThat(OrderTransitions.withdraw(s)).isEqualTo(new Allowed(WITHDRAWN));
            assertThat(OrderTransitions.becomeFinal(s)).isEqualTo(new Allowed(s));
            assertThat(OrderTransitions.appeal(s)).isEqualTo(new Allowed(s));
        }
        for (OrderState s : EnumSet.of(NO_LEGAL_EFFECT, WITHDRAWN)) {
            Refused refused = new Refused(OrderRefusal.NOT_IN_FORCE, s);
            assertThat(OrderTransitions.noLegalEffect(s)).isEqualTo(refused);
            assertThat(OrderTransitions.withdraw(s)).isEqualTo(refused);
            assertThat(OrderTransitions.becomeFinal(s)).isEqualTo(refused);
            assertThat(OrderTransitions.appeal(s)).isEqualTo(refused);
        }
    }

    @Test
    void reissueOnlyAfterAnAnnexThreeAskingForCorrection() {
        assertThat(OrderTransitions.reissue(SUSPENDED, ImpossibilityReason.MANIFEST_ERROR)).isEqualTo(new Allowed(WITHDRAWN));
        assertThat(OrderTransitions.reissue(SUSPENDED, ImpossibilityReason.INSUFFICIENT_INFORMATION))
                .isEqualTo(new Allowed(WITHDRAWN));
        assertThat(OrderTransitions.reissue(SUSPENDED, ImpossibilityReason.FORCE_MAJEURE))
                .isEqualTo(new Refused(OrderRefusal.NO_MANIFEST_ERROR_NOTICE, SUSPENDED));
        assertThat(OrderTransitions.reissue(OPEN, null)).isEqualTo(new Refused(OrderRefusal.NO_MANIFEST_ERROR_NOTICE, OPEN));
        for (OrderState s : CLOSED) {
            assertThat(OrderTransitions.reissue(s, ImpossibilityReason.MANIFEST_ERROR))
                    .isEqualTo(new Refused(OrderRefusal.ORDER_CLOSED, s));
        }
    }

    @Test
    void aRefusalBecomesAConflictNamingTheState() {
        assertThat(new Allowed(OPEN).orRefuse()).isEqualTo(OPEN);
        assertThatThrownBy(() -> OrderTransitions.feedback(NO_LEGAL_EFFECT, true, false).orRefuse())
                .isInstanceOfSatisfying(StateConflict.class, e -> {
                    assertThat(e.reason()).isEqualTo("ORDER_CLOSED");
                    assertThat(e.state()).isEqualTo("NO_LEGAL_EFFECT");
                });
    }
}
