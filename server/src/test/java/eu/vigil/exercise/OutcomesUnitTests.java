package eu.vigil.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.vigil.exercise.Outcomes.InjectStatus;
import eu.vigil.exercise.Outcomes.Observed;
import eu.vigil.exercise.Outcomes.Outcome;
import eu.vigil.exercise.Outcomes.RunInject;
import eu.vigil.exercise.Outcomes.Status;

/** Expected against actual: met in time, late, missed, pending or not assessed, per participant. */
class OutcomesUnitTests {

    private static Duration m(int minutes) {
        return Duration.ofMinutes(minutes);
    }

    private static Scenario.Inject inject(String id, int at, Scenario.Expectation... expect) {
        return new Scenario.Inject(id, m(at), List.of("a"), id, "text", List.of(), List.of(), List.of(expect));
    }

    private static Scenario.Expectation expect(ExpectedAction action, Integer within, String... by) {
        return new Scenario.Expectation(action, List.of(by), within == null ? null : m(within), null);
    }

    private static Status status(List<Outcome> outcomes, String inject, String who) {
        return outcomes.stream().filter(o -> o.injectId().equals(inject) && o.participant().equals(who)).findFirst()
                .orElseThrow().status();
    }

    @Test
    void eachParticipantIsMetLateMissedOrPendingAgainstTheDeadlineFromTheDelivery() {
        var ack = new RunInject(inject("I-3", 10, expect(ExpectedAction.ACKNOWLEDGE, 10, "p1", "p2", "p3", "p4")),
                InjectStatus.DELIVERED, m(11));
        List<Observed> observed = List.of(
                new Observed("p1", "crisis.acknowledged", m(15)),
                new Observed("p2", "crisis.acknowledged", m(24)),
                new Observed("p3", "crisis.situation_report", m(12)));
        List<Outcome> at30 = Outcomes.compare(List.of(ack), observed, m(30), false);
        assertThat(status(at30, "I-3", "p1")).isEqualTo(Status.MET);
        assertThat(status(at30, "I-3", "p2")).as("due by 21 (delivered at 11 + 10)").isEqualTo(Status.LATE);
        assertThat(at30.stream().filter(o -> o.participant().equals("p2")).findFirst().orElseThrow().lateBy())
                .contains(m(3));
        assertThat(status(at30, "I-3", "p3")).as("another action does not count").isEqualTo(Status.MISSED);
        assertThat(status(at30, "I-3", "p4")).isEqualTo(Status.MISSED);
        List<Outcome> at18 = Outcomes.compare(List.of(ack), observed, m(18), false);
        assertThat(status(at18, "I-3", "p4")).as("time remains").isEqualTo(Status.PENDING);
    }

    @Test
    void skippedAndUndeliveredInjectsAreNotAssessed() {
        var skipped = new RunInject(inject("I-7", 50, expect(ExpectedAction.SITUATION_REPORT, 10, "a")),
                InjectStatus.SKIPPED, null);
        var pending = new RunInject(inject("I-8", 55, expect(ExpectedAction.SITUATION_REPORT, 10, "a")),
                InjectStatus.PENDING, null);
        List<Outcome> out = Outcomes.compare(List.of(skipped, pending), List.of(), m(70), true);
        assertThat(out).extracting(Outcome::status).containsOnly(Status.NOT_ASSESSED);
    }

    @Test
    void repeatableActionsCountOnlyAfterTheInjectButOnceOnlyActionsCountBeforeToo() {
        var sitrep = new RunInject(inject("I-6", 40, expect(ExpectedAction.SITUATION_REPORT, 10, "europol")),
                InjectStatus.DELIVERED, m(40));
        var ack = new RunInject(inject("I-3", 10, expect(ExpectedAction.ACKNOWLEDGE, 10, "europol")),
                InjectStatus.DELIVERED, m(10));
        List<Observed> early = List.of(new Observed("europol", "crisis.situation_report", m(20)),
                new Observed("europol", "crisis.acknowledged", m(8)));
        List<Outcome> out = Outcomes.compare(List.of(sitrep, ack), early, m(60), true);
        assertThat(status(out, "I-6", "europol")).as("a report before the inject is not the one asked for")
                .isEqualTo(Status.MISSED);
        assertThat(status(out, "I-3", "europol")).as("acknowledged already").isEqualTo(Status.MET);
    }

    @Test
    void aRemovalIsShownByTheCrisisListOrByAnExecutedRemovalOrderAndOpenEndedExpectationsEndWithTheExercise() {
        var remove = new RunInject(inject("I-4", 20, expect(ExpectedAction.REMOVE_ITEM, null, "x", "y")),
                InjectStatus.DELIVERED, m(20));
        List<Observed> observed = List.of(new Observed("x", "removal_order.executed", m(80)),
                new Observed("y", "crisis.item_removed", m(25)));
        List<Outcome> running = Outcomes.compare(List.of(remove), List.of(), m(30), false);
        assertThat(running).extracting(Outcome::status).containsOnly(Status.PENDING);
        List<Outcome> ended = Outcomes.compare(List.of(remove), observed, m(90), true);
        assertThat(status(ended, "I-4", "x")).isEqualTo(Status.MET);
        assertThat(status(ended, "I-4", "y")).isEqualTo(Status.MET);
        assertThat(Outcomes.compare(List.of(remove), List.of(), m(90), true)).extracting(Outcome::status)
                .containsOnly(Status.MISSED);
    }

    @Test
    void timesAreCountedFromTheFirstActivation() {
        List<Observed> observed = List.of(new Observed("europol", "crisis.activated", m(12)),
                new Observed("p1", "crisis.acknowledged", m(15)), new Observed("p1", "crisis.items_shared", m(30)),
                new Observed("p1", "crisis.items_shared", m(20)), new Observed("p2", "crisis.alert_raised", m(2)));
        assertThat(Outcomes.timeTo(ExpectedAction.ACKNOWLEDGE, "p1", observed)).contains(m(3));
        assertThat(Outcomes.timeTo(ExpectedAction.SHARE_HASH, "p1", observed)).contains(m(8));
        assertThat(Outcomes.timeTo(ExpectedAction.REMOVE_ITEM, "p1", observed)).isEmpty();
        assertThat(Outcomes.timeTo(ExpectedAction.ACKNOWLEDGE, "p1", observed.subList(1, 3))).as("no activation")
                .isEmpty();
    }
}
