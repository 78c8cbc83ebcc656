package eu.vigil.exercise;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A table-top exercise as its scenario file describes it: who takes part, how fast the clock runs and the master
 * scenario events list (MSEL) of injects, each with the actions expected of its targets.
 *
 * @param name         a short name of letters, digits and dashes; the exercise database is {@code data/exercise/<name>}
 * @param title        the exercise's title, shown on every exercise page
 * @param memberStates the Member States taking part (ISO codes)
 * @param clockRate    Vigil seconds per real second ({@code vigil.clock.rate})
 * @param participants the organisations playing, with the users to create
 * @param control      facilitators and evaluators
 * @param injects      the MSEL, in scenario-time order
 */
public record Scenario(String name, String title, List<String> memberStates, BigDecimal clockRate,
        List<Participant> participants, List<Person> facilitators, List<Person> evaluators, List<Inject> injects) {

    /** The kinds of participating organisation. */
    public enum Kind {
        /** Europol: the coordinator of the Protocol. */
        EUROPOL,
        /** A Member State's competent authority. */
        AUTHORITY,
        /** A hosting service provider taking part in the Protocol. */
        PROVIDER
    }

    /**
     * A participating organisation.
     *
     * @param key         how injects and expectations name it, e.g. {@code kestrel}
     * @param kind        Europol, authority or provider
     * @param name        the organisation's name
     * @param memberState the authority's Member State, the provider's main establishment (may be null)
     * @param authority   the register code of the authority played (e.g. {@code DE-BKA}), null to take the first
     *                    issuing authority of the Member State
     * @param users       the logins to create
     */
    public record Participant(String key, Kind kind, String name, String memberState, String authority,
            List<Person> users) {
    }

    /** A login to create: username and display name. */
    public record Person(String username, String name) {
    }

    /**
     * One inject of the MSEL.
     *
     * @param id      stable id, e.g. {@code I-03}
     * @param at      scenario time of delivery, e.g. {@code PT10M}
     * @param targets participant keys (or the groups {@code all}, {@code providers}, {@code authorities},
     *                {@code europol}) resolved to keys
     * @param title   one line
     * @param text    what the targets are told
     * @param urls    synthetic URLs the inject shows
     * @param images  images to hash
     * @param expect  the actions expected of participants
     */
    public record Inject(String id, Duration at, List<String> targets, String title, String text, List<String> urls,
            List<Image> images, List<Expectation> expect) {
    }

    /**
     * An image of an inject: a file next to the scenario, or generated deterministically from a seed.
     *
     * @param name  the file name shown to participants
     * @param bytes the PNG bytes
     */
    public record Image(String name, byte[] bytes) {
    }

    /**
     * An action expected of participants after an inject.
     *
     * @param action what they should do
     * @param by     participant keys (groups resolved)
     * @param within how long after the inject (scenario time); null: by the end of the exercise
     * @param note   what the evaluators look for, in words
     */
    public record Expectation(ExpectedAction action, List<String> by, Duration within, String note) {

        /** Deadline in scenario time after an inject delivered at {@code at}, empty without {@code within}. */
        public Optional<Duration> deadline(Duration at) {
            return within == null ? Optional.empty() : Optional.of(at.plus(within));
        }
    }

    /** The participant with this key. */
    public Optional<Participant> participant(String key) {
        return participants.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The scenario time of the last inject plus its longest expectation: when the exercise is played out. */
    public Duration length() {
        Duration end = Duration.ZERO;
        for (Inject i : injects) {
            Duration last = i.at();
            for (Expectation e : i.expect()) {
                last = e.within() == null ? last : max(last, i.at().plus(e.within()));
            }
            end = max(end, last);
        }
        return end;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
