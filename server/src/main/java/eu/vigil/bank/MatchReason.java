package eu.vigil.bank;

import java.util.List;

/**
 * Why a query matched an entry, or why it matched nothing, in words: a console message key and its arguments,
 * built from the values the match service found ("distance 4 ≤ threshold 31", "identical SHA-256",
 * "no entry within threshold 31 (2 banks searched)").
 *
 * @param key       message key ({@code bank.match.reason.*})
 * @param arguments its arguments, in order
 */
public record MatchReason(String key, List<Object> arguments) {

    public MatchReason {
        arguments = List.copyOf(arguments);
    }

    /** Why {@code hit} matched: its PDQ distance within the bank's threshold, or an identical exact value. */
    public static MatchReason of(MatchHit hit) {
        return switch (hit.signalType()) {
            case PDQ -> new MatchReason("bank.match.reason.pdq", List.of(hit.distance(), hit.threshold()));
            case MD5, SHA256, URL -> new MatchReason("bank.match.reason." + hit.signalType().name(), List.of());
        };
    }

    /** Why {@code outcome} matched nothing: within what threshold of how many banks nothing was found. */
    public static MatchReason ofMiss(MatchOutcome outcome) {
        MatchOutcome.Searched searched = outcome.searched();
        if (searched.banks() == 0) {
            return new MatchReason("bank.match.reason.noBank", List.of(label(outcome.signalType())));
        }
        if (outcome.signalType() != SignalKind.PDQ) {
            return new MatchReason("bank.match.reason.none.exact", List.of(label(outcome.signalType()), searched.banks()));
        }
        if (searched.oneThreshold()) {
            return new MatchReason("bank.match.reason.none.pdq", List.of(searched.maxThreshold(), searched.banks()));
        }
        return new MatchReason("bank.match.reason.none.pdqRange",
                List.of(searched.minThreshold(), searched.maxThreshold(), searched.banks()));
    }

    /** The arguments as the array a message source takes. */
    public Object[] args() {
        return arguments.toArray();
    }

    /** How a signal kind is written in the reasons: {@code SHA-256} with its hyphen, the others by name. */
    static String label(SignalKind kind) {
        return kind == SignalKind.SHA256 ? "SHA-256" : kind.name();
    }
}
