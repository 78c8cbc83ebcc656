package eu.vigil.removalorder;

/**
 * Annex III: why the provider cannot execute the order within the deadline.
 *
 * @param reason                force majeure, manifest error or insufficient information
 * @param details               further information on the reasons
 * @param clarificationRequired for errors or missing information: what must be clarified
 * @param authorisedPerson      the person filing for the provider
 */
public record Impossibility(ImpossibilityReason reason, String details, String clarificationRequired,
        String authorisedPerson) {
}
