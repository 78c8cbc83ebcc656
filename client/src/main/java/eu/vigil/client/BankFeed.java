package eu.vigil.client;

import eu.vigil.client.ApiModel.BankChanges;
import eu.vigil.client.ApiModel.BankSnapshot;

/** Where a {@link BankReplica} reads banks from; {@link VigilClient} is the one that talks to the server. */
public interface BankFeed {

    /** The full snapshot of a bank: enabled entries and the checkpoint to follow the feed from. */
    BankSnapshot snapshot(String bankId);

    /** Changes after {@code since}, at most {@code limit}, in checkpoint order. */
    BankChanges changes(String bankId, long since, int limit);
}
