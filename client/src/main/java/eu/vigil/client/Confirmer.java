package eu.vigil.client;

import java.util.ArrayList;
import java.util.List;

import eu.vigil.client.ApiModel.MatchHit;
import eu.vigil.client.ApiModel.MatchOutcome;
import eu.vigil.hashing.PdqHash;
import eu.vigil.hashing.Signal;

/**
 * Confirms the candidates the {@link OnDeviceFilter} could not rule out: normally the server
 * ({@code POST /api/v1/match} with just the candidate hashes), or, where the replica itself is trusted (a
 * provider's own infrastructure, tests), the replica.
 */
@FunctionalInterface
public interface Confirmer {

    /** One outcome per candidate, in order. */
    List<MatchOutcome> confirm(List<Signal> candidates);

    /** Confirms with the Vigil server. */
    static Confirmer server(VigilClient client) {
        return client::matchSignals;
    }

    /** Confirms against a local replica (no network), with the replica's thresholds and suppression banks. */
    static Confirmer local(BankReplica replica) {
        return candidates -> {
            List<MatchOutcome> out = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                Signal s = candidates.get(i);
                ApiModel.MatchQuery q = VigilClient.query(s);
                List<MatchHit> hits = replica.match(s).stream()
                        .map(m -> new MatchHit(m.entryId(), m.bank(), null, m.signalType().name(), m.value(),
                                m.labels().stream().map(c -> new ApiModel.Label(c, null, null, null, null)).toList(),
                                m.distance()))
                        .toList();
                out.add(new MatchOutcome(i, q.signalType(), s instanceof PdqHash p ? p.toText() : q.value(), hits,
                        List.of()));
            }
            return out;
        };
    }
}
