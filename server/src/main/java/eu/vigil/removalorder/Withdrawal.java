package eu.vigil.removalorder;

import java.time.Instant;
import java.util.Optional;

/**
 * The issuing authority's withdrawal of its order: nothing is owed under it any more.
 *
 * @param at         when it was withdrawn
 * @param grounds    why, in the issuer's words
 * @param replacedBy the corrected order issued in its place after a manifest error, if any
 */
public record Withdrawal(Instant at, String grounds, Optional<RemovalOrderId> replacedBy) {
}
