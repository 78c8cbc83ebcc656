package eu.vigil.bank;

import java.time.Instant;
import java.util.List;

/**
 * One signal in a bank.
 *
 * @param id         entry id (also its id in the bank's PDQ index snapshot)
 * @param bank       the bank
 * @param signalType kind of signal
 * @param value      canonical text of the signal
 * @param labels     taxonomy labels
 * @param provenance who added it, from where, when
 * @param enabled    disabled entries are kept but never match
 * @param changedAt  last insert, disable or enable
 * @param checkpoint the change sequence number of that change (for the delta feed)
 */
public record BankEntry(long id, BankId bank, SignalKind signalType, String value, List<BankLabel> labels,
        Provenance provenance, boolean enabled, Instant changedAt, long checkpoint) {

    public BankEntry {
        labels = List.copyOf(labels);
    }
}
