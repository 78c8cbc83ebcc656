package eu.vigil.situation;

import java.time.Instant;
import java.util.List;

import eu.vigil.crimearea.CrimeArea;
import eu.vigil.identity.Actor;

/**
 * A feature that sends items to providers contributes them to the situational dashboards: one {@link ItemFact} per
 * item sent in the period, limited to what the viewer may see (an authority its own Member State's, Europol and the
 * Commission all).
 */
public interface SituationSource {

    /** Items of the area sent in {@code [from, to)} that the viewer may count. */
    List<ItemFact> facts(Actor viewer, CrimeArea area, Instant from, Instant to);
}
