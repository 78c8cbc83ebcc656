package eu.vigil.exercise;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares what the MSEL expected with what the exercise database's audit records show was done: for each
 * expectation of each delivered inject and each participant it names, met in time, late, missed or still pending.
 * A pure function of its inputs, so that it is the same on the page, in the report and in tests.
 */
public final class Outcomes {

    /** Actions a participant takes once per crisis: one taken before the inject still meets it. */
    private static final Set<ExpectedAction> ONCE = Set.of(ExpectedAction.ACTIVATE, ExpectedAction.ACKNOWLEDGE);

    private Outcomes() {
    }

    /** Where an inject stands in the run. */
    public enum InjectStatus {
        /** Not yet delivered. */
        PENDING,
        /** Delivered to its targets. */
        DELIVERED,
        /** Skipped by the facilitator: its expectations are not assessed. */
        SKIPPED
    }

    /** How an expected action of one participant turned out. */
    public enum Status {
        /** Done within the time allowed. */
        MET,
        /** Done, after the time allowed. */
        LATE,
        /** Not done, and the time allowed is over (or the exercise ended). */
        MISSED,
        /** Not done yet, time remains. */
        PENDING,
        /** The inject was skipped or not delivered yet. */
        NOT_ASSESSED
    }

    /**
     * An inject as run.
     *
     * @param inject      the inject of the scenario (or added by the facilitator)
     * @param status      pending, delivered or skipped
     * @param deliveredAt scenario time of delivery, null unless delivered
     */
    public record RunInject(Scenario.Inject inject, InjectStatus status, Duration deliveredAt) {
    }

    /**
     * Something a participant did, from the audit records.
     *
     * @param participant the participant's key
     * @param auditAction the audit record's action, e.g. {@code crisis.acknowledged}
     * @param at          scenario time of the record
     */
    public record Observed(String participant, String auditAction, Duration at) {
    }

    /**
     * One expected action of one participant.
     *
     * @param injectId    the inject
     * @param expectation the expectation's position in the inject
     * @param action      what was expected
     * @param participant of whom
     * @param status      how it turned out
     * @param deadline    scenario time by which it was due, null without {@code within}
     * @param done        scenario time it was done, null if not
     */
    public record Outcome(String injectId, int expectation, ExpectedAction action, String participant, Status status,
            Duration deadline, Duration done) {

        /** How long after the deadline it was done (LATE), else empty. */
        public Optional<Duration> lateBy() {
            return status == Status.LATE ? Optional.of(done.minus(deadline)) : Optional.empty();
        }
    }

    /**
     * The outcome of every expectation of every inject.
     *
     * @param injects  the MSEL as run
     * @param observed what the audit records show, in any order
     * @param now      the scenario time now
     * @param ended    whether the exercise is over (open-ended expectations are then missed)
     */
    public static List<Outcome> compare(List<RunInject> injects, List<Observed> observed, Duration now,
            boolean ended) {
        List<Observed> sorted = observed.stream().sorted(Comparator.comparing(Observed::at)).toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (RunInject run : injects) {
            List<Scenario.Expectation> expect = run.inject().expect();
            for (int e = 0; e < expect.size(); e++) {
                Scenario.Expectation x = expect.get(e);
                for (String who : x.by()) {
                    outcomes.add(outcome(run, e, x, who, sorted, now, ended));
                }
            }
        }
        return List.copyOf(outcomes);
    }

    private static Outcome outcome(RunInject run, int index, Scenario.Expectation x, String who,
            List<Observed> sorted, Duration now, boolean ended) {
        String id = run.inject().id();
        if (run.status() != InjectStatus.DELIVERED) {
            return new Outcome(id, index, x.action(), who, Status.NOT_ASSESSED, null, null);
        }
        Duration from = run.deliveredAt();
        Duration deadline = x.deadline(from).orElse(null);
        List<Observed> mine = sorted.stream()
                .filter(o -> o.participant().equals(who) && x.action().auditActions().contains(o.auditAction()))
                .toList();
        Optional<Observed> done = mine.stream().filter(o -> o.at().compareTo(from) >= 0).findFirst();
        if (done.isEmpty() && ONCE.contains(x.action()) && !mine.isEmpty()) {
            done = Optional.of(mine.getFirst());
        }
        if (done.isPresent()) {
            Duration at = done.get().at();
            boolean inTime = deadline == null || at.compareTo(deadline) <= 0;
            return new Outcome(id, index, x.action(), who, inTime ? Status.MET : Status.LATE, deadline, at);
        }
        boolean over = ended || (deadline != null && now.compareTo(deadline) > 0);
        return new Outcome(id, index, x.action(), who, over ? Status.MISSED : Status.PENDING, deadline, null);
    }

    /**
     * Time from the first activation to a participant's first action of a kind: time to acknowledge, to first hash,
     * to first removal. Empty when there was no activation or the participant did not act.
     */
    public static Optional<Duration> timeTo(ExpectedAction action, String participant, List<Observed> observed) {
        Optional<Duration> activated = observed.stream()
                .filter(o -> ExpectedAction.ACTIVATE.auditActions().contains(o.auditAction()))
                .map(Observed::at).min(Comparator.naturalOrder());
        if (activated.isEmpty()) {
            return Optional.empty();
        }
        return observed.stream()
                .filter(o -> o.participant().equals(participant) && action.auditActions().contains(o.auditAction()))
                .map(Observed::at).min(Comparator.naturalOrder())
                .map(at -> at.compareTo(activated.get()) < 0 ? Duration.ZERO : at.minus(activated.get()));
    }
}
