package eu.vigil.removalorder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.vigil.identity.Actor;

/**
 * The crisis cases an order may be issued under (issue 13: "TCO orders issued under this crisis"). The crisis module
 * implements it, so that issuing asks whether the case is open to the issuer and tells it of the order in the issuing
 * transaction without this module depending on the crisis module (the crisis board reads the orders, so the
 * dependency runs the other way). Without an implementation no order can be issued under a crisis.
 */
public interface IssuedUnderCrisis {

    /** A crisis an authority may issue under, as the wizard offers it. */
    record OpenCrisis(UUID id, String reference, String title) {
    }

    /** The open crisis cases the actor takes part in, newest first. */
    List<OpenCrisis> openFor(Actor actor);

    /**
     * Why the actor cannot issue an order under crisis {@code crisisId} now (unknown case, closed, or the actor's
     * organisation does not take part), as a field message; empty when it can.
     */
    Optional<String> refusal(Actor actor, UUID crisisId);

    /** Links the issued order to the crisis, in the transaction that issued it; every participant is told. */
    void issued(Actor actor, UUID crisisId, RemovalOrder order);
}
