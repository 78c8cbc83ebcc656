package eu.vigil.registry;

import java.time.Instant;
import java.util.List;

/**
 * The overview the Commission promised its partners: hosting service providers that offer services in the
 * Union and have a designated or established legal representative, grouped by the legal representative's
 * Member State.
 *
 * @param asOf   moment the overview describes
 * @param groups one group per Member State that has at least one legal representative, by code
 */
public record LegalRepresentativeOverview(Instant asOf, List<Group> groups) {

    /** Providers whose legal representative is in one Member State. */
    public record Group(MemberState memberState, List<Entry> entries) {
    }

    /**
     * One provider in the overview.
     *
     * @param providerId          provider id
     * @param provider            provider name
     * @param mainEstablishment   its main establishment, null when outside the Union
     * @param legalRepresentative the representative
     * @param available247        whether a 24/7 point of contact is declared
     * @param languages           languages in which orders are accepted
     */
    public record Entry(ProviderId providerId, String provider, String mainEstablishment,
            LegalRepresentative legalRepresentative, boolean available247, List<String> languages) {
    }

    /** Total number of providers listed. */
    public int size() {
        return groups.stream().mapToInt(g -> g.entries().size()).sum();
    }
}
