package eu.vigil.removalorder;

import eu.vigil.shared.Limits;
import jakarta.validation.constraints.Size;

/**
 * Annex III: why the provider cannot execute the order within the deadline.
 *
 * @param reason                force majeure, manifest error or insufficient information
 * @param details               further information on the reasons
 * @param clarificationRequired for errors or missing information: what must be clarified
 * @param authorisedPerson      the person filing for the provider
 */
public record Impossibility(ImpossibilityReason reason, @Size(max = Limits.TEXT, message = Limits.CHARS) String details,
        @Size(max = Limits.TEXT, message = Limits.CHARS) String clarificationRequired,
        @Size(max = Limits.NAME, message = Limits.CHARS) String authorisedPerson) {
}
