package eu.vigil.bank;

import java.util.List;

/**
 * An entry that matched a query.
 *
 * @param distance  Hamming distance for PDQ, 0 for exact types
 * @param threshold the bank's PDQ match distance the hit was found within (inclusive) for PDQ, 0 for exact types
 */
public record MatchHit(long entryId, BankId bank, String bankName, SignalKind signalType, String value,
        List<LabelView> labels, int distance, int threshold) {
}
