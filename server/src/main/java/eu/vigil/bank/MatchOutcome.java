package eu.vigil.bank;

import java.util.List;

/**
 * The answer for one query.
 *
 * @param index         position of the query in the request
 * @param signalType    its type
 * @param value         its canonical value
 * @param matches       matching entries of readable banks, nearest first; empty when suppressed
 * @param suppressedBy  entries of suppression banks (known false positives) that cancelled the matches
 */
public record MatchOutcome(int index, SignalKind signalType, String value, List<MatchHit> matches,
        List<MatchHit> suppressedBy) {

    public MatchOutcome {
        matches = List.copyOf(matches);
        suppressedBy = List.copyOf(suppressedBy);
    }

    public boolean matched() {
        return !matches.isEmpty();
    }
}
