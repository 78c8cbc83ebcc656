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
 * @param searched      which banks were searched, so that a miss can say within what it found nothing
 */
public record MatchOutcome(int index, SignalKind signalType, String value, List<MatchHit> matches,
        List<MatchHit> suppressedBy, Searched searched) {

    public MatchOutcome {
        matches = List.copyOf(matches);
        suppressedBy = List.copyOf(suppressedBy);
    }

    public boolean matched() {
        return !matches.isEmpty();
    }

    /**
     * The readable banks holding the query's signal type, searched for it.
     *
     * @param banks         how many
     * @param minThreshold  smallest PDQ match distance among them (0 for exact types or when none was searched)
     * @param maxThreshold  largest PDQ match distance among them (0 for exact types or when none was searched)
     */
    public record Searched(int banks, int minThreshold, int maxThreshold) {

        /** No bank held the signal type. */
        public static final Searched NONE = new Searched(0, 0, 0);

        public Searched {
            if (banks < 0 || minThreshold < 0 || maxThreshold < minThreshold) {
                throw new IllegalArgumentException("banks and thresholds must be non-negative, min at most max");
            }
        }

        /** Whether every searched bank has the same PDQ match distance. */
        public boolean oneThreshold() {
            return minThreshold == maxThreshold;
        }
    }
}
