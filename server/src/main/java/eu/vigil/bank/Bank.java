package eu.vigil.bank;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import eu.vigil.identity.OrganisationId;

/**
 * A named collection of signals kept by one organisation.
 *
 * @param id           its id
 * @param owner        the owning organisation
 * @param ownerName    its name
 * @param name         unique per owner
 * @param purpose      what the bank is for
 * @param signalTypes  kinds of signal it accepts
 * @param pdqThreshold PDQ matches within this Hamming distance (inclusive); default {@value #DEFAULT_PDQ_THRESHOLD}
 * @param suppression  whether the bank holds known false positives that cancel matches of other banks
 * @param sharing      who may read it
 * @param shares       organisations it is shared with (meaningful when {@code sharing} is SHARED)
 * @param createdAt    when it was created
 */
public record Bank(BankId id, OrganisationId owner, String ownerName, String name, String purpose,
        Set<SignalKind> signalTypes, int pdqThreshold, boolean suppression, Sharing sharing, List<Share> shares,
        Instant createdAt) {

    /** PDQ match distance of a new bank, as in HMA and the hashing module. */
    public static final int DEFAULT_PDQ_THRESHOLD = 31;

    public Bank {
        signalTypes = Set.copyOf(signalTypes);
        shares = List.copyOf(shares);
    }

    /** The access an organisation has: WRITE for the owner, its share, READ when published, else null. */
    public Access accessOf(OrganisationId organisation) {
        if (owner.equals(organisation)) {
            return Access.WRITE;
        }
        Access shared = sharing == Sharing.PRIVATE ? null
                : shares.stream().filter(s -> s.organisation().equals(organisation)).map(Share::access).findFirst()
                        .orElse(null);
        if (shared == null && sharing == Sharing.PUBLISHED) {
            return Access.READ;
        }
        return shared;
    }
}
