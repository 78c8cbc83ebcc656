package eu.vigil.bank;

import java.util.List;

/**
 * A page of the delta feed of one bank.
 *
 * @param bank       the bank
 * @param since      the checkpoint asked for
 * @param checkpoint the checkpoint to ask for next (the last change's, or {@code since} when there is none)
 * @param more       whether more changes are waiting
 * @param changes    changed entries in checkpoint order, each in its current state ({@code enabled} false = remove)
 */
public record Changes(BankId bank, long since, long checkpoint, boolean more, List<BankEntry> changes) {

    /** Most changes per page. */
    public static final int MAX_LIMIT = 10_000;

    public Changes {
        changes = List.copyOf(changes);
    }
}
